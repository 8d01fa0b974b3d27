#!/usr/bin/env node
'use strict';
// Prints the upload package's size as JSON on stdout: { bytes, limit, files: [[path, bytes]…] (largest first) }.
// A separate process because getCompiledResult leaves handles open (the budget test and the bench run it).
const { compileUploadPackage, MAIN_PACKAGE_LIMIT, packNpm } = require('./compile-package');

async function main() {
  // packNpm's and the compiler's chatter goes to stderr, so stdout stays one JSON document.
  const log = console.log;
  console.log = (...args) => console.error(...args);
  await packNpm();
  const { files, bytes } = await compileUploadPackage();
  const sizes = Object.entries(files).map(([file, content]) => [file, Buffer.byteLength(content)]);
  sizes.sort((a, b) => b[1] - a[1]);
  log(JSON.stringify({ bytes, limit: MAIN_PACKAGE_LIMIT, files: sizes }));
  process.exit(0);
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
