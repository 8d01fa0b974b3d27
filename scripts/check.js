#!/usr/bin/env node
'use strict';
// npm run check: what WeChat DevTools would reject, offline. tsc, eslint, then the official wcc/wcsc.
const { spawnSync } = require('child_process');
const path = require('path');
const { compileWxml, compileWxss } = require('./lib/wechat-compilers');

const ROOT = path.resolve(__dirname, '..');
const MP = path.join(ROOT, 'miniprogram');

function step(name, cmd, args) {
  process.stdout.write(`check: ${name} … `);
  const res = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', shell: process.platform === 'win32' });
  if (res.status !== 0) {
    console.log('FAILED');
    process.stdout.write(res.stdout || '');
    process.stderr.write(res.stderr || '');
    process.exit(1);
  }
  console.log('ok');
}

const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);
step('tsc --noEmit', bin('tsc'), ['--noEmit', '-p', '.']);
step('eslint', bin('eslint'), ['.', '--max-warnings=0']);

for (const [name, compile] of [
  ['wcc (WXML/WXS)', compileWxml],
  ['wcsc (WXSS)', compileWxss],
]) {
  process.stdout.write(`check: ${name} … `);
  const { error, count } = compile(MP);
  if (error) {
    console.log('FAILED');
    console.error(error.trim());
    process.exit(1);
  }
  console.log(`ok (${count} files)`);
}
console.log('check: all passed');
