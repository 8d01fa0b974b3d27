#!/usr/bin/env node
'use strict';
// npm run build: build npm (packNpmManually) then the offline upload compile, written to dist/.
const fs = require('fs');
const path = require('path');
const { ROOT, MAIN_PACKAGE_LIMIT, packNpm, compileUploadPackage } = require('./lib/compile-package');

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

async function main() {
  const npm = await packNpm();
  console.log(`build: npm packed (${npm.miniProgramPackNum} mini program packages, ${npm.otherNpmPackNum} others) into miniprogram/miniprogram_npm/`);
  for (const w of npm.warnList || []) console.warn(`build: npm warning: ${w.msg || JSON.stringify(w)}`);

  const { files, bytes } = await compileUploadPackage();
  const out = path.join(ROOT, 'dist');
  fs.rmSync(out, { recursive: true, force: true });
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(out, name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
  const share = ((bytes / MAIN_PACKAGE_LIMIT) * 100).toFixed(1);
  console.log(`build: upload package ${kib(bytes)} in ${Object.keys(files).length} files, ${share}% of the 2 MiB main-package limit`);
  console.log(`build: written to ${path.relative(process.cwd(), out) || '.'}/`);
  if (bytes > MAIN_PACKAGE_LIMIT) {
    console.error('build: the main package is over WeChat\'s 2 MiB limit');
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code), // miniprogram-ci leaves handles open
  (err) => {
    console.error(`build: failed: ${err && err.message ? err.message : err}`);
    process.exit(1);
  },
);
