#!/usr/bin/env node
'use strict';
// npm run build:web: the static site for the link rule's domain (README, "The web page"). Bundles web/main.ts
// (the domain's views, plain DOM) with its stylesheet into one self-contained page, written as index.html (the
// rule's folder) and 404.html (every other address under it, r/<code>, t/<type>, p/<code> or a damaged one, for
// hosts that answer a missing path with it), plus the verification files of web/verify/. One request per page.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const esbuild = require('esbuild');
const { loadTs } = require('./lib/load-ts');
const { resolveAppid } = require('./lib/credentials');
const { wechatModuleRule } = require('./lib/wechat-esbuild-plugin');

const ROOT = path.resolve(__dirname, '..');
const WEB = path.join(ROOT, 'web');
const VERIFY = path.join(WEB, 'verify');
const DEFAULT_OUT = path.join(ROOT, 'dist-web');
const PAGES = ['index.html', '404.html'];

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

class WebBuildError extends Error {}

/** The base to build for: QR_LINK_BASE from the environment when set, else config.ts's; validated as the app does. */
function linkBase(env) {
  const fromEnv = env.QR_LINK_BASE !== undefined && env.QR_LINK_BASE !== '';
  const raw = fromEnv ? env.QR_LINK_BASE : loadTs('miniprogram/config').QR_LINK_BASE;
  const { readLinkBase, isPublicLinkBase, LINK_BASE_MAX_LENGTH } = loadTs('miniprogram/domain/links/qr-link');
  const base = readLinkBase(raw);
  if (base === null) {
    const where = fromEnv ? 'QR_LINK_BASE' : "miniprogram/config.ts's QR_LINK_BASE";
    throw new WebBuildError(
      `${where} is ${raw === null ? 'null' : JSON.stringify(raw)}, not a usable link: it must be the prefix of the ` +
        `"扫普通链接二维码打开小程序" rule, an https URL ending in '/' (at most ${LINK_BASE_MAX_LENGTH} characters), ` +
        'e.g. https://example.com/wxqr/. Set it in config.ts, or build for a trial with QR_LINK_BASE=https://… npm run build:web.',
    );
  }
  return { base, public: isPublicLinkBase(base) };
}

function schemeSettings(env) {
  const { isAppid, isEnvVersion, ENV_VERSIONS } = loadTs('web/scheme');
  const appid = resolveAppid(env) || null;
  if (appid !== null && !isAppid(appid))
    throw new WebBuildError(
      `the appid ${JSON.stringify(appid)} (MP_APPID or project.config.json) is not a mini program AppID (wx and 16 hex digits).`,
    );
  const envVersion = env.SCHEME_ENV_VERSION || 'release';
  if (!isEnvVersion(envVersion))
    throw new WebBuildError(
      `SCHEME_ENV_VERSION is ${JSON.stringify(envVersion)}: use one of ${ENV_VERSIONS.join(', ')}.`,
    );
  return { appid, envVersion };
}

/** The verification files to copy: every file of web/verify/ but its README. */
function verificationFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && !/^readme/i.test(e.name) && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
}

async function bundle(config) {
  const js = await esbuild.build({
    entryPoints: [path.join(WEB, 'main.ts')],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    platform: 'browser',
    // Phones' browsers outside WeChat (iOS 14+, Chrome 80+) read ES2020: ?. and ?? as the domain writes them.
    target: 'es2020',
    legalComments: 'none',
    // The text as UTF-8, not \u escapes: Chinese takes 3 bytes a character instead of 6.
    charset: 'utf8',
    logLevel: 'error',
    tsconfig: path.join(WEB, 'tsconfig.json'),
    define: { __WEB_CONFIG__: JSON.stringify(config) },
    // The domain's imports follow WeChat's module rule here too.
    plugins: [wechatModuleRule(ROOT)],
  });
  const css = await esbuild.transform(fs.readFileSync(path.join(WEB, 'style.css'), 'utf8'), {
    loader: 'css',
    minify: true,
  });
  return { js: js.outputFiles[0].text, css: css.code };
}

/** The page: everything inline, so it needs no path of its own and loads in one request wherever it is served. */
function html({ js, css }) {
  const script = js.replace(/<\/(script)/gi, '<\\/$1');
  return (
    '<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">\n' +
    '<meta name="color-scheme" content="light dark">\n<meta name="referrer" content="no-referrer">\n' +
    '<title>微信账号选型指南 · WeChat Account Guide</title>\n<link rel="icon" href="data:,">\n' +
    `<style>${css.trim()}</style>\n</head>\n<body>\n<script>${script.trim()}</script>\n</body>\n</html>\n`
  );
}

/**
 * Builds the site into `outDir`; returns what it wrote and measured. Throws WebBuildError (one clear sentence)
 * on a base or appid that cannot work.
 */
async function buildWeb({ env = process.env, outDir = DEFAULT_OUT, verifyDir = VERIFY } = {}) {
  const { base, public: isPublic } = linkBase(env);
  const { appid, envVersion } = schemeSettings(env);
  const page = html(await bundle({ base, appid, envVersion }));
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  for (const name of PAGES) fs.writeFileSync(path.join(outDir, name), page);
  const verify = verificationFiles(verifyDir);
  for (const name of verify) fs.copyFileSync(path.join(verifyDir, name), path.join(outDir, name));
  const bytes = Buffer.byteLength(page);
  const gzip = zlib.gzipSync(page, { level: 9 }).length;
  return { outDir, base, isPublic, appid, envVersion, verify, bytes, gzip, pages: PAGES };
}

function report(r) {
  const rel = path.relative(process.cwd(), r.outDir) || '.';
  const { SCHEME_PAGES } = loadTs('web/scheme');
  console.log(
    `build:web: ${rel}/ for ${r.base}: ${r.pages.join(' and ')}, ${kib(r.bytes)} (${kib(r.gzip)} gzip), one request`,
  );
  if (!r.isPublic) console.log('build:web: this base is on this machine only; phones cannot open it (a trial build).');
  console.log(`build:web: upload everything in ${rel}/ to ${r.base} on the rule's server, and have the server answer`);
  console.log(
    `build:web:   every missing address below ${new URL(r.base).pathname} with its 404.html (README, "The web page")`,
  );
  if (r.verify.length > 0)
    for (const name of r.verify) console.log(`build:web: verification file ${name} → ${r.base}${name}`);
  else
    console.log(
      "build:web: no verification file: put the one the admin console offers in web/verify/ and build again (it lands at <base><file>, the rule's last folder)",
    );
  if (r.appid) {
    console.log(
      `build:web: "open in WeChat" opens ${r.appid}${r.envVersion === 'release' ? '' : ` (${r.envVersion})`}; declare these pages`,
    );
    console.log(`build:web:   under 隐私与安全 > 明文Scheme拉起此小程序: ${SCHEME_PAGES.join(', ')}`);
  } else {
    console.log(
      'build:web: no appid (MP_APPID or project.config.json): the page explains how to open the mini program instead of a button',
    );
  }
}

module.exports = { buildWeb, WebBuildError, DEFAULT_OUT };

if (require.main === module) {
  buildWeb().then(report, (err) => {
    console.error(err instanceof WebBuildError ? `build:web: ${err.message}` : err.stack || String(err));
    process.exit(1);
  });
}
