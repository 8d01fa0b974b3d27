'use strict';
// Compiles every WXML/WXS with WeChat's official wcc, as DevTools and miniprogram-simulate do. The files are
// first mirrored into a stage folder laid out like DevTools sees the project after "build npm".
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { isDotted, listFiles } = require('../../scripts/lib/wechat-compilers');
const { NPM_PREFIX } = require('./graph');

const WCC = path.join(
  path.dirname(require.resolve('miniprogram-compiler/package.json')),
  'bin',
  process.platform === 'darwin' ? 'mac/wcc' : process.platform === 'win32' ? 'windows/wcc.exe' : 'linux/wcc',
);

function copyTree(fromDir, toDir, exts) {
  for (const ext of exts) {
    for (const rel of listFiles(fromDir, ext)) {
      const to = path.join(toDir, rel);
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(path.join(fromDir, rel), to);
    }
  }
}

/** Mirrors the project's and the used npm packages' WXML/WXS/JSON into stageDir. */
function stage(mpRoot, stageDir, graph) {
  fs.rmSync(stageDir, { recursive: true, force: true });
  fs.mkdirSync(stageDir, { recursive: true });
  const exts = ['.wxml', '.wxs', '.json'];
  copyTree(mpRoot, stageDir, exts);
  const packages = new Set();
  for (const c of graph.components) {
    if (c.key.startsWith(NPM_PREFIX)) packages.add(graph.resolver.packageName(c.key.slice(NPM_PREFIX.length)));
  }
  for (const name of packages) copyTree(graph.resolver.packageDir(name), path.join(stageDir, NPM_PREFIX, name), exts);
}

/** Runs wcc over the stage; returns the JS source of a script defining `$gwx`. */
function compileTemplates(stageDir, appUsing) {
  const wxml = listFilesIncludingNpm(stageDir, '.wxml');
  const wxs = listFilesIncludingNpm(stageDir, '.wxs');
  const componentArgs = [];
  let count = 0;
  for (const file of wxml) {
    let json = null;
    try {
      json = JSON.parse(fs.readFileSync(path.join(stageDir, file.replace(/\.wxml$/, '.json')), 'utf8'));
    } catch {
      json = null;
    }
    const tags = Object.keys({
      ...(json && !json.component ? appUsing : {}),
      ...((json && json.usingComponents) || {}),
    });
    if (tags.length) {
      componentArgs.push(file, String(tags.length), ...tags);
      count++;
    }
  }
  const args = ['-d', '-cc', [String(count), ...componentArgs].join(' '), ...wxml, ...wxs, '-gn', '$gwx'];
  try {
    fs.chmodSync(WCC, 0o755);
  } catch {
    // read-only installs already have the bit
  }
  const res = spawnSync(WCC, args, { cwd: stageDir, maxBuffer: 256 * 1024 * 1024 });
  if (res.error) throw res.error;
  if (res.status !== 0) throw new Error(`preview: wcc failed:\n${res.stderr.toString()}`);
  return res.stdout.toString();
}

/** Like listFiles, but also inside miniprogram_npm (the stage holds only what we copied). */
const listFilesIncludingNpm = (root, ext) => listFiles(root, ext, isDotted);

module.exports = { stage, compileTemplates };
