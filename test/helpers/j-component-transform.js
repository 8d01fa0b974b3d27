'use strict';
// jest transform for j-component's own files: the same source patches the browser preview applies (those marked
// 'both'), from preview/j-component-fixes.js, so tests and preview run one patched j-component.
const { applySourcePatches } = require('../../preview/j-component-fixes');

module.exports = {
  process(source, file) {
    return { code: applySourcePatches(file, source, 'test') };
  },
  getCacheKey(source, file) {
    return `j-component-fixes:${require('crypto')
      .createHash('sha1')
      .update(file)
      .update(source)
      .update(require('fs').readFileSync(require.resolve('../../preview/j-component-fixes')))
      .digest('hex')}`;
  },
};
