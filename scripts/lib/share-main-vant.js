'use strict';
// A subpackage's own copy of vant (package.json miniprogramSubpackageCopies) holds the components only it shows
// (the plan's checkbox), but build npm packs each with what it takes from vant: the icon, the info badge, the
// common styles and scripts, the wxs helpers. The main package ships most of those already, for home. Here the
// copy's files that the main package ships are dropped from the copy and its references point at the main
// package's (a subpackage may use the main package's components, scripts, wxs and styles), so a cold start that
// opens the plan or the quiz downloads them once.
const fs = require('fs');
const path = require('path');
const { filesUnder } = require('./files-under');

const EXTENSIONS = ['', '.js', '.wxs', '.wxss', '.json', '.wxml'];
const COMPONENT_FILES = ['.js', '.json', '.wxml', '.wxss'];

/** The relative references a vant file makes: [the whole match's literal, the reference]. */
function referencesOf(file, text) {
  if (file.endsWith('.json')) {
    const using = JSON.parse(text).usingComponents || {};
    return Object.values(using)
      .filter((ref) => /^\.\.?\//.test(ref))
      .map((ref) => ({ ref, component: true }));
  }
  const pattern = file.endsWith('.wxss')
    ? /@import\s+(["'])(\.{1,2}\/[^"']+)\1/g
    : file.endsWith('.wxml')
      ? /src=(["'])(\.{1,2}\/[^"']+)\1/g
      : /require\((["'])(\.{1,2}\/[^"']+)\1\)/g;
  return [...text.matchAll(pattern)].map((m) => ({ ref: m[2], component: false }));
}

/** The files a reference names, from `dir`: a component's four, or the one file it names. */
function filesOf(dir, { ref, component }) {
  const target = path.resolve(dir, ref);
  if (component) return COMPONENT_FILES.map((ext) => target + ext).filter((f) => fs.existsSync(f));
  const found = EXTENSIONS.map((ext) => target + ext).find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
  return found ? [found] : [];
}

function removeEmptyDirs(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }))
    if (entry.isDirectory()) removeEmptyDirs(path.join(dir, entry.name));
  if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
}

/** Every file the components `names` of the vant folder `lib` need, following their references. */
function closureOf(lib, names) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = fs.readFileSync(file, 'utf8');
    for (const reference of referencesOf(file, text))
      for (const next of filesOf(path.dirname(file), reference)) visit(next);
  };
  for (const name of names) for (const f of filesOf(lib, { ref: `./${name}/index`, component: true })) visit(f);
  return seen;
}

/**
 * In the copy of vant at `copyLib` (for the components `own`), points every reference to a file that the main
 * package's vant (`mainLib`, for the components `shown`) ships at that file, and removes the copy's. Returns the
 * copy's files it removed, relative to `copyLib`.
 */
function shareMainVant(copyLib, own, mainLib, shown) {
  const main = new Set([...closureOf(mainLib, shown)].map((f) => path.relative(mainLib, f)));
  const copy = [...closureOf(copyLib, own)];
  const shared = (file) => {
    const rel = path.relative(copyLib, file);
    return main.has(rel) && fs.readFileSync(file, 'utf8') === fs.readFileSync(path.join(mainLib, rel), 'utf8');
  };
  const dropped = copy.filter(shared);
  const kept = copy.filter((file) => !dropped.includes(file));
  const mpRoot = path.resolve(mainLib, '../../..');
  for (const file of kept) {
    const dir = path.dirname(file);
    let text = fs.readFileSync(file, 'utf8');
    for (const reference of referencesOf(file, text)) {
      const files = filesOf(dir, reference);
      if (files.length === 0 || !files.every((f) => dropped.includes(f))) continue;
      const target = path.join(mainLib, path.relative(copyLib, path.resolve(dir, reference.ref)));
      const to = reference.component
        ? `/${path.relative(mpRoot, target).split(path.sep).join('/')}`
        : path.relative(dir, target).split(path.sep).join('/');
      text = text.split(JSON.stringify(reference.ref)).join(JSON.stringify(to));
      text = text.split(`'${reference.ref}'`).join(`'${to}'`);
    }
    fs.writeFileSync(file, text);
  }
  for (const file of dropped) fs.rmSync(file);
  // The rest of vant in the copy is nothing this package shows: gone, so nothing can name it by mistake.
  for (const file of filesUnder(copyLib)) if (!kept.includes(file)) fs.rmSync(file);
  removeEmptyDirs(copyLib);
  return dropped.map((file) => path.relative(copyLib, file).split(path.sep).join('/')).sort();
}

/** The page and component JSON files under `dir`, not in a miniprogram_npm/ folder. */
const jsonFilesUnder = (dir) =>
  filesUnder(dir, (file) => path.basename(file) === 'miniprogram_npm').filter((file) => file.endsWith('.json'));

/** The vant components these JSON files name: by bare name (`@vant/weapp/x/index`) or absolute path, or both. */
function vantNamed(files, { bare, absolute }) {
  const names = new Set();
  for (const file of files) {
    const using = (JSON.parse(fs.readFileSync(file, 'utf8')) || {}).usingComponents || {};
    for (const request of Object.values(using)) {
      const m = /^(\/miniprogram_npm\/)?@vant\/weapp\/([a-z-]+)\/index$/.exec(String(request));
      if (m && (m[1] ? absolute : bare)) names.add(m[2]);
    }
  }
  return [...names];
}

/**
 * The vant components the main package ships: those named by absolute path, and by bare name from any package
 * without a copy of its own (WeChat finds those in the main package's miniprogram_npm/).
 */
function vantOfMain(mp, copyRoots) {
  const all = jsonFilesUnder(mp);
  const inCopy = (file) => copyRoots.some((root) => file.startsWith(path.join(mp, root) + path.sep));
  return [
    ...new Set([
      ...vantNamed(
        all.filter((file) => !inCopy(file)),
        { bare: true, absolute: true },
      ),
      ...vantNamed(all, { bare: false, absolute: true }),
    ]),
  ].sort();
}

/** The vant components a subpackage takes from its own copy (by bare name). */
const vantOfCopy = (mp, root) => vantNamed(jsonFilesUnder(path.join(mp, root)), { bare: true, absolute: false }).sort();

/** For each subpackage root with a copy of vant: shares with the main package what it ships. Returns { root: dropped }. */
function shareMainVantIn(mp, roots) {
  const shown = vantOfMain(mp, roots);
  const mainLib = path.join(mp, 'miniprogram_npm/@vant/weapp');
  const result = {};
  for (const root of roots)
    result[root] = shareMainVant(
      path.join(mp, root, 'miniprogram_npm/@vant/weapp'),
      vantOfCopy(mp, root),
      mainLib,
      shown,
    );
  return result;
}

module.exports = { shareMainVant, shareMainVantIn, closureOf, referencesOf, filesOf, vantOfMain, vantOfCopy };
