#!/usr/bin/env node
'use strict';
// npm run serve:web: builds dist-web/ and serves it on 127.0.0.1 as a static host would (scripts/lib/static-site.js).
// Without QR_LINK_BASE (environment or config.ts) it builds for http://127.0.0.1:<port>/wxqr/, this machine only.
// Port: --port N, else $PORT, else 8081.
const path = require('path');
const { buildWeb, WebBuildError } = require('./build-web');
const { serveSite } = require('./lib/static-site');
const { loadTs } = require('./lib/load-ts');

function portArg(argv) {
  const i = argv.indexOf('--port');
  const value = i >= 0 ? argv[i + 1] : process.env.PORT;
  const port = value === undefined || value === '' ? 8081 : Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new WebBuildError(`invalid port "${value}"`);
  return port;
}

async function main() {
  const port = portArg(process.argv.slice(2));
  const configured = process.env.QR_LINK_BASE || loadTs('miniprogram/config').QR_LINK_BASE;
  const mount = configured ? new URL(configured).pathname : '/wxqr/';
  const { server, url } = await serveSite(path.join(__dirname, '..', 'dist-web'), mount, port);
  try {
    const built = await buildWeb({ env: configured ? process.env : { ...process.env, QR_LINK_BASE: url } });
    console.log(`serve:web: dist-web/ (built for ${built.base}) on ${url}`);
    console.log(`serve:web: a result: ${url}r/10uiKQ · a type: ${url}t/service · a plan: ${url}p/10uiKQ`);
  } catch (err) {
    server.close();
    throw err;
  }
}

main().catch((err) => {
  console.error(err instanceof WebBuildError ? `serve:web: ${err.message}` : err.stack || String(err));
  process.exit(1);
});
