'use strict';
// Bench section: the upload package ("build npm" + offline upload compile) against WeChat's 2 MiB limit
// and our 300 KiB budget.
const { spawnSync } = require('child_process');
const path = require('path');

const BUDGET_BYTES = 300 * 1024; // DESIGN.md "Budgets"; the tests use test/budgets/limits.ts
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const pct = (n, of) => `${((n / of) * 100).toFixed(1)}%`;

async function run() {
  const res = spawnSync(process.execPath, [path.join(__dirname, '../lib/measure-package.js')], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (res.status !== 0) {
    console.log(`package: could not compile the upload package:\n${(res.stderr || '').split('\n').slice(-8).join('\n')}`);
    process.exitCode = 1;
    return;
  }
  const { bytes, limit, files } = JSON.parse(res.stdout);
  console.log(`package: upload package ${kib(bytes)} (${bytes} bytes) in ${files.length} files: ${pct(bytes, limit)} of WeChat's 2 MiB limit, ${pct(bytes, BUDGET_BYTES)} of the 300 KiB budget`);
  console.log(`package: largest: ${files.slice(0, 3).map(([f, b]) => `${f} ${kib(b)}`).join(', ')}`);
}

module.exports = { run };
