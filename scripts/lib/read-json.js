'use strict';
/** A JSON file's content, or null when it is missing or not JSON (a page may have no .json). */
function readJson(file) {
  try {
    return JSON.parse(require('fs').readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

module.exports = { readJson };
