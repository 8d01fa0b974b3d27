'use strict';
// The offline half of WeChat's upload: "build npm" (packNpmManually) and the upload compile
// (getCompiledResult). getCompiledResult asks WeChat's server for the project's attributes through
// project.attr(); we answer locally so nothing leaves the machine. The key is a throwaway: the compile
// only needs one to exist, it is never sent anywhere.
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { npmOf } = require('./wechat-resolve');
const { shareMainVantIn } = require('./share-main-vant');
const { trimPackedIconFont } = require('./icon-font');

const ROOT = path.resolve(__dirname, '../..');
const MAIN_PACKAGE_LIMIT = 2 * 1024 * 1024;

// Everything outside miniprogram/ that the upload must never carry.
const PROJECT_IGNORES = [
  'node_modules/**/*',
  'test/**/*',
  'scripts/**/*',
  'preview/**/*',
  'dist/**/*',
  'coverage/**/*',
  'typings/**/*',
  'artifacts/**/*',
  '.preview/**/*',
];

// What WeChat's server would say about an ordinary, unreleased mini program.
const LOCAL_ATTR = {
  platform: false,
  appType: 0,
  isSandbox: false,
  released: false,
  setting: {
    MaxCodeSize: 2,
    MaxSubpackageSubCodeSize: 2,
    MaxSubpackageFullCodeSize: 20,
    NavigateMiniprogramLimit: 10,
    MaxSubPackageLimit: 100,
    MinTabbarCount: 2,
    MaxTabbarCount: 5,
    MaxCustomTabbarCount: 5,
    MaxTabbarIconSize: 40,
  },
};

function readProjectConfig() {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'project.config.json'), 'utf8'));
}

/**
 * The package.json whose node_modules holds the install. A git worktree may share one install through a
 * node_modules symlink, and miniprogram-ci does not crawl symlinked folders: point it at the real install,
 * but only when its pinned dependencies are ours.
 */
function installRoot() {
  const link = path.join(ROOT, 'node_modules');
  try {
    if (!fs.lstatSync(link).isSymbolicLink()) return ROOT;
    const real = path.dirname(fs.realpathSync(link));
    const deps = (dir) =>
      JSON.stringify(JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).dependencies || {});
    return deps(real) === deps(ROOT) ? real : ROOT;
  } catch {
    return ROOT;
  }
}

/**
 * DevTools' "build npm": packs the runtime dependencies into miniprogram/miniprogram_npm/, and those of a subpackage
 * into <root>/miniprogram_npm/. miniprogram-ci packs every dependency of a package.json from the node_modules beside
 * it, so a subpackage's are staged in a folder of their own (package.json and a copy of each package) and packed
 * from there; the main package's copy is then removed, except for a copy (package.json miniprogramSubpackageCopies),
 * which both keep, the subpackage's without what the main package ships (scripts/lib/share-main-vant.js). The upload
 * compile keeps only the files a package uses. Last, vant's icon stylesheet keeps only the glyphs the app can name
 * (scripts/lib/icon-font.js), in each package that has one: `icons` says how many it kept and dropped.
 */
async function packNpm() {
  const ci = require('miniprogram-ci');
  const install = installRoot();
  const result = await ci.packNpmManually({
    packageJsonPath: path.join(install, 'package.json'),
    miniprogramNpmDistDir: path.join(ROOT, 'miniprogram'),
  });
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const { subpackageNpm, copies } = npmOf(ROOT);
  const packs = [
    ...Object.entries(subpackageNpm).map(([root, names]) => ({ root, names, moved: true })),
    ...Object.entries(copies).map(([root, names]) => ({ root, names, moved: false })),
  ];
  for (const { root, names, moved } of packs) {
    const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-subpackage-npm-'));
    try {
      const dependencies = {};
      for (const name of names) {
        dependencies[name] = pkg.dependencies[name];
        fs.cpSync(path.join(install, 'node_modules', name), path.join(stage, 'node_modules', name), {
          recursive: true,
          dereference: true,
        });
      }
      fs.writeFileSync(
        path.join(stage, 'package.json'),
        JSON.stringify({ name: `${root.replace(/\//g, '-')}-npm`, dependencies }),
      );
      const out = path.join(ROOT, 'miniprogram', root);
      fs.rmSync(path.join(out, 'miniprogram_npm'), { recursive: true, force: true });
      await ci.packNpmManually({ packageJsonPath: path.join(stage, 'package.json'), miniprogramNpmDistDir: out });
      if (moved)
        for (const name of names)
          fs.rmSync(path.join(ROOT, 'miniprogram', 'miniprogram_npm', name), { recursive: true, force: true });
    } finally {
      fs.rmSync(stage, { recursive: true, force: true });
    }
  }
  const mp = path.join(ROOT, 'miniprogram');
  shareMainVantIn(mp, Object.keys(copies));
  for (const root of Object.keys(copies)) trimPackedIconFont(mp, path.join(mp, root));
  return { ...result, icons: trimPackedIconFont(mp) };
}

function throwawayKeyFile() {
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-key-'));
  const file = path.join(dir, 'private.key');
  fs.writeFileSync(file, privateKey.export({ type: 'pkcs1', format: 'pem' }), { mode: 0o600 });
  return { file, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** project.config.json's settings as miniprogram-ci names them (es7 is DevTools' "enhance"). */
function compileSettings(config) {
  const s = config.setting || {};
  return {
    es6: !!s.es6,
    es7: !!s.enhance,
    minify: !!s.minified,
    minifyJS: !!s.minified,
    minifyWXML: !!s.minified,
    minifyWXSS: !!s.minified,
    autoPrefixWXSS: !!s.postcss,
    codeProtect: false,
    ignoreUploadUnusedFiles: s.ignoreUploadUnusedFiles !== false,
    useCompilerPlugins: s.useCompilerPlugins,
  };
}

/**
 * Runs the upload compile and returns { files: {path: content}, bytes }. `overrides` replaces compile
 * settings (miniprogram-ci names: es6, es7, minify…) for measuring alternatives; the build passes none.
 */
async function compileUploadPackage(overrides = {}) {
  const ci = require('miniprogram-ci');
  const config = readProjectConfig();
  const key = throwawayKeyFile();
  try {
    const project = new ci.Project({
      appid: process.env.MP_APPID || config.appid,
      type: 'miniProgram',
      projectPath: ROOT,
      privateKeyPath: key.file,
      ignores: PROJECT_IGNORES,
    });
    project.attr = async () => LOCAL_ATTR;
    const files = await ci.getCompiledResult({
      project,
      version: require(path.join(ROOT, 'package.json')).version,
      setting: { ...compileSettings(config), ...overrides },
      onProgressUpdate: () => {},
    });
    let bytes = 0;
    for (const content of Object.values(files)) bytes += Buffer.byteLength(content);
    return { files, bytes };
  } finally {
    key.cleanup();
  }
}

module.exports = {
  ROOT,
  MAIN_PACKAGE_LIMIT,
  PROJECT_IGNORES,
  packNpm,
  compileUploadPackage,
  compileSettings,
  readProjectConfig,
};
