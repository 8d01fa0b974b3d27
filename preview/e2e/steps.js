'use strict';
// How the browser driver performs each journey step (test/e2e/journey.ts) against the preview.
const fs = require('fs');
const { pngFromDataUrl, scanPng } = require('./scan');

const WAIT_MS = 5000;

/** The preview URL opening `route` with a query (values go in as written; the runtime decodes them once). */
function pageUrl(base, route, query = {}, extra = {}) {
  const params = [`page=${route.replace(/^\//, '')}`];
  for (const [k, v] of Object.entries({ ...query, ...extra }))
    params.push(`${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  return `${base}?${params.join('&')}`;
}

/** A fresh browser session (own storage), offline except for the preview server. */
async function newSession(browser, base) {
  const context = await browser.newContext({ viewport: { width: 900, height: 820 }, deviceScaleFactor: 1 });
  await context.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(`page error: ${err.stack || err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/Failed to load resource/.test(msg.text()))
      errors.push(`console error: ${msg.text()}`);
  });
  return { context, page, errors };
}

async function open(session, url) {
  await session.page.goto(url);
  await session.page.waitForSelector('body[data-mp-ready="1"]', { timeout: WAIT_MS });
  await settle(session.page);
}

/** Lets taps (dispatched through promises) and the re-render they cause finish. */
async function settle(page) {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))),
  );
}

function visibleText(page) {
  return page.evaluate(() => {
    // The preview's visible page, or the whole body of a plain web page (dist-web).
    const top =
      [...document.querySelectorAll('.mp-page')].find((p) => p.style.display !== 'none') ||
      (document.querySelector('.mp-page') ? null : document.body);
    const overlay = document.querySelector('.pv-overlay');
    return `${top ? top.innerText : ''}\n${overlay ? overlay.innerText : ''}`;
  });
}

/** Clicks the deepest visible element of the current page whose text or aria-label is exactly `text`. */
async function tap(page, text) {
  const box = await page.evaluate((wanted) => {
    const top =
      [...document.querySelectorAll('.mp-page')].find((p) => p.style.display !== 'none') ||
      (document.querySelector('.mp-page') ? null : document.body);
    const scope = [top, document.querySelector('.pv-overlay')].filter(Boolean);
    const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
    const matches = [];
    for (const root of scope) {
      for (const el of root.querySelectorAll('*')) {
        if (norm(el.getAttribute('aria-label')) === wanted || norm(el.innerText) === wanted) matches.push(el);
      }
    }
    const deepest = matches.filter((el) => !matches.some((other) => other !== el && el.contains(other)));
    for (const el of deepest) {
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, text);
  if (!box) throw new Error(`tap: nothing on the page shows "${text}"`);
  await page.mouse.click(box.x, box.y);
  await settle(page);
}

async function waitFor(page, what, fn, arg) {
  try {
    await page.waitForFunction(fn, arg, { timeout: WAIT_MS });
  } catch {
    throw new Error(`${what} (after ${WAIT_MS} ms)`);
  }
}

/** The preview's link rule prefix: posters made in the preview carry links below it. */
const ruleOf = (base) => new URL('/qr/', base).toString();

/** The poster image on screen (the page's <image>, a PNG data URL in the preview), scanned from its pixels. */
async function scanPosterOnScreen(page, base, file) {
  const at = page.url();
  await waitFor(page, 'no poster image on the page', () => {
    const top = [...document.querySelectorAll('.mp-page')].find((p) => p.style.display !== 'none');
    return (
      !!top &&
      [...top.querySelectorAll('wx-image')].some((i) => (i.getAttribute('src') || '').startsWith('data:image/png'))
    );
  });
  const src = await page.evaluate(() => {
    const top = [...document.querySelectorAll('.mp-page')].find((p) => p.style.display !== 'none');
    return [...top.querySelectorAll('wx-image')]
      .map((i) => i.getAttribute('src') || '')
      .find((v) => v.startsWith('data:image/png'));
  });
  const png = pngFromDataUrl(src);
  fs.writeFileSync(file, png);
  const link = scanPng(png);
  if (!link) throw new Error(`no QR code found in the poster's pixels (saved as ${file}; page ${at})`);
  const rule = ruleOf(base);
  if (!link.startsWith(rule)) throw new Error(`the poster's code holds ${link}, not a link under ${rule}`);
  return link;
}

/**
 * A phone's browser outside WeChat, at 375 px: every address under the preview's rule prefix is answered by the
 * built web site (`web.url`, a static host serving dist-web under the same path), everything else is offline.
 * Every request is counted; a console error fails the step, except the host's own 404 status for 404.html.
 */
async function newWebSession(browser, base, web) {
  const context = await browser.newContext({
    viewport: { width: 375, height: 740 },
    deviceScaleFactor: 1,
    locale: 'zh-CN',
  });
  const rule = ruleOf(base);
  const requests = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    requests.push(url);
    if (!url.startsWith(rule)) return route.abort();
    const response = await route.fetch({ url: web.url + url.slice(rule.length) });
    return route.fulfill({ response });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(`page error: ${err.stack || err.message}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const hostStatus = /Failed to load resource: .* 404/.test(msg.text()) && msg.location().url === page.url();
    if (!hostStatus) errors.push(`console error: ${msg.text()}`);
  });
  return { context, page, errors, requests };
}

async function openWeb(session, url) {
  session.requests.length = 0;
  await session.page.goto(url);
  await session.page.waitForSelector('body[data-ready="1"]', { timeout: WAIT_MS });
  await settle(session.page);
}

/** `web`: the built web site the camera-scan steps open ({ url, appid }); undefined where there is none. */
async function runJourney(browser, base, journey, shotPath, web) {
  const sessions = [];
  let s = null;
  try {
    for (const [i, step] of journey.steps.entries()) {
      const label = `step ${i + 1} ${JSON.stringify(step)}`;
      try {
        if ('open' in step) {
          if (!s || s.requests) sessions.push((s = await newSession(browser, base)));
          await open(s, pageUrl(base, step.open, step.query, step.preview));
          continue;
        }
        if ('openWeb' in step) {
          if (!web) throw new Error('openWeb needs the built web site (run by preview/e2e/run.js)');
          sessions.push((s = await newWebSession(browser, base, web)));
          await openWeb(s, new URL(step.openWeb, ruleOf(base)).toString());
          if (s.errors.length) throw new Error(s.errors.join('\n'));
          continue;
        }
        if (!s) throw new Error('the journey must start with an open step');
        if ('tap' in step) await tap(s.page, step.tap);
        else if ('expectText' in step) {
          await waitFor(
            s.page,
            `text "${step.expectText}" not shown`,
            (t) => {
              const top =
                [...document.querySelectorAll('.mp-page')].find((p) => p.style.display !== 'none') ||
                (document.querySelector('.mp-page') ? null : document.body);
              const overlay = document.querySelector('.pv-overlay');
              return `${top ? top.innerText : ''}\n${overlay ? overlay.innerText : ''}`.includes(t);
            },
            step.expectText,
          ).catch(async (err) => {
            throw new Error(`${err.message}; the page shows:\n${await visibleText(s.page)}`);
          });
        } else if ('expectNoText' in step) {
          await settle(s.page);
          if ((await visibleText(s.page)).includes(step.expectNoText))
            throw new Error(`text "${step.expectNoText}" is shown`);
        } else if ('expectPage' in step) {
          await waitFor(
            s.page,
            `page is ${await s.page.evaluate(() => window.__mpPreview.route())}`,
            (r) => window.__mpPreview.route() === r,
            step.expectPage,
          );
        } else if ('back' in step) {
          await s.page.click('.pv-back');
          await settle(s.page);
        } else if ('openSharePath' in step) {
          const views = await s.page.evaluate(() => window.__mpPreview.share());
          const share = views.find((v) => v.kind === 'onShareAppMessage');
          if (!share) throw new Error('the current page defines no onShareAppMessage');
          sessions.push((s = await newSession(browser, base)));
          await open(s, new URL(share.openUrl, base).toString());
        } else if ('scanPoster' in step) {
          const link = await scanPosterOnScreen(s.page, base, shotPath(step.scanPoster));
          // A phone scanning it: a new session (own storage) opens the link; the preview plays WeChat's rule.
          sessions.push((s = await newSession(browser, base)));
          await open(s, link);
        } else if ('cameraScan' in step) {
          if (!web) throw new Error('cameraScan needs the built web site (run by preview/e2e/run.js)');
          const shown = await s.page.evaluate(() => {
            const top = [...document.querySelectorAll('.mp-page')].find((p) => p.style.display !== 'none');
            const text = (sel) =>
              ((top && top.querySelector(sel)) || { innerText: '' }).innerText.replace(/\s+/g, ' ').trim();
            return { setup: text('.setup-headline'), score: text('[class*="fit-score"]') };
          });
          if (!shown.setup || !shown.score)
            throw new Error(`the result page shows no setup or score (${JSON.stringify(shown)})`);
          const link = await scanPosterOnScreen(s.page, base, shotPath(step.cameraScan));
          // A camera app: a plain browser with no WeChat rule opens the link itself, on the rule's web site.
          sessions.push((s = await newWebSession(browser, base, web)));
          await openWeb(s, link);
          const seen = await s.page.evaluate(() => {
            const text = (sel) =>
              ((document.querySelector(sel) || { innerText: '' }).innerText || '').replace(/\s+/g, ' ').trim();
            return { setup: text('#setup-headline'), score: text('#top .score') };
          });
          if (seen.setup !== shown.setup || seen.score !== shown.score)
            throw new Error(
              `the web page shows ${JSON.stringify(seen)}, the mini program showed ${JSON.stringify(shown)}`,
            );
        } else if ('expectScheme' in step) {
          const href = await s.page.evaluate(() => {
            const a = document.querySelector('#open-in-wechat');
            return a ? a.getAttribute('href') : null;
          });
          const want = `weixin://dl/business/?appid=${web.appid}&path=${step.expectScheme.path}${
            step.expectScheme.query ? `&query=${encodeURIComponent(step.expectScheme.query)}` : ''
          }`;
          if (href !== want) throw new Error(`the open-in-WeChat button carries ${href}, not ${want}`);
        } else if ('expectRequests' in step) {
          if (!s.requests) throw new Error('expectRequests applies to a web page session');
          if (s.requests.length !== step.expectRequests)
            throw new Error(
              `the page made ${s.requests.length} requests, not ${step.expectRequests}: ${s.requests.join(', ')}`,
            );
        } else if ('screenshot' in step) {
          await s.page.evaluate(() => document.fonts.ready);
          if (s.requests) await s.page.screenshot({ path: shotPath(step.screenshot) });
          else await s.page.locator('#pv-phone').screenshot({ path: shotPath(step.screenshot) });
        } else {
          throw new Error('unknown step');
        }
        if (s.errors.length) throw new Error(s.errors.join('\n'));
      } catch (err) {
        throw new Error(`${label}: ${err.message}`);
      }
    }
  } finally {
    for (const x of sessions) await x.context.close();
  }
}

/** Opens one page at 375 px in a theme and saves the phone as a PNG; fails on any page error. */
async function screenshotPage(browser, base, route, theme, file) {
  const s = await newSession(browser, base);
  try {
    await open(s, pageUrl(base, route, {}, { _theme: theme, _width: '375' }));
    await s.page.evaluate(() => document.fonts.ready);
    await s.page.locator('#pv-phone').screenshot({ path: file });
    const panelErrors = await s.page.evaluate(() =>
      [...document.querySelectorAll('.pv-error pre')].map((p) => p.textContent),
    );
    const problems = [...s.errors, ...panelErrors];
    if (problems.length) throw new Error(problems.join('\n'));
  } finally {
    await s.context.close();
  }
}

module.exports = { runJourney, screenshotPage, pageUrl };
