#!/usr/bin/env node
'use strict';
// npm run build: build npm (packNpmManually), the offline upload compile written to dist/, then what ships is
// checked: each package and the total against WeChat's limits and the budget (miniprogram/domain/budget.ts), the
// cold start of every entry printed (the bench fails over it), every reference inside it
// (scripts/lib/check-package.js), and every page rendered from the compiled files (jest.dist.config.js).
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { ROOT, packNpm, compileUploadPackage } = require('./lib/compile-package');
const { checkPackage } = require('./lib/check-package');
const { measureColdStart, coldStartFailures, coldStartLines } = require('./lib/cold-start');

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const OUT = path.join(ROOT, 'dist');

function writePackage(files) {
  fs.rmSync(OUT, { recursive: true, force: true });
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(OUT, name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
}

/** The size checks: the cold start of every entry, each package and the total (scripts/lib/cold-start.js). */
function checkSize(files, bytes) {
  const sizes = Object.fromEntries(Object.entries(files).map(([name, content]) => [name, Buffer.byteLength(content)]));
  const measured = measureColdStart(sizes, JSON.parse(files['app.json']));
  const largest = Object.entries(sizes)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3);
  console.log(`build: upload package ${kib(bytes)} (${bytes} bytes) in ${Object.keys(files).length} files`);
  for (const line of coldStartLines(measured)) console.log(`build: ${line}`);
  console.log(`build: largest: ${largest.map(([name, b]) => `${name} ${kib(b)}`).join(', ')}`);
  // WeChat's limits and the total budget fail the build; an entry over its cold-start budget fails the bench
  // (npm run bench) and is printed here, so content work is not blocked while the subpackages are still to come.
  const failures = coldStartFailures(measured);
  for (const f of failures.filter((line) => line.startsWith('entry ')))
    console.warn(`build: over budget (npm run bench fails on it): ${f}`);
  return failures.filter((line) => !line.startsWith('entry '));
}

function checkReferences() {
  const { problems, files, references } = checkPackage(OUT);
  console.log(`build: package check: ${references} references in ${files} files, ${problems.length} broken`);
  return problems.map((p) => `broken reference in dist/: ${p}`);
}

/** Renders every page of dist/ under WeChat's module rule (a child jest: dist/ must exist first). */
function smokeRun() {
  console.log('build: rendering every page from dist/ …');
  const jest = path.join(ROOT, 'node_modules', '.bin', 'jest');
  const res = spawnSync(jest, ['-c', path.join(ROOT, 'jest.dist.config.js')], { cwd: ROOT, stdio: 'inherit' });
  return res.status === 0 ? [] : ['a page of dist/ failed to render (see the jest output above)'];
}

async function main() {
  const npm = await packNpm();
  console.log(
    `build: npm packed (${npm.miniProgramPackNum} mini program packages, ${npm.otherNpmPackNum} others) into miniprogram/miniprogram_npm/`,
  );
  if (npm.icons)
    console.log(
      `build: vant icon font: ${npm.icons.kept.length} glyphs the app can name, ${npm.icons.dropped} dropped`,
    );
  for (const w of npm.warnList || []) console.warn(`build: npm warning: ${w.msg || JSON.stringify(w)}`);

  const { files, bytes } = await compileUploadPackage();
  writePackage(files);
  console.log(`build: written to ${path.relative(process.cwd(), OUT) || '.'}/`);

  const oversize = checkSize(files, bytes);
  const broken = checkReferences();
  // Rendering a package with broken references would only repeat them.
  const failures = [...oversize, ...broken, ...(broken.length === 0 ? smokeRun() : [])];
  for (const f of failures) console.error(`build: FAILED: ${f}`);
  if (failures.length === 0) console.log('build: dist/ passed the size budget, the package check and the smoke run');
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code), // miniprogram-ci leaves handles open
  (err) => {
    console.error(`build: failed: ${err && err.message ? err.message : err}`);
    process.exit(1);
  },
);
