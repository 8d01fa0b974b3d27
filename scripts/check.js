#!/usr/bin/env node
'use strict';
// npm run check: what WeChat DevTools would reject, offline: tsc (the app, the preview and the web page), eslint, prettier,
// then the official wcc/wcsc.
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
// The browser preview's runtime has its own tsconfig (DOM types, no wx): checked too, though it never ships.
step('tsc -p preview', bin('tsc'), ['--noEmit', '-p', 'preview']);
// The web page (web/, DOM types, no wx), built by npm run build:web for the link rule's domain.
step('tsc -p web', bin('tsc'), ['--noEmit', '-p', 'web']);
step('eslint', bin('eslint'), ['.', '--max-warnings=0']);
// .prettierrc.json; Markdown and the lock file are left out in .prettierignore.
step('prettier --check', bin('prettier'), ['--check', '.', '--ignore-unknown', '--log-level', 'warn']);

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
