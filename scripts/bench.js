#!/usr/bin/env node
'use strict';
// npm run bench: sizes and speeds live here, never in timed tests. Each section is a module exporting
// { name, run: async () => rows }, a row being { label, value, unit?, budget?, actual? }; a row whose actual
// exceeds its budget fails the bench. Add sections (package size, WXML nodes, setData) to SECTIONS.
const SECTIONS = [require('./bench/recommender'), require('./bench/share-codec')];

async function main() {
  let failed = false;
  for (const section of SECTIONS) {
    console.log(`\n${section.name}`);
    let rows;
    try {
      rows = await section.run();
    } catch (err) {
      console.log(`  FAILED: ${err && err.stack ? err.stack : err}`);
      failed = true;
      continue;
    }
    for (const row of rows) {
      const over = row.budget !== undefined && row.actual > row.budget;
      if (over) failed = true;
      const budget =
        row.budget !== undefined
          ? `  (budget ${row.budget}${row.unit ? ' ' + row.unit : ''}${over ? ': OVER' : ''})`
          : '';
      console.log(`  ${row.label.padEnd(36)} ${row.value}${row.unit ? ' ' + row.unit : ''}${budget}`);
    }
  }
  if (failed) {
    console.log('\nbench: over budget or failed');
    process.exitCode = 1;
  }
}

main();
