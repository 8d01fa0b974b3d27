#!/usr/bin/env node
'use strict';
// Builds the browser preview into .preview/www: every page and component listed by app.json (followed
// through usingComponents, vant included), WXML compiled by the official wcc, WXSS converted for the
// browser, TypeScript bundled with esbuild around the j-component runtime. Nothing here ships.
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');
const { collectComponents } = require('./lib/graph');
const { stage, compileTemplates } = require('./lib/wxml');
const { convert, readWithImports } = require('./lib/wxss');
const { readJson } = require('../scripts/lib/read-json');
const { wechatModuleRule } = require('../scripts/lib/wechat-esbuild-plugin');
const { applySourcePatches, SOURCE_PATCHES } = require('./j-component-fixes');

const ROOT = path.resolve(__dirname, '..');
const MP = path.join(ROOT, 'miniprogram');
const OUT = path.join(ROOT, '.preview');
const WWW = path.join(OUT, 'www');

/**
 * WeChat's "扫普通链接二维码打开小程序" rule as the preview emulates it (server.js serves every path under it;
 * runtime/qr-rule.ts opens the rule's page with q = the link). config.ts's QR_LINK_BASE is swapped for this
 * preview's own `<origin>/qr/`, so posters made here carry codes that open here.
 */
const QR_RULE = { path: '/qr/', page: 'pages/home/home' };

/** Replaces miniprogram/config.ts with a generated module: the real settings, QR_LINK_BASE pointing here. */
function previewConfig() {
  const real = path.join(MP, 'config');
  const generated = path.join(OUT, 'preview-config.ts');
  fs.writeFileSync(
    generated,
    `export * from ${JSON.stringify(`${real}.ts`)};\n` +
      '// Browser preview only (preview/build.js): poster QR codes point at this preview, which opens them like WeChat.\n' +
      `export const QR_LINK_BASE: string | null = \`\${location.origin}${QR_RULE.path}\`;\n`,
  );
  return {
    name: 'preview-config',
    setup(build) {
      build.onResolve({ filter: /(^|[\\/])config$/ }, (args) =>
        args.importer.startsWith(MP + path.sep) && path.resolve(args.resolveDir, args.path) === real
          ? { path: generated }
          : undefined,
      );
    },
  };
}

function codeFile(base) {
  for (const ext of ['.ts', '.js']) if (fs.existsSync(base + ext)) return base + ext;
  return null;
}

/** DOM tag per component: the tag its users give it (van-cell), made unique; pages get mp-<route>. */
function assignTags(components) {
  const tags = new Map();
  const taken = new Set();
  const firstUse = new Map();
  for (const c of components)
    for (const [tag, key] of Object.entries(c.using)) if (!firstUse.has(key)) firstUse.set(key, tag);
  for (const c of components) {
    let base = c.isPage ? `mp-${c.key}` : firstUse.get(c.key) || `mp-${c.key}`;
    base = base
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '');
    if (!base.includes('-')) base = `mp-${base}`;
    let tag = base;
    for (let i = 2; taken.has(tag); i++) tag = `${base}-${i}`;
    taken.add(tag);
    tags.set(c.key, tag);
  }
  return tags;
}

/** j-component as the preview runs it: every source patch of j-component-fixes.js (they say what each reproduces). */
const patchJComponent = {
  name: 'patch-j-component',
  setup(build) {
    const files = [...new Set(SOURCE_PATCHES.map((patch) => patch.file.source))].map((source) => new RegExp(source));
    for (const filter of files) {
      build.onLoad({ filter }, (args) => ({
        contents: applySourcePatches(args.path, fs.readFileSync(args.path, 'utf8'), 'browser'),
        loader: 'js',
      }));
    }
  },
};

/** Builds the preview; returns { outDir, pages, warnings }. */
async function buildPreview({ quiet = false } = {}) {
  const started = Date.now();
  const graph = collectComponents(ROOT, MP);
  const tags = assignTags(graph.components);
  fs.mkdirSync(WWW, { recursive: true });

  const stageDir = path.join(OUT, 'stage');
  stage(MP, stageDir, graph);
  const gwx = compileTemplates(stageDir, graph.appJson.usingComponents || {});
  fs.writeFileSync(
    path.join(WWW, 'templates.js'),
    `window.__webview_engine_version__ = 0.02;\nwindow.__mpGwx = (function () {\n${gwx}\n;return $gwx;\n})();\n`,
  );

  const warnings = [...graph.warnings];
  const components = graph.components.map((c) => {
    const code = codeFile(c.file);
    if (!code) warnings.push(`${c.key}: no .ts or .js file`);
    const css = convert(readWithImports(`${c.file}.wxss`, MP), {
      kind: c.isPage ? 'page' : 'component',
      hostTag: tags.get(c.key),
    });
    return { ...c, code, css, tag: tags.get(c.key) };
  });
  const appCode = codeFile(path.join(MP, 'app'));
  const lit = (v) => JSON.stringify(v);
  const entry = [
    `const { start } = require(${lit(path.join(__dirname, 'runtime', 'main.ts'))});`,
    'start({',
    `  appJson: ${lit(graph.appJson)},`,
    `  pages: ${lit(graph.pages)},`,
    `  themeJson: ${lit(readJson(path.join(MP, graph.appJson.themeLocation || 'theme.json')))},`,
    `  qrRule: ${lit(QR_RULE)},`,
    `  appCss: ${lit(convert(readWithImports(path.join(MP, 'app.wxss'), MP), { kind: 'app' }))},`,
    `  baseCss: ${lit(fs.readFileSync(path.join(__dirname, 'runtime', 'builtin-tags.css'), 'utf8'))},`,
    '  gwx: window.__mpGwx,',
    `  loadApp: () => ${appCode ? `require(${lit(appCode)})` : 'undefined'},`,
    '  components: [',
    ...components.map(
      (c) =>
        `    { key: ${lit(c.key)}, tag: ${lit(c.tag)}, isPage: ${c.isPage}, json: ${lit(c.json)}, using: ${lit(c.using)}, css: ${lit(c.css)}, load: () => ${
          c.code ? `require(${lit(c.code)})` : 'undefined'
        } },`,
    ),
    '  ],',
    '});',
    '',
  ].join('\n');
  const entryFile = path.join(OUT, 'entry.js');
  fs.writeFileSync(entryFile, entry);

  await esbuild.build({
    entryPoints: [entryFile],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome100',
    outfile: path.join(WWW, 'app.js'),
    sourcemap: 'linked',
    define: { global: 'window' },
    alias: { path: 'path-browserify' },
    logLevel: 'error',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    // The app's own imports follow WeChat's module rule, as on a phone; config.ts gets the preview's link base.
    plugins: [previewConfig(), wechatModuleRule(ROOT), patchJComponent],
  });

  fs.copyFileSync(path.join(__dirname, 'runtime', 'chrome.css'), path.join(WWW, 'chrome.css'));
  fs.writeFileSync(
    path.join(WWW, 'index.html'),
    `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${graph.appJson.window?.navigationBarTitleText || 'Mini program'} · browser preview</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/chrome.css">
</head>
<body>
<script src="/templates.js"></script>
<script src="/app.js"></script>
</body>
</html>
`,
  );
  if (!quiet) {
    for (const w of warnings) console.warn(`preview: warning: ${w}`);
    console.log(
      `preview: built ${graph.pages.length} pages, ${components.length - graph.pages.length} components in ${Date.now() - started} ms → ${path.relative(ROOT, WWW)}`,
    );
  }
  return { outDir: WWW, pages: graph.pages, warnings };
}

module.exports = { buildPreview, WWW, QR_RULE };

if (require.main === module) {
  buildPreview().catch((err) => {
    console.error(err.stack || String(err));
    process.exit(1);
  });
}
