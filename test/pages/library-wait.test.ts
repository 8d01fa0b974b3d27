import * as fs from 'fs';
import * as path from 'path';
import type * as LibraryModule from '../../miniprogram/domain/library/library';
import type * as GuideViewsModule from '../../miniprogram/domain/guide-views/guide-views';
import { nextDownload as nextDownloadOf } from '../helpers/downloads';
import { t } from '../helpers/strings';
import { renderRecorded } from '../helpers/set-data-recorder';
import { renderPage, sleep } from '../helpers/simulate';
import { installWxMock, WxMock } from '../helpers/wx-mock';
import { APP_PAGES, waitForOf } from '../helpers/app-pages';

/**
 * The pages that show facts wait for the library subpackage (require.async, platform/library.ts). Elsewhere in the
 * tests it is already there; here it downloads slowly, fails, or cannot load on an old base library. The page
 * says that it loads, then renders as usual; a failed download says so with a retry that works; nothing throws.
 */
const requireLibrary = jest.fn<PromiseLike<typeof LibraryModule>, []>();
// The component that shows the fact rows (its own subpackage): counted, there at once.
const requireFactItem = jest.fn(() => jest.requireActual('../helpers/async-modules').requireFactItem());
// The rows (their own subpackage, test/pages/facts-wait.test.ts): there at once.
const requireGuideViews = jest.fn(() => jest.requireActual('../helpers/async-modules').requireGuideViews());
const requireFacts = jest.fn(() => jest.requireActual('../helpers/async-modules').requireFacts());
// The recommendation subpackage (the plan waits for it too) is there at once unless a test makes it slow.
let requireEngine: (() => PromiseLike<unknown>) | null = null;
jest.mock('../../miniprogram/platform/async-modules', () => ({
  requireLibrary: () => requireLibrary(),
  requireEngine: () => (requireEngine ?? jest.requireActual('../helpers/async-modules').requireEngine)(),
  requireResultViews: () => jest.requireActual('../helpers/async-modules').requireResultViews(),
  requireGuideViews: () => requireGuideViews(),
  requireSources: () => jest.requireActual('../helpers/async-modules').requireSources(),
  requireLibraryEn: () => jest.requireActual('../helpers/async-modules').requireLibraryEn(),
  requireEngineEn: () => jest.requireActual('../helpers/async-modules').requireEngineEn(),
  requireFactItem: () => requireFactItem(),
  requireAppEn: () => jest.requireActual('../helpers/async-modules').requireAppEn(),
  requireFacts: () => requireFacts(),
  requireFactsEn: () => jest.requireActual('../helpers/async-modules').requireFactsEn(),
  requireSteps: () => jest.requireActual('../helpers/async-modules').requireSteps(),
  requireStepsEn: () => jest.requireActual('../helpers/async-modules').requireStepsEn(),
}));
const LIBRARY = jest.requireActual<typeof LibraryModule>('../../miniprogram/domain/library/library');

let wxMock: WxMock;
beforeEach(() => {
  wxMock = installWxMock();
  requireLibrary.mockReset();
  requireEngine = null;
});

/** A download of the next requireLibrary call, ending when the test says so. */
const slowDownload = () => nextDownloadOf(requireLibrary, LIBRARY, 'domain/library/library.js');

// What only the rendered type page shows: its 先看这几点 heading.
const serviceName = jest
  .requireActual<typeof GuideViewsModule>('../../miniprogram/domain/guide-views/guide-views')
  .accountPageData('service', 'zh', false).ui.decide;

describe('home', () => {
  it('starts downloading the library, its rows and the component that shows them, once', async () => {
    requireLibrary.mockImplementation(() => jest.requireActual('../helpers/async-modules').requireLibrary());
    requireFactItem.mockClear();
    requireFacts.mockClear();
    requireGuideViews.mockClear();
    const page = await renderPage('pages/home/home');
    expect(requireLibrary).toHaveBeenCalledTimes(1);
    expect(requireGuideViews).toHaveBeenCalledTimes(1);
    expect(requireFacts).toHaveBeenCalledTimes(1);
    expect(requireFactItem).toHaveBeenCalledTimes(1);
    page.detach();
  });
});

describe('a page that waits for the library', () => {
  it('says it is loading in one small setData, then renders the page as usual', async () => {
    const download = slowDownload();
    const { rendered: page, load } = await renderRecorded('pages/account/account', { type: 'service' });
    expect(page.text()).toContain(t('notice.loading', 'zh'));
    expect(page.text()).not.toContain(serviceName);
    expect(wxMock.setNavigationBarTitle).toHaveBeenLastCalledWith(
      expect.objectContaining({ title: t('app.title', 'zh') }),
    );
    expect(load.calls).toBe(1);
    expect(load.bytes).toBeLessThan(200);
    download.finish();
    await sleep();
    expect(page.text()).not.toContain(t('notice.loading', 'zh'));
    expect(page.text()).toContain(serviceName);
    expect(page.$('.opening')).toBeUndefined();
    page.detach();
  });

  it('says a failed download failed, and its retry loads the page', async () => {
    const first = slowDownload();
    const page = await renderPage('pages/plan/plan', { type: 'service' });
    first.fail();
    await sleep();
    expect(page.text()).toContain(t('notice.loadFailed', 'zh'));
    expect(page.text()).toContain(t('common.retry', 'zh'));
    const second = slowDownload();
    await page.tap('.waiting-retry');
    expect(page.text()).toContain(t('notice.loading', 'zh'));
    second.finish();
    await sleep();
    expect(page.text()).toContain(t('page.plan.title', 'zh'));
    expect(page.text()).not.toContain(t('notice.loadFailed', 'zh'));
    page.detach();
  });

  it('fails gently on a base library without require.async, in the reader language', async () => {
    wxMock.storage.set('lang.v1', 'en');
    requireLibrary.mockImplementation(() => {
      throw new TypeError('require.async is not a function');
    });
    for (const route of ['pages/about/about', 'pages/overseas/overseas']) {
      const page = await renderPage(route);
      expect(page.text()).toContain(t('notice.loadFailed', 'en'));
      expect(page.text()).toContain(t('common.retry', 'en'));
      page.detach();
    }
  });

  it('ignores taps and shares before the library is there', async () => {
    slowDownload();
    const page = await renderPage('pages/account/account', { type: 'service' });
    const instance = page.page as unknown as Record<string, (event?: unknown) => unknown>;
    expect(() => instance.onToggle({ currentTarget: { dataset: { index: 0 } } })).not.toThrow();
    expect(instance.onShareAppMessage()).toBeUndefined();
    page.detach();
  });

  it('holds a type page until its views are there too, and a plan never asks for them', async () => {
    requireLibrary.mockImplementation(() => jest.requireActual('../helpers/async-modules').requireLibrary());
    const views = jest.requireActual<typeof GuideViewsModule>('../../miniprogram/domain/guide-views/guide-views');
    let finish = (): void => undefined;
    requireGuideViews.mockImplementationOnce(() => new Promise((resolve) => (finish = () => resolve(views))));
    const page = await renderPage('pages/account/account', { type: 'service' });
    expect(page.text()).toContain(t('notice.loading', 'zh'));
    expect(page.text()).not.toContain(serviceName);
    finish();
    await sleep();
    expect(page.text()).toContain(serviceName);
    page.detach();

    requireGuideViews.mockClear();
    const plan = await renderPage('pages/plan/plan', { type: 'service' });
    expect(plan.text()).toContain(t('page.plan.title', 'zh'));
    expect(requireGuideViews).not.toHaveBeenCalled();
    plan.detach();
  });

  it('holds a shared result until the recommender is there, then shows it', async () => {
    let finish = (): void => undefined;
    const engine = jest.requireActual('../../miniprogram/domain/recommendation/engine');
    requireEngine = () => new Promise((resolve) => (finish = () => resolve(engine)));
    const page = await renderPage('pages/result/result', { a: '2BHqqJ' });
    expect(page.text()).toContain(t('notice.loading', 'zh'));
    finish();
    await sleep();
    expect(page.text()).not.toContain(t('notice.loading', 'zh'));
    expect(page.text()).toContain(t('result.headline', 'zh'));
    page.detach();
  });

  it('is every page whose spec waits, and each shows the waiting line instead of a blank', () => {
    const wxml = (page: string) =>
      fs.readFileSync(path.resolve(__dirname, '../../miniprogram', `${page}.wxml`), 'utf8');
    const waiting = APP_PAGES.filter((page) => waitForOf(page) !== undefined);
    expect(waiting.length).toBeGreaterThanOrEqual(6);
    for (const page of waiting) expect([page, wxml(page)]).toEqual([page, expect.stringContaining('is="waiting"')]);
  });
});
