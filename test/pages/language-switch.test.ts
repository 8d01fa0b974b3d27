import { encodeAnswers } from '../../miniprogram/domain/links/share-codec';
import { Lang, LANGS } from '../../miniprogram/domain/text';
import { POSTER_SIZE } from '../../miniprogram/platform/poster/share-image';
import { loadingImage, PixelCanvas } from '../helpers/pixel-canvas';
import { readable, Rendered, renderPage, sleep } from '../helpers/simulate';
import { installWxMock, WxMock } from '../helpers/wx-mock';
import { APP_PAGES } from '../helpers/app-pages';
import { SAMPLE } from './sample-result';

/**
 * A language switched mid-visit reaches every page: switched on the page itself (where it has a switch) or on
 * another page, after which the reader comes back (onShow). The page must then read exactly as it does when
 * opened in that language: visible text, navigation title, chat card and Moments payloads.
 */
const CODE = encodeAnswers(SAMPLE);
const QUERIES: Record<string, Record<string, string>> = {
  'pages/home/home': {},
  'pages/account/account': { type: 'service' },
  'pages/compare/compare': { types: 'service,miniprogram' },
  'pages/quiz/quiz': {},
  'pages/result/result': { a: CODE },
  'pages/about/about': {},
  'pages/plan/plan': { a: CODE, own: '1' },
  'pages/overseas/overseas': {},
};
/** Pages with a language switch of their own, and the element to tap for the other language. */
const SWITCHES: Record<string, (to: Lang) => string> = {
  'pages/home/home': () => '.lang',
  'pages/about/about': (to) => `.lang-${to}`,
};

interface SharePayload {
  title?: string;
  path?: string;
  query?: string;
  imageUrl?: string;
  promise?: Promise<SharePayload>;
}

let wxMock: WxMock;
beforeEach(() => {
  wxMock = installWxMock();
});

const other = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

function lastTitle(): string {
  const calls = wxMock.setNavigationBarTitle.mock.calls;
  return (calls[calls.length - 1]?.[0] as { title: string } | undefined)?.title ?? '';
}

/** A share hook's answer, with WeChat's `promise` field awaited (what the chat card finally carries). */
async function shared(page: Rendered, hook: 'onShareAppMessage' | 'onShareTimeline'): Promise<unknown> {
  const fn = page.page[hook] as (() => SharePayload | undefined) | undefined;
  if (typeof fn !== 'function') return null;
  const payload = fn.call(page.page);
  if (!payload) return payload;
  const { promise, ...rest } = payload;
  return promise ? { ...rest, promise: await promise } : rest;
}

/** What the reader meets on a page: its text, title and both share payloads. */
async function seen(page: Rendered, title: string) {
  return {
    text: readable(page.comp.dom),
    title,
    card: await shared(page, 'onShareAppMessage'),
    moments: await shared(page, 'onShareTimeline'),
  };
}

/** The page as it opens in `lang`, for comparison. */
async function openedIn(route: string, lang: Lang) {
  wxMock.storage.set('lang.v1', lang);
  const page = await renderPage(route, QUERIES[route]);
  const view = await seen(page, lastTitle());
  page.detach();
  return view;
}

describe('app.json pages', () => {
  it('each have a query here', () => {
    expect(Object.keys(QUERIES).sort()).toEqual([...APP_PAGES].sort());
  });
});

describe.each(APP_PAGES.flatMap((route) => LANGS.map((from) => [route, from] as const)))(
  '%s opened in %s',
  (route, from) => {
    const to = other(from);

    it('follows a switch made on another page when the reader comes back', async () => {
      const expected = await openedIn(route, to);
      const before = await openedIn(route, from);
      // The same texts in both languages would prove nothing.
      expect(before.text).not.toBe(expected.text);
      expect(before.title).not.toBe(expected.title);
      expect(JSON.stringify(before.card)).not.toBe(JSON.stringify(expected.card));

      wxMock.storage.set('lang.v1', from);
      const page = await renderPage(route, QUERIES[route]);
      // The reader goes elsewhere, switches the language there and comes back.
      (page.page.onHide as (() => void) | undefined)?.call(page.page);
      const away = await renderPage('pages/about/about');
      await away.tap(`.lang-${to}`);
      expect(wxMock.storage.get('lang.v1')).toBe(to);
      away.detach();
      (page.page.onShow as () => void).call(page.page);
      await sleep(0);
      expect(await seen(page, lastTitle())).toEqual(expected);
      page.detach();
    });

    const tapFor: ((to: Lang) => string) | undefined = SWITCHES[route];
    // Only home and about carry a switch; the other pages follow it through onShow (above).
    if (tapFor)
      it('follows a switch made on the page itself', async () => {
        const expected = await openedIn(route, to);
        wxMock.storage.set('lang.v1', from);
        const page = await renderPage(route, QUERIES[route]);
        await page.tap(tapFor(to));
        expect(wxMock.storage.get('lang.v1')).toBe(to);
        expect(await seen(page, lastTitle())).toEqual(expected);
        page.detach();
      });
  },
);

describe('what a handler put on screen, after a switch on another page', () => {
  it('the result closes a poster drawn in the old language, and reads as opened in the new one', async () => {
    const g = globalThis as unknown as { wx: Record<string, unknown> };
    const canvas = new PixelCanvas(POSTER_SIZE.width, POSTER_SIZE.height);
    g.wx.createOffscreenCanvas = jest.fn(() => ({ getContext: () => canvas, createImage: loadingImage }));
    g.wx.canvasToTempFilePath = jest.fn((o: { success?: (r: unknown) => void }) =>
      o.success?.({ tempFilePath: 'wxfile://poster.png' }),
    );
    const route = 'pages/result/result';
    const expected = await openedIn(route, 'en');
    wxMock.storage.set('lang.v1', 'zh');
    const page = await renderPage(route, QUERIES[route]);
    await page.tap('#poster');
    await new Promise((r) => setTimeout(r, 5));
    expect(page.$('.poster-layer')).toBeDefined();
    const away = await renderPage('pages/about/about');
    await away.tap('.lang-en');
    away.detach();
    (page.page.onShow as () => void).call(page.page);
    await new Promise((r) => setTimeout(r, 5));
    // The poster on screen was drawn in Chinese: it goes, rather than stay with its buttons' labels gone.
    expect(page.$('.poster-layer')).toBeUndefined();
    expect(await seen(page, lastTitle())).toEqual(expected);
    page.detach();
  });
});
