import type * as LibraryEnModule from '../../miniprogram/domain/library-en/library-en';
import type * as EngineEnModule from '../../miniprogram/domain/engine-en/engine-en';
import type * as AppEnModule from '../../miniprogram/domain/app-en/app-en';
import type * as FactsEnModule from '../../miniprogram/domain/facts-en/facts-en';
import type * as QuizEnModule from '../../miniprogram/domain/quiz-en/quiz-en';
import type * as StringsModule from '../../miniprogram/domain/i18n/strings';
import type * as TextModule from '../../miniprogram/domain/text';
import { encodeAnswers } from '../../miniprogram/domain/links/share-codec';
import { PERSONAS } from '../domain/personas';
import { nextDownload as nextDownloadOf } from '../helpers/downloads';
import { t } from '../helpers/strings';
import { renderPage, sleep } from '../helpers/simulate';
import { installWxMock, WxMock } from '../helpers/wx-mock';

/**
 * The English of the library, of the rows and of the recommendation are subpackages of their own (domain/library-en,
 * domain/facts-en, domain/engine-en): an English reader's page loads them beside the library, the rows or the
 * result views, a Chinese reader never does. If one does not download, the page still renders, its own words in English and those
 * texts in Chinese, and the next page tries again.
 */
const requireLibraryEn = jest.fn<PromiseLike<typeof LibraryEnModule>, []>();
const requireEngineEn = jest.fn<PromiseLike<typeof EngineEnModule>, []>();
const requireAppEn = jest.fn<PromiseLike<typeof AppEnModule>, []>();
const requireFactsEn = jest.fn<PromiseLike<typeof FactsEnModule>, []>();
const requireQuizEn = jest.fn<PromiseLike<typeof QuizEnModule>, []>();
/**
 * A subpackage's module loaded afresh, without the English test/setup.ts adds for the tests that read the domain.
 * Its registry has a main package of its own, whose strings and texts get their English as the page's have (on a phone the
 * two are one module).
 */
function fresh(module: string): Promise<unknown> {
  return Promise.resolve(freshTogether(module)[0]);
}
/** Modules of several subpackages in one such registry, as on a phone (the library and the views that read it). */
function freshTogether(...modules: string[]): unknown[] {
  let loaded: unknown[] = [];
  jest.isolateModules(() => {
    loaded = modules.map((module) => jest.requireActual(module));
    const en = jest.requireActual<typeof AppEnModule>('../../miniprogram/domain/app-en/app-en');
    jest.requireActual<typeof StringsModule>('../../miniprogram/domain/i18n/strings').addAppEnglish(en.APP_EN);
    jest.requireActual<typeof TextModule>('../../miniprogram/domain/text').addEnglish(en.APP_TEXTS_EN);
    const quiz = jest.requireActual<typeof QuizEnModule>('../../miniprogram/domain/quiz-en/quiz-en');
    jest.requireActual<typeof TextModule>('../../miniprogram/domain/text').addEnglish(quiz.QUIZ_TEXTS_EN);
  });
  return loaded;
}
// The library and the guide views, loaded once per page load (each render has its own platform modules).
let libraryAndViews: unknown[] | null = null;
const libraryPart = (index: number): Promise<unknown> => {
  if (index === 0 || !libraryAndViews)
    libraryAndViews = freshTogether(
      '../../miniprogram/domain/library/library',
      '../../miniprogram/domain/guide-views/guide-views',
    );
  return Promise.resolve(libraryAndViews[index]);
};
jest.mock('../../miniprogram/platform/async-modules', () => ({
  ...jest.requireActual('../helpers/async-modules'),
  requireLibrary: () => libraryPart(0),
  requireGuideViews: () => libraryPart(1),
  requireEngine: () => fresh('../../miniprogram/domain/recommendation/engine'),
  requireResultViews: () => fresh('../../miniprogram/domain/result-views/result-views'),
  requireLibraryEn: () => requireLibraryEn(),
  requireEngineEn: () => requireEngineEn(),
  requireAppEn: () => requireAppEn(),
  requireFactsEn: () => requireFactsEn(),
  requireQuizEn: () => requireQuizEn(),
}));
const ENGINE_EN = jest.requireActual<typeof EngineEnModule>('../../miniprogram/domain/engine-en/engine-en');
const LIBRARY_EN = jest.requireActual<typeof LibraryEnModule>('../../miniprogram/domain/library-en/library-en');
const APP_EN = jest.requireActual<typeof AppEnModule>('../../miniprogram/domain/app-en/app-en');
const QUIZ_EN = jest.requireActual<typeof QuizEnModule>('../../miniprogram/domain/quiz-en/quiz-en');

let wxMock: WxMock;
beforeEach(() => {
  wxMock = installWxMock();
  requireLibraryEn.mockReset();
  requireEngineEn.mockReset();
  requireAppEn.mockReset();
  requireFactsEn.mockReset();
  requireQuizEn.mockReset();
  requireQuizEn.mockImplementation(() => jest.requireActual('../helpers/async-modules').requireQuizEn());
  // There at once unless a test makes them slow.
  requireAppEn.mockImplementation(() => jest.requireActual('../helpers/async-modules').requireAppEn());
  requireFactsEn.mockImplementation(() => jest.requireActual('../helpers/async-modules').requireFactsEn());
});

/** A download of the next requireLibraryEn call, ending when the test says so. */
const nextDownload = () => nextDownloadOf(requireLibraryEn, LIBRARY_EN, 'domain/library-en/library-en.js');

// The service account's deciding line of who may register (the library's, domain/library-en), in each language.
const WHO_CELL_ZH = '仅组织，含个体工商户；个人不可';
const WHO_CELL_EN = 'Organisations only, including individual businesses; not individuals';
// The service account's first fact ("what it is"), in each language.
const WHO_ZH = '为企业和组织提供业务服务和用户管理';
const WHO_EN = 'Gives enterprises and organisations business services';

describe("an English reader's app strings", () => {
  const appDownload = () => nextDownloadOf(requireAppEn, APP_EN, 'domain/app-en/app-en.js');

  it('are waited for by every page, home too, which then reads in English', async () => {
    wxMock.storage.set('lang.v1', 'en');
    const download = appDownload();
    const page = await renderPage('pages/home/home');
    // The waiting line's English comes with the main package.
    expect(page.text()).toBe(t('notice.loading', 'en'));
    expect(wxMock.setNavigationBarTitle).toHaveBeenLastCalledWith(
      expect.objectContaining({ title: t('app.title', 'en') }),
    );
    download.finish();
    await sleep();
    expect(page.text()).toContain(t('home.headline', 'en'));
    expect(page.text()).not.toContain(t('home.headline', 'zh'));
    page.detach();
  });

  it('leave a page in Chinese when they do not download, never blank; the next page tries again', async () => {
    wxMock.storage.set('lang.v1', 'en');
    appDownload().fail();
    const page = await renderPage('pages/home/home');
    await sleep();
    expect(page.text()).not.toContain(t('notice.loading', 'en'));
    expect(page.text()).toContain(t('home.headline', 'zh'));
    page.detach();
    const again = await renderPage('pages/home/home');
    await sleep();
    expect(again.text()).toContain(t('home.headline', 'en'));
    again.detach();
  });

  it('are never downloaded for a Chinese reader', async () => {
    wxMock.storage.set('lang.v1', 'zh');
    const page = await renderPage('pages/home/home');
    expect(page.text()).toContain(t('home.headline', 'zh'));
    expect(requireAppEn).not.toHaveBeenCalled();
    page.detach();
  });
});

describe("an English reader's quiz", () => {
  // The questions' English (domain/quiz-en), which home and a type page never need.
  const quizDownload = () => nextDownloadOf(requireQuizEn, QUIZ_EN, 'domain/quiz-en/quiz-en.js');
  const FIRST_ZH = '谁来申请？';
  const FIRST_EN = 'Who is applying?';

  it('waits for the questions in English, then reads in English', async () => {
    wxMock.storage.set('lang.v1', 'en');
    const download = quizDownload();
    const page = await renderPage('pages/quiz/quiz');
    expect(page.text()).toBe(t('notice.loading', 'en'));
    download.finish();
    await sleep();
    expect(page.text()).toContain(FIRST_EN);
    expect(page.text()).toContain(t('quiz.next', 'en'));
    page.detach();
  });

  it('reads in Chinese, never blank, when they do not download; the next page tries again', async () => {
    wxMock.storage.set('lang.v1', 'en');
    // Failing every time while the page is open (its prefetch of what comes next tries again).
    requireQuizEn.mockImplementation(() => Promise.reject({ errMsg: 'loadSubpackage: fail' }));
    const page = await renderPage('pages/quiz/quiz');
    await sleep();
    expect(page.text()).toContain(FIRST_ZH);
    // The quiz's own words come with the app's strings (domain/app-en), which did download.
    expect(page.text()).toContain(t('quiz.next', 'en'));
    page.detach();
    requireQuizEn.mockImplementation(() => jest.requireActual('../helpers/async-modules').requireQuizEn());
    const again = await renderPage('pages/quiz/quiz');
    await sleep();
    expect(again.text()).toContain(FIRST_EN);
    again.detach();
  });

  it('is never downloaded for a Chinese reader, nor before a type page renders; home fetches it for what is next', async () => {
    wxMock.storage.set('lang.v1', 'zh');
    (await renderPage('pages/quiz/quiz')).detach();
    (await renderPage('pages/home/home')).detach();
    wxMock.storage.set('lang.v1', 'en');
    (await renderPage('pages/account/account', { type: 'service' })).detach();
    expect(requireQuizEn).not.toHaveBeenCalled();
    (await renderPage('pages/home/home')).detach();
    expect(requireQuizEn).toHaveBeenCalledTimes(1);
  });
});

describe("an English reader's facts", () => {
  it("read in Chinese at once, the library's English showing once it arrives beside it", async () => {
    wxMock.storage.set('lang.v1', 'en');
    const download = nextDownload();
    const page = await renderPage('pages/account/account', { type: 'service' });
    await sleep();
    expect(page.text()).not.toContain(t('notice.loading', 'en'));
    expect(page.text()).toContain(t('section.decide', 'en'));
    expect(page.text()).toContain(WHO_CELL_ZH);
    download.finish();
    await sleep();
    expect(page.text()).toContain(WHO_CELL_EN);
    expect(page.text()).not.toContain(WHO_CELL_ZH);
    expect(page.text()).toContain(WHO_EN);
    expect(page.text()).not.toContain(WHO_ZH);
    page.detach();
  });

  it('read in Chinese under English headings when their English does not download; the next page tries again', async () => {
    wxMock.storage.set('lang.v1', 'en');
    nextDownload().fail();
    // The rows' English (domain/facts-en), which the rows bring after the page rendered, does not download either.
    requireFactsEn.mockReturnValueOnce(Promise.reject({ errMsg: 'loadSubpackage: fail' }));
    const page = await renderPage('pages/account/account', { type: 'service' });
    await sleep();
    expect(page.text()).not.toContain(t('notice.loading', 'en'));
    expect(page.text()).not.toContain(t('notice.loadFailed', 'en'));
    expect(page.text()).toContain(t('section.decide', 'en'));
    expect(page.text()).toContain(WHO_ZH);
    page.detach();
    nextDownload().finish();
    const again = await renderPage('pages/account/account', { type: 'service' });
    await sleep();
    expect(again.text()).toContain(WHO_EN);
    again.detach();
  });

  it('are never downloaded for a Chinese reader', async () => {
    wxMock.storage.set('lang.v1', 'zh');
    const page = await renderPage('pages/account/account', { type: 'service' });
    expect(page.text()).toContain(WHO_ZH);
    expect(requireLibraryEn).not.toHaveBeenCalled();
    expect(requireFactsEn).not.toHaveBeenCalled();
    page.detach();
  });
});

describe("an English reader's result", () => {
  // P7: a government body that sends notices.
  const code = encodeAnswers(PERSONAS.P7);

  it('renders in Chinese once the engine is there, and in English once its English arrives', async () => {
    wxMock.storage.set('lang.v1', 'en');
    let finish = (): void => undefined;
    requireEngineEn.mockReturnValueOnce(new Promise((resolve) => (finish = () => resolve(ENGINE_EN))));
    const page = await renderPage('pages/result/result', { a: code });
    await sleep();
    expect(page.text()).not.toContain(t('notice.loading', 'en'));
    expect(page.text()).toContain(t('result.headline', 'zh'));
    const titles = wxMock.setNavigationBarTitle.mock.calls.length;
    finish();
    await sleep();
    expect(page.text()).toContain(t('result.headline', 'en'));
    expect(page.text()).not.toMatch(/[\u4e00-\u9fff]{8,}/);
    // Rendered once more, in full, with its title.
    expect(wxMock.setNavigationBarTitle.mock.calls.length).toBe(titles + 1);
    page.detach();
  });

  it("leaves a page it does not change as it is (home, whose words are the app's)", async () => {
    wxMock.storage.set('lang.v1', 'en');
    let finish = (): void => undefined;
    // Home fetches the engine for what comes next; its English arrives while home is on screen.
    requireEngineEn.mockReturnValueOnce(new Promise((resolve) => (finish = () => resolve(ENGINE_EN))));
    const page = await renderPage('pages/home/home');
    await sleep();
    expect(requireEngineEn).toHaveBeenCalledTimes(1);
    const titles = wxMock.setNavigationBarTitle.mock.calls.length;
    const before = page.text();
    finish();
    await sleep();
    expect(wxMock.setNavigationBarTitle.mock.calls.length).toBe(titles);
    expect(page.text()).toBe(before);
    page.detach();
  });

  it('is not shown on a page that has gone', async () => {
    wxMock.storage.set('lang.v1', 'en');
    let finish = (): void => undefined;
    requireEngineEn.mockReturnValueOnce(new Promise((resolve) => (finish = () => resolve(ENGINE_EN))));
    const page = await renderPage('pages/result/result', { a: code });
    await sleep();
    page.detach();
    const titles = wxMock.setNavigationBarTitle.mock.calls.length;
    finish();
    await sleep();
    expect(wxMock.setNavigationBarTitle.mock.calls.length).toBe(titles);
  });

  it('reads in Chinese, never blank, when its English does not download', async () => {
    wxMock.storage.set('lang.v1', 'en');
    requireEngineEn.mockReturnValueOnce(Promise.reject({ errMsg: 'loadSubpackage: fail' }));
    const page = await renderPage('pages/result/result', { a: code });
    await sleep();
    expect(page.text()).not.toContain(t('notice.loadFailed', 'en'));
    expect(page.text()).toContain(t('result.headline', 'zh'));
    expect(page.text()).toMatch(/[\u4e00-\u9fff]{8,}/);
    page.detach();
  });
});
