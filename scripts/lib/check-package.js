#!/usr/bin/env node
'use strict';
// Checks a built upload package (dist/) the way a phone would load it: every reference from one file to
// another must land, by WeChat's rules, on a file INSIDE the package. The upload compile silently drops
// files it does not reach, so a folder require or a stray path only shows on a device; here it fails the
// build instead, naming both ends. Subpackages (app.json subPackages) are held to WeChat's rule: a synchronous
// require, a template or a component (without a componentPlaceholder) never reaches another subpackage;
// require.async may. Run alone: `node scripts/lib/check-package.js [dir]` (default dist/).
const fs = require('fs');
const path = require('path');
const {
  resolveWechat,
  isInside,
  kindOf,
  crossPackageError,
  allPages,
  packagesOf,
  REQUIRE_ASYNC,
} = require('./wechat-resolve');
const { filesUnder } = require('./files-under');

function matches(text, re) {
  return [...text.matchAll(re)];
}

/** Reads a package path from WXML/WXSS/JSON: '/x' from the package root, anything else from the file. */
function packagePath(root, from, ref) {
  return ref.startsWith('/') ? path.join(root, ref) : path.resolve(path.dirname(from), ref);
}

/** The first of `candidates` that is a file inside the package, or a reason why none is. */
function findFile(root, candidates) {
  for (const c of candidates) {
    if (!isInside(c, root)) return { error: `it points outside the package (${path.relative(root, c)})` };
    if (kindOf(c) === 'file') return { file: c };
  }
  const tried = candidates.map((c) => path.relative(root, c)).join(' or ');
  return {
    error: kindOf(candidates[0]) === 'dir' ? `${tried} is a folder, not a file` : `the package has no ${tried}`,
  };
}

/** Checks one package folder; returns { problems: string[], files: number, references: number }. */
function checkPackage(root) {
  const problems = [];
  let references = 0;
  const rel = (f) => path.relative(root, f);
  const report = (from, ref, error) => problems.push(`${rel(from)} → '${ref}': ${error}`);
  /** A template, include, style or WXS file; `how` 'template' also holds it to the subpackage rule. */
  const expectFile = (from, ref, candidates, how = null) => {
    references++;
    const found = findFile(root, candidates);
    if (found.error) return report(from, ref, found.error);
    const crossing = how && crossPackageError(from, found.file, root, how);
    if (crossing) report(from, ref, `${rel(found.file)}: ${crossing}`);
  };

  /**
   * A component (or page) is its .js, .json and .wxml; .wxss is optional. `mayCross`: it may lie in another
   * subpackage (a componentPlaceholder covers it, or app.json declares it).
   */
  const expectComponent = (from, ref, base, mayCross = false) => {
    references++;
    if (!isInside(base, root)) return report(from, ref, `it points outside the package (${rel(base)})`);
    const missing = ['.js', '.json', '.wxml'].filter((ext) => kindOf(base + ext) !== 'file');
    if (missing.length > 0)
      return report(from, ref, `the package has no ${missing.map((ext) => rel(base + ext)).join(', ')}`);
    // A component of another subpackage renders only through a placeholder until its package arrives.
    const crossing = crossPackageError(from, `${base}.js`, root, mayCross ? 'async' : 'component');
    if (crossing) report(from, ref, `${rel(base)}: ${crossing}`);
  };

  /** usingComponents targets: package paths, or npm paths found in miniprogram_npm/ up from the file. */
  const componentBase = (from, ref) => {
    if (ref.startsWith('/') || ref.startsWith('./') || ref.startsWith('../')) return packagePath(root, from, ref);
    for (let dir = path.dirname(from); isInside(dir, root) || dir === root; dir = path.dirname(dir)) {
      const base = path.join(dir, 'miniprogram_npm', ref);
      if (kindOf(`${base}.json`) === 'file') return base;
    }
    return path.join(root, 'miniprogram_npm', ref);
  };

  const files = filesUnder(root);
  for (const file of files) {
    const ext = path.extname(file);
    const text = ['.js', '.json', '.wxml', '.wxss', '.wxs'].includes(ext) ? fs.readFileSync(file, 'utf8') : '';
    if (ext === '.js') {
      for (const m of matches(text, /\brequire\(\s*(["'`])([^"'`]+)\1\s*\)/g)) {
        references++;
        const found = resolveWechat(m[2], path.dirname(file), { extensions: ['.js'], npmRoot: root, root });
        if (found.error) report(file, m[2], found.error);
      }
      // require.async (分包异步化) may reach another subpackage, but must still name a file the package has.
      for (const m of matches(text, REQUIRE_ASYNC)) {
        references++;
        const found = resolveWechat(m[2], path.dirname(file), {
          extensions: ['.js'],
          npmRoot: root,
          root,
          how: 'async',
        });
        if (found.error) report(file, m[2], found.error);
      }
    } else if (ext === '.wxs') {
      // WXS requires name another .wxs file by its relative path.
      for (const m of matches(text, /\brequire\(\s*(["'])([^"']+)\1\s*\)/g)) {
        if (!m[2].endsWith('.wxs') || m[2].startsWith('/')) {
          references++;
          report(file, m[2], 'a WXS require takes the relative path of a .wxs file');
        } else expectFile(file, m[2], [packagePath(root, file, m[2])]);
      }
    } else if (ext === '.wxml') {
      const markup = text.replace(/<!--[\s\S]*?-->/g, '');
      for (const m of matches(markup, /<(import|include|wxs)\b[^>]*?\bsrc\s*=\s*(["'])(.*?)\2/g)) {
        const [, tag, , src] = m;
        const target = packagePath(root, file, src);
        if (tag === 'wxs') expectFile(file, src, [target], 'template');
        else expectFile(file, src, src.endsWith('.wxml') ? [target] : [target, `${target}.wxml`], 'template');
      }
    } else if (ext === '.wxss') {
      const css = text.replace(/\/\*[\s\S]*?\*\//g, '');
      for (const m of matches(css, /@import\s+(?:url\(\s*)?(["'])([^"']+)\1/g)) {
        const target = packagePath(root, file, m[2]);
        expectFile(file, m[2], m[2].endsWith('.wxss') ? [target] : [target, `${target}.wxss`], 'template');
      }
    } else if (ext === '.json') {
      let json;
      try {
        json = JSON.parse(text);
      } catch (err) {
        problems.push(`${rel(file)}: not JSON (${err.message})`);
        continue;
      }
      const placeholders = (json && json.componentPlaceholder) || {};
      for (const [tag, ref] of Object.entries((json && json.usingComponents) || {})) {
        if (typeof ref !== 'string' || /^plugin(-private)?:\/\//.test(ref)) continue;
        expectComponent(file, ref, componentBase(file, ref), typeof placeholders[tag] === 'string');
      }
    }
  }

  const appJson = path.join(root, 'app.json');
  if (kindOf(appJson) !== 'file') {
    problems.push('the package has no app.json');
  } else {
    const app = JSON.parse(fs.readFileSync(appJson, 'utf8'));
    const pages = allPages(app);
    if (pages.length === 0) problems.push('app.json lists no pages');
    // app.json names every page of every package: listing a subpackage's page there is how it is declared.
    for (const page of pages) expectComponent(appJson, page, path.join(root, page), true);
    // preloadRule names a page to wait on and the packages it downloads, by name or root ('__APP__' is main). As
    // the upload compile does, a package is known only by its pages: one without pages cannot be preloaded.
    const packages = packagesOf(app).filter((p) => p.root !== '' && p.pages.length > 0);
    for (const [page, rule] of Object.entries(app.preloadRule || {})) {
      if (!pages.includes(page)) problems.push(`app.json preloadRule names page ${page}, which app.json does not list`);
      for (const name of (rule && rule.packages) || [])
        if (name !== '__APP__' && !packages.some((p) => p.name === name || p.root === name))
          problems.push(
            `app.json preloadRule for ${page} preloads package ${name}, which app.json does not declare with pages`,
          );
    }
    for (const key of ['sitemapLocation', 'themeLocation'])
      if (app[key]) expectFile(appJson, app[key], [packagePath(root, appJson, app[key])]);
  }
  return { problems, files: files.length, references };
}

module.exports = { checkPackage };

if (require.main === module) {
  const dir = path.resolve(process.argv[2] || path.join(__dirname, '../../dist'));
  const { problems, files, references } = checkPackage(dir);
  for (const p of problems) console.error(`package: ${p}`);
  console.log(`package: ${references} references in ${files} files checked, ${problems.length} broken`);
  process.exit(problems.length > 0 ? 1 : 0);
}
