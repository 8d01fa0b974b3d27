#!/usr/bin/env node
'use strict';
// npm run bench: sizes and speeds live here, never in timed tests. Each section is a module in scripts/bench/
// exporting `async function run()` that prints its own lines.
const SECTIONS = [require('./bench/package-size'), require('./bench/wxml-nodes'), require('./bench/set-data')];

async function main() {
  for (const section of SECTIONS) await section.run();
}

main().then(
  () => process.exit(process.exitCode || 0), // miniprogram-ci leaves handles open
  (err) => {
    console.error(`bench: ${err && err.message ? err.message : err}`);
    process.exit(1);
  },
);
