#!/usr/bin/env node
'use strict';
// npm run format:wxml: puts each attribute of a long start tag on its own line, the house style of the WXML
// files (prettier has no WXML parser, and its HTML one changes whitespace that WXML renders). Only start tags
// move; text and child elements stay where they are, so nothing on screen changes. `--check` lists the tags
// still too long and exits 1 (test/wxml/format.test.ts runs it).
const fs = require('fs');
const path = require('path');
const { listFiles } = require('./lib/wechat-compilers');

const ROOT = path.resolve(__dirname, '..', 'miniprogram');
/** A start tag longer than this on one line is wrapped. */
const MAX_TAG = 120;
const TAG = /^(\s*)<([\w-]+)((?:\s+[\w:.-]+(?:="[^"]*")?)+)\s*(\/?>)(.*)$/;
const ATTR = /[\w:.-]+(?:="[^"]*")?/g;

/** The file's text with its long one-line start tags wrapped, and how many there were. */
function wrap(text) {
  let count = 0;
  const lines = text.split('\n').flatMap((line) => {
    const m = TAG.exec(line);
    if (!m) return [line];
    const [, indent, tag, attrs, close, rest] = m;
    const startTag = line.length - rest.length - indent.length;
    const parts = attrs.match(ATTR) || [];
    if (startTag <= MAX_TAG || parts.length < 2) return [line];
    count += 1;
    return [`${indent}<${tag}`, ...parts.map((p) => `${indent}  ${p}`), `${indent}${close}${rest}`];
  });
  return { text: lines.join('\n'), count };
}

function main() {
  const check = process.argv.includes('--check');
  const long = [];
  for (const name of listFiles(ROOT, '.wxml')) {
    const file = path.join(ROOT, name);
    const before = fs.readFileSync(file, 'utf8');
    const { text, count } = wrap(before);
    if (!count) continue;
    if (check) long.push(`${name}: ${count} start tag(s) over ${MAX_TAG} characters`);
    else fs.writeFileSync(file, text);
  }
  if (check && long.length) {
    console.error(`format:wxml: run npm run format:wxml\n${long.join('\n')}`);
    process.exit(1);
  }
}

if (require.main === module) main();
module.exports = { wrap, MAX_TAG };
