'use strict';
// Serves a built dist-web/ as a static host would (bound to 127.0.0.1): its files under `mount` (the link rule's
// path), and every other address under `mount` answered with 404.html and status 404, as hosts do with an error
// page. Used by npm run serve:web and the e2e journeys; no server code ships.
const http = require('http');
const fs = require('fs');
const path = require('path');

const TYPES = { '.html': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8' };

/** Resolves with { server, url } (url: the origin with `mount`). `mount` starts and ends with '/'. */
function serveSite(dir, mount, port = 0) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url || '/', 'http://localhost').pathname);
    } catch {
      pathname = '';
    }
    const send = (status, file) => {
      res.writeHead(status, {
        'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
        'cache-control': 'no-store',
      });
      fs.createReadStream(file).pipe(res);
    };
    if (!pathname.startsWith(mount)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const rest = pathname.slice(mount.length) || 'index.html';
    const file = path.resolve(root, rest);
    if (file.startsWith(root + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) send(200, file);
    else send(404, path.join(root, '404.html'));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve({ server, url: `http://127.0.0.1:${server.address().port}${mount}` });
    });
  });
}

module.exports = { serveSite };
