'use strict';
// The offline half of WeChat's upload: "build npm" (packNpmManually) and the upload compile
// (getCompiledResult). getCompiledResult asks WeChat's server for the project's attributes through
// project.attr(); we answer locally so nothing leaves the machine. The key is a throwaway: the compile
// only needs one to exist, it is never sent anywhere.
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const MAIN_PACKAGE_LIMIT = 2 * 1024 * 1024;

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

async function packNpm() {
  const ci = require('miniprogram-ci');
  const res = await ci.packNpmManually({
    packageJsonPath: path.join(ROOT, 'package.json'),
    miniprogramNpmDistDir: path.join(ROOT, 'miniprogram'),
  });
  return res;
}

function throwawayKeyFile() {
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-key-'));
  const file = path.join(dir, 'private.key');
  fs.writeFileSync(file, privateKey.export({ type: 'pkcs1', format: 'pem' }), { mode: 0o600 });
  return { file, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

function compileSettings(config) {
  const s = config.setting || {};
  return { es6: !!s.es6, es7: true, minify: !!s.minified, minifyJS: !!s.minified, minifyWXML: !!s.minified, minifyWXSS: !!s.minified, autoPrefixWXSS: !!s.postcss, codeProtect: false, ignoreUploadUnusedFiles: s.ignoreUploadUnusedFiles !== false, useCompilerPlugins: s.useCompilerPlugins };
}

/** Runs the upload compile and returns { files: {path: content}, bytes }. */
async function compileUploadPackage() {
  const ci = require('miniprogram-ci');
  const config = readProjectConfig();
  const key = throwawayKeyFile();
  try {
    const project = new ci.Project({
      appid: process.env.MP_APPID || config.appid,
      type: 'miniProgram',
      projectPath: ROOT,
      privateKeyPath: key.file,
      ignores: ['node_modules/**/*', 'test/**/*', 'scripts/**/*', 'preview/**/*', 'dist/**/*', 'coverage/**/*', 'typings/**/*', 'artifacts/**/*'],
    });
    project.attr = async () => LOCAL_ATTR;
    const files = await ci.getCompiledResult({ project, version: require(path.join(ROOT, 'package.json')).version, setting: compileSettings(config), onProgressUpdate: () => {} });
    let bytes = 0;
    for (const content of Object.values(files)) bytes += Buffer.byteLength(content);
    return { files, bytes };
  } finally {
    key.cleanup();
  }
}

module.exports = { ROOT, MAIN_PACKAGE_LIMIT, packNpm, compileUploadPackage };
