'use strict';
// Bench section: setData calls and payload bytes per user action. Every page's first load (onLoad + onShow)
// for now; per-step quiz/result actions come from the page tests that record them.
const { pageFigures } = require('./page-figures');

async function run() {
  const { budget, pages } = pageFigures();
  for (const [page, f] of Object.entries(pages)) {
    const over = f.loadCalls > budget.setDataCalls || f.loadBytes >= budget.setDataBytes ? '  OVER BUDGET' : '';
    console.log(`setData: ${page.padEnd(24)} load: ${f.loadCalls} call(s), ${f.loadBytes} B (≤ ${budget.setDataCalls}, < ${budget.setDataBytes} B); initial data ${f.initialDataBytes} B${over}`);
  }
}

module.exports = { run };
