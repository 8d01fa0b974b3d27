'use strict';
// Bench section: setData calls and payload bytes per user action. Every page's first load (onLoad + onShow),
// the quiz and result actions recorded by test/budgets/action-figures.test.ts, and the result page's load
// payload for every complete answer set in both languages (its largest must stay under the budget).
const { loadTs } = require('../lib/load-ts');
const { pageFigures } = require('./page-figures');

function overBudget(budget, calls, bytes) {
  return calls > budget.setDataCalls || bytes >= budget.setDataBytes ? '  OVER BUDGET' : '';
}

function largestResultLoads() {
  const { resultLoadData } = loadTs('miniprogram/domain/recommendation/result-view');
  const { forEachCompleteAnswers } = loadTs('miniprogram/domain/quiz/answer-space');
  const { encodeAnswers } = loadTs('miniprogram/domain/links/share-codec');
  const largest = {};
  let count = 0;
  forEachCompleteAnswers((a) => {
    count++;
    for (const lang of ['zh', 'en']) {
      const bytes = Buffer.byteLength(JSON.stringify(resultLoadData(a, lang, true).payload), 'utf8');
      if (!largest[lang] || bytes > largest[lang].bytes) largest[lang] = { bytes, code: encodeAnswers(a) };
    }
  });
  return { count, largest };
}

async function run() {
  const { budget, pages, actions } = pageFigures();
  for (const [page, f] of Object.entries(pages)) {
    const over = overBudget(budget, f.loadCalls, f.loadBytes);
    if (over) process.exitCode = 1;
    console.log(
      `setData: ${page.padEnd(24)} load: ${f.loadCalls} call(s), ${f.loadBytes} B (≤ ${budget.setDataCalls}, < ${budget.setDataBytes} B); initial data ${f.initialDataBytes} B${over}`,
    );
  }
  for (const [action, f] of Object.entries(actions || {})) {
    const over = overBudget(budget, f.calls, f.bytes);
    if (over) process.exitCode = 1;
    console.log(`setData: ${action.padEnd(36)} ${f.calls} call(s), ${String(f.bytes).padStart(5)} B${over}`);
  }
  const { count, largest } = largestResultLoads();
  for (const [lang, f] of Object.entries(largest)) {
    const over = overBudget(budget, 1, f.bytes);
    if (over) process.exitCode = 1;
    console.log(`setData: result load, largest of ${count} answer sets (${lang}): ${f.bytes} B (a=${f.code})${over}`);
  }
}

module.exports = { run };
