'use strict';
// Loads TypeScript modules of the mini program into this node process: esbuild bundles them in memory (no files
// written), then the bundle is compiled as a CommonJS module.
const path = require('path');
const Module = require('module');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..', '..');

/** @param {Record<string, string>} modules name -> path relative to the repo root, e.g. { recommender: 'miniprogram/domain/recommender' } */
async function loadTs(modules) {
  const contents = Object.entries(modules)
    .map(([name, file]) => `export * as ${name} from ${JSON.stringify('./' + file)};`)
    .join('\n');
  const result = await esbuild.build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
  });
  const filename = path.join(ROOT, 'bench-entry.js');
  const mod = new Module(filename, module);
  mod.filename = filename;
  mod.paths = Module._nodeModulePaths(ROOT);
  mod._compile(result.outputFiles[0].text, filename);
  return mod.exports;
}

module.exports = { loadTs };
