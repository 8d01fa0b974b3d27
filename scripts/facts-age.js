#!/usr/bin/env node
'use strict';
// npm run facts:age: where the next content review should start. Lists every CONTENT.md row by the age of its
// checked date (oldest first), then the rows that rest on reported figures, with the reported words. A report,
// never a failing check: it exits 0 whatever it finds.
const { loadTs } = require('./lib/load-ts');

const { ALL_ROWS } = loadTs('scripts/lib/all-rows');
const { rowParts } = loadTs('scripts/lib/row-parts');
const { SOURCES } = loadTs('miniprogram/domain/sources/source-table');

const today = process.argv[2] || new Date().toISOString().slice(0, 10);
const days = (date) => Math.round((Date.parse(today) - Date.parse(date)) / 86400000);

const byAge = [...ALL_ROWS].sort((a, b) => a.checked.localeCompare(b.checked) || a.id.localeCompare(b.id));
console.log(`facts:age: ${ALL_ROWS.length} rows, ages as of ${today}\n`);
console.log('checked      age  id                 sources');
for (const row of byAge) {
  const sources = row.sources.map((key) => `${key} (${SOURCES[key].date})`).join(', ');
  console.log(`${row.checked}  ${String(days(row.checked)).padStart(4)}d  ${row.id.padEnd(17)}  ${sources}`);
}

const reported = ALL_ROWS.filter((row) => rowParts(row).some((part) => part.mark === 'reported'));
console.log(`\nreported (据报道): ${reported.length} rows rest, at least in part, on media, agency or repost pages\n`);
for (const row of reported) {
  for (const part of rowParts(row).filter((p) => p.mark === 'reported'))
    console.log(`${row.id.padEnd(17)}  ${part.zh}`);
}
