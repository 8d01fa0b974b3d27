#!/usr/bin/env node
'use strict';
// npm start: builds the browser preview (preview/build.js) and serves it on 127.0.0.1.
// Port: --port N, else $PORT, else 8080. WeChat DevTools remains the reference (see README).
const path = require('path');
const { buildPreview, WWW } = require(path.join(__dirname, '..', 'preview', 'build.js'));
const { serve } = require(path.join(__dirname, '..', 'preview', 'server.js'));

function portArg(argv) {
  const i = argv.indexOf('--port');
  const inline = argv.find((a) => a.startsWith('--port='));
  const value = inline ? inline.slice('--port='.length) : i >= 0 ? argv[i + 1] : process.env.PORT;
  const port = value === undefined || value === '' ? 8080 : Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`start: invalid port "${value}"`);
    process.exit(1);
  }
  return port;
}

async function main() {
  const port = portArg(process.argv.slice(2));
  await buildPreview();
  const { url } = await serve(WWW, port);
  console.log(`start: browser preview on ${url}`);
  console.log(
    `start: open a page with ${url}?page=pages/home/home (add &key=value for its onLoad query, &scene=… for a QR scene)`,
  );
}

main().catch((err) => {
  console.error(
    err.code === 'EADDRINUSE'
      ? `start: port in use (${err.message}); try --port 0 or PORT=…`
      : err.stack || String(err),
  );
  process.exit(1);
});
