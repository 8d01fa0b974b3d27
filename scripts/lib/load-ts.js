'use strict';
// Loads a TypeScript module (and what it imports) from the scripts, without a build step: esbuild bundles it
// in memory into CommonJS and Node compiles the result. Used for the domain rules and the e2e journeys, so the
// scripts apply exactly the code the app and the tests use, resolved by WeChat's module rule.
const Module = require('module');
const path = require('path');
const { wechatImportViolations } = require('./wechat-esbuild-plugin');

const ROOT = path.resolve(__dirname, '../..');

/** @param {string} file absolute, or relative to the repo root; '.ts' may be left off */
function loadTs(file) {
  const esbuild = require('esbuild');
  const abs = path.resolve(ROOT, /\.ts$/.test(file) ? file : `${file}.ts`);
  const out = esbuild.buildSync({
    entryPoints: [abs],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
    absWorkingDir: ROOT,
    metafile: true,
  });
  // Mini program code imports by WeChat's rule here too (a file, never a folder).
  const problems = wechatImportViolations(out.metafile, ROOT);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const m = new Module(abs, module);
  m.filename = abs;
  m.paths = Module._nodeModulePaths(path.dirname(abs));
  m._compile(out.outputFiles[0].text, abs);
  return m.exports;
}

module.exports = { loadTs };
