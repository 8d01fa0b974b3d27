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
    const top = [...document.querySelectorAll('.mp-page')].find((p) => p.style.display !== 'none');
    const overlay = document.querySelector('.pv-overlay');
    return `${top ? top.innerText : ''}\n${overlay ? overlay.innerText : ''}`;
  });
}

/** Clicks the deepest visible element of the current page whose text or aria-label is exactly `text`. */
async function tap(page, text) {
  const box = await page.evaluate((wanted) => {
    const top = [...document.querySelectorAll('.mp-page')].find((p) => p.style.display !== 'none');
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

async function runJourney(browser, base, journey, shotPath) {
  const sessions = [];
  let s = null;
  try {
    for (const [i, step] of journey.steps.entries()) {
      const label = `step ${i + 1} ${JSON.stringify(step)}`;
      try {
        if ('open' in step) {
          if (!s) sessions.push((s = await newSession(browser, base)));
          await open(s, pageUrl(base, step.open, step.query));
          continue;
        }
        if (!s) throw new Error('the journey must start with an open step');
        if ('tap' in step) await tap(s.page, step.tap);
        else if ('expectText' in step) {
          await waitFor(
            s.page,
            `text "${step.expectText}" not shown`,
            (t) => {
              const top = [...document.querySelectorAll('.mp-page')].find((p) => p.style.display !== 'none');
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
          // The poster image on screen (the page's <image>, a PNG data URL in the preview): scan its pixels.
          const at = s.page.url();
          await waitFor(s.page, 'no poster image on the page', () => {
            const top = [...document.querySelectorAll('.mp-page')].find((p) => p.style.display !== 'none');
            return (
              !!top &&
              [...top.querySelectorAll('wx-image')].some((i) =>
                (i.getAttribute('src') || '').startsWith('data:image/png'),
              )
            );
          });
          const src = await s.page.evaluate(() => {
            const top = [...document.querySelectorAll('.mp-page')].find((p) => p.style.display !== 'none');
            return [...top.querySelectorAll('wx-image')]
              .map((i) => i.getAttribute('src') || '')
              .find((v) => v.startsWith('data:image/png'));
          });
          const png = pngFromDataUrl(src);
          fs.writeFileSync(shotPath(step.scanPoster), png);
          const link = scanPng(png);
          if (!link)
            throw new Error(
              `no QR code found in the poster's pixels (saved as ${shotPath(step.scanPoster)}; page ${at})`,
            );
          const rule = new URL('/qr/', base).toString();
          if (!link.startsWith(rule)) throw new Error(`the poster's code holds ${link}, not a link under ${rule}`);
          // A phone scanning it: a new session (own storage) opens the link; the preview plays WeChat's rule.
          sessions.push((s = await newSession(browser, base)));
          await open(s, link);
        } else if ('screenshot' in step) {
          await s.page.evaluate(() => document.fonts.ready);
          await s.page.locator('#pv-phone').screenshot({ path: shotPath(step.screenshot) });
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
