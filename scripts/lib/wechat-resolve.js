'use strict';
// WeChat's module rule, in one place for everything that resolves mini program code: the jest resolver
// (test/resolver.js), the esbuild plugin (scripts/lib/wechat-esbuild-plugin.js) and the package check
// (scripts/lib/check-package.js). WeChat's require (and the upload compile, which keeps only the files its
// scan reaches) reads a relative path as a FILE, `.js` optional; a folder never means its index.js; an
// absolute path is not a require path; a bare name comes only from miniprogram_npm/, which "build npm" fills
// from package.json `dependencies`. Node, jest and esbuild are more generous, so they are held to this.
const fs = require('fs');
const path = require('path');

/** `require.async('<literal>')` (分包异步化) as WeChat's compiler reads it: a literal path, group 2. */
const REQUIRE_ASYNC = /\brequire\.async\(\s*(["'`])([^"'`]+)\1\s*\)/g;

/** 'file', 'dir' or null. */
function kindOf(p) {
  try {
    const stat = fs.statSync(p);
    if (stat.isFile()) return 'file';
    return stat.isDirectory() ? 'dir' : null;
  } catch {
    return null;
  }
}

const isRelative = (request) =>
  request === '.' || request === '..' || request.startsWith('./') || request.startsWith('../');

/** The package a bare name belongs to: '@vant/weapp/common/utils' → '@vant/weapp'. */
function packageName(request) {
  const parts = request.split('/');
  return request.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Whether `file` lies inside folder `dir` (not the folder itself). */
function isInside(file, dir) {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/**
 * The file a relative request names, as WeChat reads it: the path itself when it ends in one of
 * `extensions`, else the path plus one of them. A source may also write the compiled name ('./x.js' for x.ts).
 * Returns { file } or { error } (why not, in words that follow "<file> imports '<request>': ").
 */
function resolveRelativeFile(request, fromDir, extensions) {
  const target = path.resolve(fromDir, request);
  const ext = path.extname(target);
  const candidates = [];
  if (extensions.includes(ext) || ext === '.js') {
    const base = target.slice(0, -ext.length);
    candidates.push(target, ...extensions.map((e) => base + e));
  }
  candidates.push(...extensions.map((e) => target + e));
  for (const candidate of candidates) if (kindOf(candidate) === 'file') return { file: candidate };
  if (kindOf(target) === 'dir') {
    const index = extensions.map((e) => path.join(target, `index${e}`)).find((f) => kindOf(f) === 'file');
    const what = index ? `a folder (with ${path.basename(index)})` : 'a folder';
    return {
      error: `it is ${what}, and WeChat never reads a folder's index file: name the file, e.g. '${request.replace(/\/$/, '')}/index'`,
    };
  }
  if (kindOf(target) === 'file')
    return { error: `it is not a ${extensions.join(' or ')} file, and WeChat's require loads code files only` };
  return { error: `no such file (tried ${[...new Set(candidates)].map((c) => path.basename(c)).join(', ')})` };
}

/**
 * Resolves `request` made by code in `fromDir` under WeChat's rule.
 * options.extensions: code file extensions in the tree (sources: ['.ts', '.js']; the package: ['.js']).
 * options.packages: bare package names allowed (package.json dependencies), when bare names go to node_modules.
 * options.npmRoot: the package root whose miniprogram_npm/ serves bare names (the built package).
 * options.root: the mini program root; a relative request may not leave it, nor cross its subpackages (app.json).
 * options.how: 'require' (synchronous, the default) or 'async' (require.async, which may cross subpackages).
 * Returns { file } (a file on disk), { bare } (an allowed package name: resolve it the usual way) or { error }.
 */
function resolveWechat(
  request,
  fromDir,
  { extensions, packages = [], subpackageNpm = {}, npmRoot = null, root = null, how = 'require' },
) {
  if (path.isAbsolute(request) || request.startsWith('/')) {
    return {
      error: "it is an absolute path, and WeChat's require takes a path relative to the file, or an npm package name",
    };
  }
  if (isRelative(request)) {
    const found = resolveRelativeFile(request, fromDir, extensions);
    if (found.file && root && !isInside(found.file, root))
      return {
        error: `it leaves the mini program (${path.relative(root, found.file)}), and only files under its root are uploaded`,
      };
    if (found.file && root && how !== 'async') {
      const crossing = crossPackageError(path.join(fromDir, '_'), found.file, root, how);
      if (crossing) return { error: `${path.relative(root, found.file)}: ${crossing}` };
    }
    return found;
  }
  const name = packageName(request);
  if (npmRoot) {
    // WeChat looks for miniprogram_npm/ in the file's folder, then each folder up to the package root.
    for (let dir = fromDir; isInside(dir, npmRoot) || dir === npmRoot; dir = path.dirname(dir)) {
      const npmDir = path.join(dir, 'miniprogram_npm');
      if (kindOf(path.join(npmDir, name)) !== 'dir') continue;
      const sub = request === name ? `./${name}/index` : `./${request}`;
      return resolveRelativeFile(sub, npmDir, extensions);
    }
    return {
      error: `there is no miniprogram_npm/${name} in the package ("build npm" packs package.json dependencies)`,
    };
  }
  // A subpackage's own dependency (package.json miniprogramSubpackageDependencies) is packed into its folder.
  const owner = Object.keys(subpackageNpm).find((r) => subpackageNpm[r].includes(name));
  if (owner !== undefined) {
    if (root && isInside(path.join(fromDir, '_'), path.join(root, owner))) return { bare: name };
    return {
      error: `'${name}' is packed into ${owner}/miniprogram_npm/ (package.json miniprogramSubpackageDependencies), which only code in subpackage ${owner}/ can require: load that code with require.async`,
    };
  }
  if (!packages.includes(name)) {
    return {
      error: `WeChat finds bare names only in miniprogram_npm/, which "build npm" fills from package.json dependencies, and '${name}' is not one of them (${packages.join(', ') || 'none'})`,
    };
  }
  return { bare: name };
}

/**
 * WeChat's subpackage rule (分包): app.json's `subPackages` split the upload into the main package (every file
 * outside a subpackage root) and subpackages (every file under its root). A phone downloads the main package first
 * and a subpackage when one of its pages opens, so a synchronous `require` may reach the main package and the
 * requiring file's own package, never another subpackage (nor may the main package reach into one); an independent
 * subpackage (独立分包) reaches only itself. `require.async` (分包异步化) may cross, as may a component from another
 * subpackage that has a `componentPlaceholder`.
 */

/** The packages app.json declares: the main package (root '') first, then each subpackage by its root. */
function packagesOf(appJson) {
  const subs = [...((appJson && appJson.subPackages) || []), ...((appJson && appJson.subpackages) || [])];
  return [
    { name: 'main', root: '', pages: [...((appJson && appJson.pages) || [])], independent: false },
    ...subs.map((s) => ({
      name: s.name || String(s.root).replace(/\/$/, ''),
      root: String(s.root).replace(/^\/|\/$/g, ''),
      pages: (s.pages || []).map((page) => path.posix.join(String(s.root).replace(/^\/|\/$/g, ''), page)),
      independent: !!s.independent,
    })),
  ];
}

/** Every page app.json declares, the main package's first: what WeChat can open (`pages` lists only the main's). */
function allPages(appJson) {
  return packagesOf(appJson).flatMap((p) => p.pages);
}

/** The package holding `rel` (a path relative to the mini program root, '/'-separated). */
function packageOfPath(packages, rel) {
  return packages.find((p) => p.root !== '' && rel.startsWith(`${p.root}/`)) || packages[0];
}

const appCache = new Map();

/** The packages of the mini program at `root` (its app.json, re-read when it changes); [main] without one. */
function packagesAt(root) {
  const file = path.join(root, 'app.json');
  let mtime = 0;
  try {
    mtime = fs.statSync(file).mtimeMs;
  } catch {
    return packagesOf(null);
  }
  const cached = appCache.get(file);
  if (cached && cached.mtime === mtime) return cached.packages;
  let json = null;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    json = null;
  }
  const packages = packagesOf(json);
  appCache.set(file, { mtime, packages });
  return packages;
}

const where = (pkg) => (pkg.root === '' ? 'the main package' : `subpackage ${pkg.root}/`);

/**
 * Why code in `fromFile` may not use `toFile` (both absolute, under `root`) the way `how` says, or null when it may.
 * how: 'require' (synchronous), 'async' (require.async), 'component' (usingComponents without a placeholder),
 * 'template' (WXML import/include, WXSS @import).
 */
function crossPackageError(fromFile, toFile, root, how = 'require', packages = packagesAt(root)) {
  if (how === 'async') return null;
  const rel = (f) => path.relative(root, f).split(path.sep).join('/');
  const from = packageOfPath(packages, rel(fromFile));
  const to = packageOfPath(packages, rel(toFile));
  if (from === to) return null;
  if (!from.independent && to.root === '') return null;
  const use =
    how === 'component'
      ? 'uses a component from'
      : how === 'template'
        ? 'imports a template or style from'
        : 'requires';
  const remedy =
    how === 'component'
      ? 'give it a componentPlaceholder (分包异步化) or move the component'
      : how === 'template'
        ? 'move the file to the main package or into this package'
        : 'load it with require.async (分包异步化) or move the module to the main package';
  const inside = from.independent ? `${where(from)} (independent, which downloads alone)` : where(from);
  return `code in ${inside} ${use} ${where(to)}, which a phone may not have downloaded: ${remedy}`;
}

/** One line naming both ends of a broken reference. */
function describeViolation(from, request, reason) {
  return `${from} imports '${request}': ${reason}`;
}

/** The files in `dir` (code files, by extension) whose text quotes `request`: who made an import, for messages. */
function importersOf(dir, request, extensions) {
  let names = [];
  try {
    names = fs.readdirSync(dir).filter((n) => extensions.includes(path.extname(n)));
  } catch {
    return [];
  }
  const quoted = [`'${request}'`, `"${request}"`, `\`${request}\``];
  return names
    .map((n) => path.join(dir, n))
    .filter((f) => {
      try {
        const text = fs.readFileSync(f, 'utf8');
        return quoted.some((q) => text.includes(q));
      } catch {
        return false;
      }
    });
}

const packagesByProject = new Map();

/**
 * What "build npm" packs (read once per project): `packages`, the package.json `dependencies` packed into the main
 * package's miniprogram_npm/, and `subpackageNpm`, package.json `miniprogramSubpackageDependencies`: { subpackage root:
 * [names] }, the packages only code in that subpackage uses, packed into <root>/miniprogram_npm/ instead (WeChat looks
 * for a bare name in the nearest miniprogram_npm/). `copies`, package.json `miniprogramSubpackageCopies` (same shape):
 * main-package dependencies also packed into a subpackage, so a component only that subpackage shows (vant's radio on
 * the quiz) downloads with it, not with the main package; its JSON names a main-package one by absolute path
 * ('/miniprogram_npm/@vant/weapp/button/index'). The build packs them (compile-package.js packNpm).
 */
function npmOf(projectRoot) {
  if (!packagesByProject.has(projectRoot)) {
    const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
    const subpackageNpm = pkg.miniprogramSubpackageDependencies || {};
    const copies = pkg.miniprogramSubpackageCopies || {};
    const own = Object.values(subpackageNpm).flat();
    const packages = Object.keys(pkg.dependencies || {}).filter((name) => !own.includes(name));
    packagesByProject.set(projectRoot, { packages, subpackageNpm, copies });
  }
  return packagesByProject.get(projectRoot);
}

/**
 * The WeChat code trees of a project, and the rule for each: the sources (miniprogram/, but not the
 * miniprogram_npm/ copies of vendor code, the main package's and any subpackage's) and the built upload
 * package (dist/, vendor code included).
 * Returns the tree `file` belongs to, or null when WeChat's rule does not apply to it (tests, scripts…).
 */
function wechatTreeOf(file, projectRoot) {
  const sources = path.join(projectRoot, 'miniprogram');
  const dist = path.join(projectRoot, 'dist');
  const vendor = path.relative(sources, file).split(path.sep).includes('miniprogram_npm');
  if (isInside(file, sources) && !vendor) {
    const { packages, subpackageNpm } = npmOf(projectRoot);
    return { root: sources, extensions: ['.ts', '.js'], packages, subpackageNpm };
  }
  if (isInside(file, dist)) return { root: dist, extensions: ['.js'], npmRoot: dist };
  return null;
}

module.exports = {
  REQUIRE_ASYNC,
  resolveWechat,
  packagesOf,
  allPages,
  packageOfPath,
  packagesAt,
  crossPackageError,
  describeViolation,
  resolveRelativeFile,
  importersOf,
  npmOf,
  wechatTreeOf,
  packageName,
  isInside,
  kindOf,
};
