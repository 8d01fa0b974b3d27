'use strict';
// Scans a QR code from an image's pixels, as a phone camera would read a printed poster: the PNG is decoded
// with pngjs and the pixels handed to jsQR. Nothing here knows how the poster was drawn.
const { PNG } = require('pngjs');
const jsQR = require('jsqr');

/** A `data:image/png;base64,…` URL → its PNG bytes; throws on anything else. */
function pngFromDataUrl(src) {
  const m = /^data:image\/png;base64,(.+)$/.exec(String(src || ''));
  if (!m) throw new Error(`not a PNG data URL: ${String(src).slice(0, 40)}…`);
  return Buffer.from(m[1], 'base64');
}

/** The text of the QR code in a PNG, or null when none is found. */
function scanPng(buffer) {
  const png = PNG.sync.read(buffer);
  const code = jsQR(
    new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length),
    png.width,
    png.height,
  );
  return code ? code.data : null;
}

module.exports = { pngFromDataUrl, scanPng };
