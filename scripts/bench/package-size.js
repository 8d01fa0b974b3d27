'use strict';
// Bench section: the upload package ("build npm" + offline upload compile) against WeChat's 2 MiB limit and
// the budget in miniprogram/domain/budget.ts (npm run build fails over it; here it fails the bench too).
const { spawnSync } = require('child_process');
const path = require('path');
const { loadTs } = require('../lib/load-ts');

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

async function run() {
  const budget = loadTs('miniprogram/domain/budget').BUDGET.packageBytes;
  const res = spawnSync(process.execPath, [path.join(__dirname, '../lib/measure-package.js')], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (res.status !== 0)
    throw new Error(`could not compile the upload package:\n${(res.stderr || '').split('\n').slice(-8).join('\n')}`);
  const { bytes, limit, files } = JSON.parse(res.stdout);
  return [
    { label: 'upload package', value: bytes, unit: 'bytes', budget, actual: bytes },
    { label: 'upload package (KiB)', value: `${kib(bytes)} of ${kib(budget)}` },
    { label: 'share of WeChat 2 MiB limit', value: `${((bytes / limit) * 100).toFixed(1)}%` },
    { label: 'files', value: files.length },
    {
      label: 'largest',
      value: files
        .slice(0, 3)
        .map(([f, b]) => `${f} ${kib(b)}`)
        .join(', '),
    },
  ];
}

module.exports = { name: 'package', run };
