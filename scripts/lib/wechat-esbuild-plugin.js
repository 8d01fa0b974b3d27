'use strict';
// Holds imports made from mini program code to WeChat's module rule (scripts/lib/wechat-resolve.js) in
// esbuild builds: a plugin for the browser preview, and the same check over a build's metafile for the
// scripts' TypeScript loader (esbuild's synchronous API takes no plugins). Neither runs code that a phone
// could not load. Imports from anything else resolve the esbuild way.
const fs = require('fs');
const path = require('path');
const { resolveWechat, describeViolation, wechatTreeOf, REQUIRE_ASYNC } = require('./wechat-resolve');

/** @param {string} projectRoot the folder holding miniprogram/ and package.json */
function wechatModuleRule(projectRoot) {
  return {
    name: 'wechat-module-rule',
    setup(build) {
      // A bundle has no subpackages to download: require.async becomes esbuild's dynamic import, which resolves
      // once the module has run, as WeChat's does once its subpackage is in. The rule below checks it as async.
      // The preview may hold it back to show a slow or failed download (preview/runtime/downloads.ts, `_slow`
      // and `_fail` in its URL); elsewhere the import runs as it is.
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (!wechatTreeOf(args.path, projectRoot)) return undefined;
        const text = fs.readFileSync(args.path, 'utf8');
        const contents = text.replace(
          REQUIRE_ASYNC,
          (_, q, request) =>
            `((globalThis as { __previewDownload?: (r: string, l: () => Promise<unknown>) => Promise<unknown> }).__previewDownload ?? ((_r: string, l: () => Promise<unknown>) => l()))(${q}${request}${q}, () => import(${q}${request}${q}))`,
        );
        return contents === text ? undefined : { contents, loader: 'ts' };
      });
      build.onResolve({ filter: /.*/ }, (args) => {
        if (!args.importer || args.kind === 'entry-point') return undefined;
        const tree = wechatTreeOf(args.importer, projectRoot);
        if (!tree) return undefined;
        const how = args.kind === 'dynamic-import' ? 'async' : 'require';
        const found = resolveWechat(args.path, args.resolveDir, { ...tree, how });
        if (found.file) return { path: found.file };
        if (found.bare) return undefined;
        return {
          errors: [
            {
              text: `WeChat module rule: ${describeViolation(path.relative(projectRoot, args.importer), args.path, found.error)}`,
            },
          ],
        };
      });
    },
  };
}

/**
 * The rule applied after a build, from its metafile (`metafile: true`): every import an input under a
 * WeChat tree made, as written (`original`), must resolve by WeChat's rule to the file esbuild used.
 * Returns the violations, one line each.
 */
function wechatImportViolations(metafile, projectRoot) {
  const problems = [];
  for (const [input, info] of Object.entries(metafile.inputs)) {
    const importer = path.resolve(projectRoot, input);
    const tree = wechatTreeOf(importer, projectRoot);
    if (!tree) continue;
    for (const imp of info.imports) {
      if (!imp.original || imp.external) continue;
      const found = resolveWechat(imp.original, path.dirname(importer), tree);
      if (found.bare) continue;
      const reason =
        found.error ||
        (path.resolve(projectRoot, imp.path) === found.file
          ? null
          : `esbuild took ${imp.path}, WeChat would take ${path.relative(projectRoot, found.file)}`);
      if (reason)
        problems.push(
          `WeChat module rule: ${describeViolation(path.relative(projectRoot, importer), imp.original, reason)}`,
        );
    }
  }
  return problems;
}

module.exports = { wechatModuleRule, wechatImportViolations };
