#!/usr/bin/env node
'use strict';
// npm run docs:facts: writes docs/facts.md from the domain (scripts/lib/facts-doc.ts). The file is committed, so
// the repository shows every fact without ../shared/CONTENT.md; test/docs/facts-doc.test.ts fails when it is stale.
const fs = require('fs');
const path = require('path');
const { loadTs } = require('./lib/load-ts');

const { renderFactsDoc, FACTS_DOC_PATH } = loadTs('scripts/lib/facts-doc');
const file = path.resolve(__dirname, '..', FACTS_DOC_PATH);
const text = renderFactsDoc();
fs.mkdirSync(path.dirname(file), { recursive: true });
const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
fs.writeFileSync(file, text);
console.log(
  `docs:facts: ${FACTS_DOC_PATH} ${before === text ? 'unchanged' : 'written'} (${Buffer.byteLength(text)} bytes)`,
);
