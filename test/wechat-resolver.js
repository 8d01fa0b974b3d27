'use strict';
// jest `resolver`: imports made from mini program code (miniprogram/, and the built package dist/) follow
// WeChat's module rule (scripts/lib/wechat-resolve.js), so a folder import or an unpacked package fails
// here as it would on a phone. Imports from tests, helpers and vendor code resolve as usual.
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const {
  resolveWechat,
  describeViolation,
  importersOf,
  isInside,
  wechatTreeOf,
} = require('../scripts/lib/wechat-resolve');

const PROJECT = path.resolve(__dirname, '..');

/**
 * jest replaces a resolver's error with its own "Cannot find module", which loses the reason. Resolving to
 * a module that throws the reason makes the import itself fail with it.
 */
function throwingModule(message) {
  const dir = path.join(os.tmpdir(), 'wechat-module-rule');
  const file = path.join(dir, `${crypto.createHash('sha1').update(message).digest('hex')}.js`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(partial, `throw new Error(${JSON.stringify(message)});\n`);
    fs.renameSync(partial, file); // whole or absent, whichever worker writes it
  }
  return file;
}

/** A jest resolver for the project at `project` (a function, so tests can point it at a fixture tree). */
function createWechatResolver(project) {
  /** Explains a broken import; `basedir` is all jest tells of the importer, so the files quoting it are named. */
  function violation(request, basedir, tree, reason) {
    const who = importersOf(basedir, request, tree.extensions).map((f) => path.relative(project, f));
    const from = who.length > 0 ? who.join(', ') : `a file in ${path.relative(project, basedir)}/`;
    return `WeChat module rule: ${describeViolation(from, request, reason)}`;
  }

  return function wechatResolver(request, options) {
    // A test stand-in named by jest.config.js moduleNameMapper arrives as an absolute path: jest's choice, not the code's.
    if (path.isAbsolute(request) && isInside(request, path.join(project, 'test')))
      return options.defaultResolver(request, options);
    const tree = wechatTreeOf(path.join(options.basedir, '_'), project);
    if (!tree) return options.defaultResolver(request, options);
    const found = resolveWechat(request, options.basedir, tree);
    if (found.file) return found.file;
    if (found.bare) return options.defaultResolver(request, options);
    return throwingModule(violation(request, options.basedir, tree, found.error));
  };
}

module.exports = createWechatResolver(PROJECT);
module.exports.createWechatResolver = createWechatResolver;
