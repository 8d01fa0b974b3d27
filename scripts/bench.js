#!/usr/bin/env node
'use strict';
// npm run bench: sizes and speeds live here, never in timed tests. Each section is a module in scripts/bench/
// exporting `run()`. A section either prints its own lines, or has a `name` and returns rows
// { label, value, unit?, budget?, actual? }; a row whose actual exceeds its budget fails the bench.
const SECTIONS = [
  require('./bench/package-size'),
  require('./bench/wxml-nodes'),
  require('./bench/set-data'),
  require('./bench/recommender'),
  require('./bench/share-codec'),
  require('./bench/web-page'),
];

function printRows(rows) {
  let over = false;
  for (const row of rows) {
    const isOver = row.budget !== undefined && row.actual > row.budget;
    over = over || isOver;
    const unit = row.unit ? ` ${row.unit}` : '';
    const budget = row.budget !== undefined ? `  (budget ${row.budget}${unit}${isOver ? ': OVER' : ''})` : '';
    console.log(`  ${row.label.padEnd(36)} ${row.value}${unit}${budget}`);
  }
  return over;
}

async function main() {
  let failed = false;
  for (const section of SECTIONS) {
    if (section.name) console.log(`\n${section.name}`);
    try {
      const rows = await section.run();
      if (Array.isArray(rows) && printRows(rows)) failed = true;
    } catch (err) {
      console.log(`  FAILED: ${err && err.stack ? err.stack : err}`);
      failed = true;
    }
  }
  if (failed || process.exitCode) {
    console.log('\nbench: over budget or failed');
    process.exitCode = 1;
  }
}

main().then(
  () => process.exit(process.exitCode || 0), // miniprogram-ci leaves handles open
  (err) => {
    console.error(`bench: ${err && err.message ? err.message : err}`);
    process.exit(1);
  },
);
