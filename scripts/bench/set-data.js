'use strict';
// Bench section: setData calls and payload bytes per user action. Every page's first load (onLoad + onShow),
// the quiz and result actions recorded by test/budgets/action-figures.test.ts, and the result page's load
// and plan pages' load payloads for every complete answer set in both languages (their largest must stay under
// the budget).
const { loadTs } = require('../lib/load-ts');
const { pageFigures } = require('./page-figures');

/** The domain the payloads come from, English included (payload-domain.ts): one bundle, loaded once. */
let payloadDomain = null;
const domain = () => (payloadDomain = payloadDomain || loadTs('scripts/bench/payload-domain'));

function overBudget(budget, calls, bytes) {
  return calls > budget.setDataCalls || bytes >= budget.setDataBytes ? '  OVER BUDGET' : '';
}

/** The largest load payload per language of a page over every complete answer set (`payloadOf` null: no page). */
function largestLoads(payloadOf) {
  const { forEachCompleteAnswers, encodeAnswers } = domain();
  const largest = {};
  let count = 0;
  // The trade only adds its licence line: held at retail, whose line is the longest, it gives the largest payloads.
  forEachCompleteAnswers(
    (a) => {
      count++;
      for (const lang of ['zh', 'en']) {
        const payload = payloadOf(a, lang);
        if (payload === null) continue;
        const bytes = Buffer.byteLength(JSON.stringify(payload), 'utf8');
        if (!largest[lang] || bytes > largest[lang].bytes) largest[lang] = { bytes, code: encodeAnswers(a) };
      }
    },
    { trade: 'retail' },
  );
  return { count, largest };
}

function largestResultLoads() {
  const { recommend, resultLoadData } = domain();
  return largestLoads((a, lang) => resultLoadData(recommend(a), a, lang, true).payload);
}

/** A plan opened by its owner with no ticks yet: the plan page's first setData. */
function largestPlanLoads() {
  const { launchPlan, planPageData, recommend } = domain();
  return largestLoads((a, lang) => {
    const plan = launchPlan(a, recommend);
    return plan ? planPageData(plan, a.entity, [], false, lang) : null;
  });
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
  for (const [page, { count, largest }] of [
    ['result', largestResultLoads()],
    ['plan', largestPlanLoads()],
  ]) {
    for (const [lang, f] of Object.entries(largest)) {
      const over = overBudget(budget, 1, f.bytes);
      if (over) process.exitCode = 1;
      console.log(
        `setData: ${page} load, largest of ${count} answer sets (${lang}): ${f.bytes} B (a=${f.code})${over}`,
      );
    }
  }
}

module.exports = { run };
