#!/usr/bin/env node
'use strict';
// npm run test:devtools: replays the e2e journeys (test/e2e/journeys.ts, the same data the browser driver
// uses) in WeChat DevTools through miniprogram-automator. Needs WECHAT_DEVTOOLS_CLI (the DevTools `cli`,
// e.g. /Applications/wechatwebdevtools.app/Contents/MacOS/cli) with 设置 > 安全设置 > 服务端口 turned on.
// Without it the journeys are skipped, and nothing is claimed to have passed.
const fs = require('fs');
const path = require('path');
const { loadTs } = require('./lib/load-ts');

const ROOT = path.resolve(__dirname, '..');
const JOURNEYS = path.join(ROOT, 'test/e2e/journeys.ts');
const SETTLE_MS = 600; // DevTools renders asynchronously after navigation and taps.
const BUILTIN_TAGS = ['button', 'navigator', 'view', 'text', 'label'];

function fail(message) {
  console.error(message);
  process.exit(1);
}

/** Custom component tags a page may contain (its own json and app.json), so text search can reach them. */
function customTags(route) {
  const read = (file) => {
    try {
      return Object.keys(JSON.parse(fs.readFileSync(file, 'utf8')).usingComponents || {});
    } catch {
      return [];
    }
  };
  return [
    ...new Set([
      ...read(path.join(ROOT, 'miniprogram', `${route}.json`)),
      ...read(path.join(ROOT, 'miniprogram/app.json')),
    ]),
  ];
}

const clean = (s) =>
  String(s || '')
    .replace(/\s+/g, ' ')
    .trim();

/** Elements of the page with their visible text: built-in tags, custom component hosts and one level inside them. */
async function textElements(page) {
  const tags = customTags(page.path);
  const found = await page.$$([...BUILTIN_TAGS, ...tags].join(', '));
  const out = [];
  for (const el of found) {
    out.push({
      el,
      text: clean(await el.text()),
      label: clean(await el.attribute('aria-label').catch(() => '')),
      custom: tags.includes(el.tagName),
    });
    if (tags.includes(el.tagName)) {
      for (const inner of await el.$$(BUILTIN_TAGS.join(', ')).catch(() => [])) {
        out.push({
          el: inner,
          text: clean(await inner.text()),
          label: clean(await inner.attribute('aria-label').catch(() => '')),
          custom: false,
        });
      }
    }
  }
  return out;
}

async function currentPage(miniProgram) {
  const page = await miniProgram.currentPage();
  if (!page) throw new Error('no current page');
  await page.waitFor(SETTLE_MS);
  return page;
}

async function tapText(page, wanted) {
  const matches = (await textElements(page)).filter((c) => c.text === wanted || c.label === wanted);
  if (matches.length === 0) throw new Error(`nothing on ${page.path} reads "${wanted}"`);
  // The last match is the innermost; a vant host listens on its inner .van-button / .van-cell.
  const { el, custom } = matches[matches.length - 1];
  const inner = custom ? (await el.$('.van-button')) || (await el.$('.van-cell')) : null;
  await (inner || el).tap();
}

async function pageText(page) {
  return (await textElements(page)).map((c) => `${c.text} ${c.label}`).join(' ');
}

const toUrl = (route, query) => {
  const qs = new URLSearchParams(query || {}).toString();
  return `/${route.replace(/^\/+/, '')}${qs ? `?${qs}` : ''}`;
};

async function runStep(miniProgram, step) {
  if ('open' in step) {
    await miniProgram.reLaunch(toUrl(step.open, step.query));
  } else if ('tap' in step) {
    await tapText(await currentPage(miniProgram), step.tap);
  } else if ('expectText' in step) {
    const text = await pageText(await currentPage(miniProgram));
    if (!text.includes(step.expectText))
      throw new Error(`"${step.expectText}" is not shown (page text: ${text.slice(0, 200)})`);
  } else if ('expectNoText' in step) {
    if ((await pageText(await currentPage(miniProgram))).includes(step.expectNoText))
      throw new Error(`"${step.expectNoText}" is shown`);
  } else if ('expectPage' in step) {
    const page = await currentPage(miniProgram);
    if (page.path !== step.expectPage.replace(/^\/+/, ''))
      throw new Error(`on ${page.path}, expected ${step.expectPage}`);
  } else if ('back' in step) {
    await miniProgram.navigateBack();
  } else if ('openSharePath' in step) {
    const share = await (await currentPage(miniProgram)).callMethod('onShareAppMessage', { from: 'menu' });
    if (!share || typeof share.path !== 'string') throw new Error('onShareAppMessage returned no path');
    await miniProgram.reLaunch(share.path.startsWith('/') ? share.path : `/${share.path}`);
  }
  // { screenshot } belongs to the browser driver.
}

/** Steps only the browser driver can take (test/e2e/journey.ts). */
const BROWSER_ONLY = ['scanPoster', 'cameraScan', 'openWeb', 'expectScheme', 'expectRequests', 'preview'];

async function main() {
  const cli = process.env.WECHAT_DEVTOOLS_CLI;
  if (!cli) {
    console.log('WECHAT_DEVTOOLS_CLI is not set: skipping the DevTools journeys (no pass claimed)');
    process.exit(0);
  }
  if (!fs.existsSync(cli))
    fail(`WECHAT_DEVTOOLS_CLI is ${cli}, which does not exist: point it at WeChat DevTools' cli.`);
  if (!fs.existsSync(JOURNEYS))
    fail('test/e2e/journeys.ts does not exist yet: there are no journeys to replay (no pass claimed).');
  const { journeys } = loadTs(JOURNEYS);
  if (!Array.isArray(journeys) || journeys.length === 0)
    fail('test/e2e/journeys.ts exports no journeys: nothing to replay (no pass claimed).');

  await require('./lib/compile-package').packNpm(); // DevTools needs miniprogram_npm/ for vant.
  const automator = require('miniprogram-automator');
  const miniProgram = await automator.launch({ cliPath: cli, projectPath: ROOT, trustProject: true });
  let failed = 0;
  let skipped = 0;
  try {
    for (const journey of journeys) {
      // A poster scan needs the poster's pixels and a browser session opening the link, and the web page a
      // plain browser; DevTools has neither.
      const browserOnly = journey.steps.flatMap((step) => Object.keys(step)).find((k) => BROWSER_ONLY.includes(k));
      if (browserOnly) {
        skipped++;
        console.log(`skip ${journey.name}: ${browserOnly} runs in the browser preview only (npm run test:e2e)`);
        continue;
      }
      try {
        for (const [i, step] of journey.steps.entries()) {
          try {
            await runStep(miniProgram, step);
          } catch (err) {
            throw new Error(`step ${i + 1} ${JSON.stringify(step)}: ${err && err.message ? err.message : err}`);
          }
        }
        console.log(`ok   ${journey.name}`);
      } catch (err) {
        failed++;
        console.log(`FAIL ${journey.name}: ${err.message}`);
      }
    }
  } finally {
    await miniProgram.close().catch(() => {});
  }
  console.log(
    `devtools: ${journeys.length - skipped - failed}/${journeys.length - skipped} journeys passed, ${skipped} skipped`,
  );
  process.exit(failed ? 1 : 0);
}

main().catch((err) => fail(`devtools: ${err && err.message ? err.message : err}`));
