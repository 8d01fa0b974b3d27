'use strict';
// "build npm" that also works when node_modules is a symlink (git worktrees sharing one install):
// miniprogram-ci globs for package.json files without crawling symlinked directories, so it packs nothing
// and the upload compile then fails on every vant path. Pointing it at the package.json beside the real
// node_modules (same pinned dependencies) packs the same files into this checkout's miniprogram/.
const fs = require('fs');
const path = require('path');
const { ROOT, packNpm } = require('./compile-package');

function linkedInstallRoot() {
  const link = path.join(ROOT, 'node_modules');
  try {
    if (!fs.lstatSync(link).isSymbolicLink()) return undefined;
  } catch {
    return undefined;
  }
  const real = path.dirname(fs.realpathSync(link));
  const deps = (dir) => JSON.stringify(JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).dependencies || {});
  try {
    return deps(real) === deps(ROOT) ? real : undefined;
  } catch {
    return undefined;
  }
}

async function packNpmAnyLayout() {
  const real = linkedInstallRoot();
  if (!real) return packNpm();
  const ci = require('miniprogram-ci');
  return ci.packNpmManually({ packageJsonPath: path.join(real, 'package.json'), miniprogramNpmDistDir: path.join(ROOT, 'miniprogram') });
}

module.exports = { packNpmAnyLayout };
