'use strict';
// Bench section: WXML element nodes and tree depth of every page in app.json at first render.
const { pageFigures } = require('./page-figures');

async function run() {
  const { budget, pages, passed } = pageFigures();
  for (const [page, f] of Object.entries(pages)) {
    const over = f.nodes >= budget.wxmlNodes || f.depth >= budget.wxmlDepth ? '  OVER BUDGET' : '';
    if (over) process.exitCode = 1;
    console.log(
      `wxml: ${page.padEnd(24)} ${String(f.nodes).padStart(4)} nodes (< ${budget.wxmlNodes}), depth ${String(f.depth).padStart(2)} (< ${budget.wxmlDepth})${over}; first render in simulate ${f.renderMs.toFixed(0)} ms (not judged)`,
    );
  }
  if (!passed) {
    console.log('wxml: the budget test failed: see npx jest test/budgets');
    process.exitCode = 1;
  }
}

module.exports = { run };
