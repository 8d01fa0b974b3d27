'use strict';
// Bench section: the web page a camera scan opens (npm run build:web), built for an example base: its transferred
// size (gzip) and its requests, counted from the page (everything it would fetch by address), against
// web/budget.ts. Sizes and counts only.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { buildWeb } = require('../build-web');
const { loadTs } = require('../lib/load-ts');

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

/** The addresses a page fetches on load: scripts, stylesheets, images, frames and CSS url()s; data: URLs excluded. */
function fetchedAddresses(html) {
  const found = [];
  for (const m of html.matchAll(/<(?:script|img|iframe|source|audio|video)\b[^>]*\ssrc=["']?([^"'\s>]+)/gi))
    found.push(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*\shref=["']?([^"'\s>]+)/gi)) found.push(m[1]);
  for (const m of html.matchAll(/url\(\s*["']?([^"')\s]+)/gi)) found.push(m[1]);
  return found.filter((u) => !u.startsWith('data:'));
}

async function run() {
  const budget = loadTs('web/budget').WEB_BUDGET;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-web-'));
  try {
    const r = await buildWeb({
      env: { QR_LINK_BASE: 'https://example.com/wxqr/', MP_APPID: 'wx0123456789abcdef' },
      outDir: out,
    });
    const html = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
    const requests = 1 + fetchedAddresses(html).length;
    return [
      { label: 'web page (gzip)', value: r.gzip, unit: 'bytes', budget: budget.gzipBytes, actual: r.gzip },
      { label: 'web page (KiB)', value: `${kib(r.gzip)} gzip of ${kib(budget.gzipBytes)}, ${kib(r.bytes)} raw` },
      { label: 'web page requests', value: requests, budget: budget.requests, actual: requests },
    ];
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

module.exports = { name: 'web page (dist-web)', run, fetchedAddresses };
