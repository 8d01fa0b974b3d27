'use strict';
// The build scripts' one walk of a folder.
const fs = require('fs');
const path = require('path');

/** Every file below `dir` (absolute paths; none when it is missing), without what `skip` names, file or folder. */
function filesUnder(dir, skip = () => false) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (skip(file)) return [];
    return entry.isDirectory() ? filesUnder(file, skip) : [file];
  });
}

module.exports = { filesUnder };
