'use strict';
// Runs WeChat's official wcc (WXML/WXS) and wcsc (WXSS) binaries from miniprogram-compiler over the project.
// We call the binaries directly: the package's wrappers resolve npm-style usingComponents paths as files
// and swallow wcsc errors.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { readJson } = require('./read-json');
const { filesUnder } = require('./files-under');

const BIN_DIR = path.join(
  path.dirname(require.resolve('miniprogram-compiler/package.json')),
  'bin',
  process.platform === 'darwin' ? 'mac' : process.platform === 'win32' ? 'windows' : 'linux',
);
const exe = (name) => path.join(BIN_DIR, process.platform === 'win32' ? `${name}.exe` : name);

const isDotted = (file) => path.basename(file).startsWith('.');
/** Packed npm code, installs and dotfiles: not the project's own WXML, WXS or WXSS. */
const notOurs = (file) => ['miniprogram_npm', 'node_modules'].includes(path.basename(file)) || isDotted(file);

/** The files below `root` whose names end in `ext`, relative with '/', sorted; `skip` as in filesUnder. */
function listFiles(root, ext, skip = notOurs) {
  return filesUnder(root, skip)
    .filter((file) => file.endsWith(ext))
    .map((file) => path.relative(root, file).split(path.sep).join('/'))
    .sort();
}

function run(bin, args, cwd) {
  try {
    fs.chmodSync(bin, 0o755);
  } catch {
    // read-only installs already have the bit
  }
  return spawnSync(bin, args, { cwd, maxBuffer: 64 * 1024 * 1024 });
}

/** Compiles every WXML and WXS under root together, as DevTools does; returns null or the error text. */
function compileWxml(root) {
  const wxml = listFiles(root, '.wxml');
  const wxs = listFiles(root, '.wxs');
  if (wxml.length === 0) return { error: null, count: 0 };
  const componentArgs = [];
  let count = 0;
  for (const file of wxml) {
    const json = readJson(path.join(root, file.replace(/\.wxml$/, '.json')));
    const tags = json && json.usingComponents ? Object.keys(json.usingComponents) : [];
    if (json && json.usingComponents) {
      componentArgs.push(file, String(tags.length), ...tags);
      count++;
    }
  }
  const args = ['-d', '-cc', [String(count), ...componentArgs].join(' '), ...wxml, ...wxs, '-gn', '$gwx'];
  const res = run(exe('wcc'), args, root);
  if (res.error) return { error: String(res.error), count: wxml.length + wxs.length };
  return {
    error: res.status === 0 ? null : res.stderr.toString() || `wcc exited ${res.status}`,
    count: wxml.length + wxs.length,
  };
}

/** Compiles WXSS one file at a time so an error names its file. */
function compileWxss(root) {
  const files = listFiles(root, '.wxss');
  for (const file of files) {
    const isComponent = !!readJson(path.join(root, file.replace(/\.wxss$/, '.json')));
    const res = run(exe('wcsc'), ['-db', '-pc', isComponent ? '1' : '0', file], root);
    if (res.error) return { error: String(res.error), count: files.length };
    if (res.status !== 0)
      return { error: `${file}: ${res.stderr.toString() || `wcsc exited ${res.status}`}`, count: files.length };
  }
  return { error: null, count: files.length };
}

module.exports = { compileWxml, compileWxss, listFiles, isDotted };
