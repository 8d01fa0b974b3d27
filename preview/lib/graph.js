'use strict';
// Finds every page and component the mini program uses, as WeChat DevTools resolves them after "build npm":
// keys are paths relative to the mini program root without extension ('pages/home/home',
// 'miniprogram_npm/@vant/weapp/cell/index'); npm packages map to node_modules/<pkg>/<miniprogram dir>.
const fs = require('fs');
const path = require('path');
const { readJson } = require('../../scripts/lib/read-json');
const { crossPackageError, packagesOf } = require('../../scripts/lib/wechat-resolve');

const NPM_PREFIX = 'miniprogram_npm/';

/** The package name at the start of an npm-style path ('@vant/weapp/cell/index' → '@vant/weapp'). */
function packageName(request) {
  const parts = request.split('/');
  return request.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function createResolver(projectRoot, mpRoot) {
  const packageDirs = new Map();

  /** Directory on disk holding a package's mini program files (its `miniprogram` field, else miniprogram_dist). */
  function packageDir(name) {
    if (packageDirs.has(name)) return packageDirs.get(name);
    let dir = null;
    try {
      const pkgJson = require.resolve(`${name}/package.json`, { paths: [projectRoot] });
      const pkg = readJson(pkgJson) || {};
      dir = path.join(path.dirname(pkgJson), pkg.miniprogram || 'miniprogram_dist');
      if (!fs.existsSync(dir)) dir = null;
    } catch {
      dir = null;
    }
    packageDirs.set(name, dir);
    return dir;
  }

  /** Absolute file base (no extension) for a key. */
  function fileOf(key) {
    if (!key.startsWith(NPM_PREFIX)) return path.join(mpRoot, key);
    const rest = key.slice(NPM_PREFIX.length);
    const name = packageName(rest);
    const dir = packageDir(name);
    return dir ? path.join(dir, rest.slice(name.length + 1)) : null;
  }

  const exists = (key) => {
    const file = fileOf(key);
    return !!file && fs.existsSync(`${file}.json`);
  };
  const withIndex = (key) => (exists(key) ? key : exists(`${key}/index`) ? `${key}/index` : null);

  /** Resolves a usingComponents value seen in component `fromKey`; null when it cannot be found. */
  function resolve(fromKey, request) {
    if (request.startsWith('plugin://')) return null;
    if (request.startsWith('/')) return withIndex(path.posix.normalize(request.slice(1)));
    const relative = withIndex(path.posix.normalize(path.posix.join(path.posix.dirname(fromKey), request)));
    if (relative && (request.startsWith('.') || !relative.startsWith('..'))) return relative;
    // A subpackage's own copy of a package (package.json miniprogramSubpackageCopies) is the same code: the preview
    // loads the one copy, where a phone downloads it with the subpackage (the build's package check reads that).
    return withIndex(NPM_PREFIX + request);
  }

  return { resolve, fileOf, packageDir, packageName };
}

/**
 * Walks app.json pages (and app-level usingComponents) through usingComponents. Returns components in
 * dependency order (children before parents) with their tag map resolved to keys.
 */
function collectComponents(projectRoot, mpRoot) {
  const appJson = readJson(path.join(mpRoot, 'app.json'));
  if (!appJson) throw new Error(`preview: cannot read ${path.join(mpRoot, 'app.json')}`);
  const resolver = createResolver(projectRoot, mpRoot);
  const pages = [...(appJson.pages || [])];
  for (const sub of appJson.subpackages || appJson.subPackages || []) {
    for (const p of sub.pages || []) pages.push(path.posix.join(sub.root, p));
  }
  const appUsing = appJson.usingComponents || {};
  const ordered = [];
  const seen = new Map();
  const warnings = [];

  function visit(key, isPage) {
    if (seen.has(key)) return seen.get(key);
    const file = resolver.fileOf(key);
    const json = readJson(`${file}.json`) || {};
    const entry = { key, file, isPage, json, using: {} };
    seen.set(key, entry);
    const requests = isPage ? { ...appUsing, ...(json.usingComponents || {}) } : json.usingComponents || {};
    for (const [tag, request] of Object.entries(requests)) {
      const child = resolver.resolve(key, request);
      if (!child) {
        warnings.push(`${key}.json: usingComponents "${tag}": "${request}" not found`);
        continue;
      }
      // WeChat's subpackage rule: a component of another subpackage only through a componentPlaceholder.
      const placeholder = typeof (json.componentPlaceholder || {})[tag] === 'string';
      const crossing = crossPackageError(
        path.join(mpRoot, key),
        path.join(mpRoot, child),
        mpRoot,
        placeholder ? 'async' : 'component',
        packagesOf(appJson),
      );
      if (crossing) throw new Error(`preview: ${key}.json uses "${tag}": "${request}" (${child}): ${crossing}`);
      visit(child, false);
      entry.using[tag] = child;
    }
    ordered.push(entry);
    return entry;
  }
  for (const page of pages) visit(page, true);
  return { appJson, pages, components: ordered, warnings, resolver };
}

module.exports = { collectComponents, createResolver, NPM_PREFIX };
