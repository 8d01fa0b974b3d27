#!/usr/bin/env node
'use strict';
// Prints the upload package's size as JSON on stdout: { bytes, limit, files: [[path, bytes]…] (largest first),
// appJson } (app.json as compiled: its subpackages say which package each file belongs to).
// A separate process because getCompiledResult leaves handles open (the bench runs it).
// With --settings it prints a table instead: the package size under each combination of DevTools' compiler
// settings es6 ("ES6 to ES5"), enhance ("enhanced compile", miniprogram-ci's es7) and minified, so the choice
// in project.config.json can be remade from numbers (README "Package size").
const { compileUploadPackage, MAIN_PACKAGE_LIMIT, packNpm } = require('./compile-package');

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

async function compareSettings(log) {
  // miniprogram-ci writes some lines to stdout itself: the table comes after them.
  const rows = ['es6    enhance  minified  package      of which @babel/runtime'];
  for (const es6 of [true, false]) {
    for (const es7 of [true, false]) {
      for (const minify of [true, false]) {
        const { files, bytes } = await compileUploadPackage({
          es6,
          es7,
          minify,
          minifyJS: minify,
          minifyWXML: minify,
          minifyWXSS: minify,
        });
        const helpers = Object.entries(files)
          .filter(([name]) => name.startsWith('@babel/'))
          .reduce((sum, [, content]) => sum + Buffer.byteLength(content), 0);
        const on = (b) => (b ? 'on ' : 'off');
        rows.push(`${on(es6)}    ${on(es7)}      ${on(minify)}       ${kib(bytes).padStart(10)}   ${kib(helpers)}`);
      }
    }
  }
  log(rows.join('\n'));
}

async function main() {
  // packNpm's and the compiler's chatter goes to stderr, so stdout stays clean.
  const log = console.log;
  console.log = (...args) => console.error(...args);
  await packNpm();
  if (process.argv.includes('--settings')) {
    await compareSettings(log);
    process.exit(0);
  }
  const { files, bytes } = await compileUploadPackage();
  const sizes = Object.entries(files).map(([file, content]) => [file, Buffer.byteLength(content)]);
  sizes.sort((a, b) => b[1] - a[1]);
  log(JSON.stringify({ bytes, limit: MAIN_PACKAGE_LIMIT, files: sizes, appJson: JSON.parse(files['app.json']) }));
  process.exit(0);
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
