'use strict';
// Bench section: the upload package ("build npm" + offline upload compile) as a phone downloads it. Each entry a
// newcomer lands on (scripts/lib/cold-start.js) costs the main package plus its page's subpackage before it renders:
// each is held to BUDGET.entryBytes (miniprogram/domain/budget.ts) and fails the bench over it. Each package is
// printed against WeChat's 2 MiB, the total against the total budget and WeChat's 30 MB. Bytes only.
const { spawnSync } = require('child_process');
const path = require('path');
const { loadTs } = require('../lib/load-ts');
const { measureColdStart, partsOf, PACKAGE_LIMIT, TOTAL_LIMIT } = require('../lib/cold-start');

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

async function run() {
  const budget = loadTs('miniprogram/domain/budget').BUDGET;
  const res = spawnSync(process.execPath, [path.join(__dirname, '../lib/measure-package.js')], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (res.status !== 0)
    throw new Error(`could not compile the upload package:\n${(res.stderr || '').split('\n').slice(-8).join('\n')}`);
  const { bytes, files, appJson } = JSON.parse(res.stdout);
  const measured = measureColdStart(Object.fromEntries(files), appJson);
  const rows = [];
  for (const e of measured.entries) {
    rows.push({
      label: `cold start: ${e.id} (${e.how})`,
      value: e.bytes,
      unit: 'bytes',
      budget: budget.entryBytes,
      // An entry whose page app.json does not list cannot open at all.
      actual: e.package && !e.missing ? e.bytes : Infinity,
    });
    rows.push({
      label: `  ${e.page}`,
      value: `${kib(e.bytes)} of ${kib(budget.entryBytes)}${partsOf(e).replace(/^ \((.*)\)$/, ': $1')}`,
    });
  }
  for (const p of measured.packages) {
    rows.push({
      label: `package ${p.name}`,
      value: p.bytes,
      unit: 'bytes',
      budget: PACKAGE_LIMIT,
      actual: p.bytes,
    });
    rows.push({
      label: `  ${p.files} files`,
      value: `${kib(p.bytes)}, ${((p.bytes / PACKAGE_LIMIT) * 100).toFixed(1)}% of WeChat's 2 MiB`,
    });
  }
  rows.push(
    { label: 'upload total', value: bytes, unit: 'bytes', budget: budget.packageBytes, actual: bytes },
    {
      label: 'upload total (KiB)',
      value: `${kib(bytes)} of ${kib(budget.packageBytes)}, ${((bytes / TOTAL_LIMIT) * 100).toFixed(2)}% of WeChat's 30 MB`,
    },
    { label: 'upload total: WeChat 30 MB', value: bytes, unit: 'bytes', budget: TOTAL_LIMIT, actual: bytes },
    { label: 'files', value: files.length },
    {
      label: 'largest',
      value: files
        .slice(0, 3)
        .map(([f, b]) => `${f} ${kib(b)}`)
        .join(', '),
    },
  );
  return rows;
}

module.exports = { name: 'package', run };
