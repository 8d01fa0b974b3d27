#!/usr/bin/env node
'use strict';
// npm run test:e2e: builds the browser preview, serves it on a free local port, replays every journey of
// test/e2e/journeys.ts in headless Chromium (the camera-scan ones on dist-web, built for the preview's link rule
// and served as a static host would), screenshots every page of app.json in light and dark at 375 px into
// artifacts/screenshots/, and ends with "e2e: N passed, N failed" (exit 1 on any failure).
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');
const { spawnSync } = require('child_process');
const { chromium } = require('playwright-core');
const { buildPreview, WWW } = require('../build');
const { serve } = require('../server');
const { buildWeb } = require('../../scripts/build-web');
const { serveSite } = require('../../scripts/lib/static-site');
const steps = require('./steps');

const ROOT = path.resolve(__dirname, '..', '..');
const SHOTS = path.join(ROOT, 'artifacts', 'screenshots');
const WEB_OUT = path.join(ROOT, '.preview', 'web');
/** The appid the e2e web build carries (a made-up one: the scheme is checked, never opened). */
const E2E_APPID = 'wx00000000e2e0000a';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** test/e2e/journeys.ts is TypeScript: bundle it for Node and load it. */
function loadJourneys() {
  const out = path.join(ROOT, '.preview', 'journeys.cjs');
  esbuild.buildSync({
    entryPoints: [path.join(ROOT, 'test', 'e2e', 'journeys.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: out,
    logLevel: 'error',
  });
  delete require.cache[out];
  return require(out).journeys;
}

const slug = (s) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9\u4e00-\u9fff]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** The runtime is TypeScript outside the root tsconfig (it needs the DOM lib): check it strictly here. */
function typecheckRuntime() {
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const res = spawnSync(process.execPath, [tsc, '-p', path.join(__dirname, '..', 'tsconfig.json')], {
    encoding: 'utf8',
  });
  if (res.status !== 0) throw new Error(`e2e: tsc -p preview/tsconfig.json failed\n${res.stdout}${res.stderr}`);
}

async function main() {
  typecheckRuntime();
  const { pages } = await buildPreview();
  const journeys = loadJourneys();
  const { server, url } = await serve(WWW, 0);
  // The link rule's web site: dist-web built for the preview's own rule prefix, on a static host of its own.
  await buildWeb({ env: { ...process.env, QR_LINK_BASE: `${url}qr/`, MP_APPID: E2E_APPID }, outDir: WEB_OUT });
  const site = await serveSite(WEB_OUT, '/qr/', 0);
  const web = { url: site.url, appid: E2E_APPID };
  fs.mkdirSync(SHOTS, { recursive: true });
  if (!fs.existsSync(CHROMIUM))
    throw new Error(
      `e2e: no Chromium at ${CHROMIUM} (apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH)`,
    );
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const results = [];
  const record = (name, error) => {
    results.push({ name, error });
    console.log(
      `${error ? '✗' : '✓'} ${name}${
        error
          ? `\n    ${String(error.message || error)
              .split('\n')
              .join('\n    ')}`
          : ''
      }`,
    );
  };
  try {
    // E2E_ONLY=<words> replays only the journeys whose name contains them (and skips the page screenshots).
    const only = process.env.E2E_ONLY;
    for (const journey of journeys.filter((j) => !only || j.name.includes(only))) {
      try {
        await steps.runJourney(
          browser,
          url,
          journey,
          (name) => path.join(SHOTS, `${slug(journey.name)}--${slug(name)}.png`),
          web,
        );
        record(`journey: ${journey.name}`, null);
      } catch (err) {
        record(`journey: ${journey.name}`, err);
      }
    }
    for (const route of only ? [] : pages) {
      for (const theme of ['light', 'dark']) {
        const file = path.join(SHOTS, `${route.replace(/^pages\//, '').replace(/\//g, '-')}-${theme}.png`);
        try {
          await steps.screenshotPage(browser, url, route, theme, file);
          record(`page renders: ${route} (${theme})`, null);
        } catch (err) {
          record(`page renders: ${route} (${theme})`, err);
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
    site.server.close();
  }
  const failed = results.filter((r) => r.error).length;
  console.log(`e2e: screenshots in ${path.relative(ROOT, SHOTS)}/`);
  console.log(`e2e: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(err.stack || String(err));
  console.log('e2e: 0 passed, 1 failed');
  process.exit(1);
});
