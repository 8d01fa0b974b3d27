import type * as SourcesModule from '../../miniprogram/domain/sources/sources';
import { encodeAnswers } from '../../miniprogram/domain/links/share-codec';
import { PERSONAS } from '../domain/personas';
import { nextDownload as nextDownloadOf } from '../helpers/downloads';
import { t } from '../helpers/strings';
import { readable, Rendered, renderPage, sleep } from '../helpers/simulate';
import { installWxMock, WxMock } from '../helpers/wx-mock';

/**
 * The Sources table is a subpackage of its own (domain/sources), which no cold start downloads: a page with facts
 * starts its download once it rendered, a source drawer or a plan step's details wait for it, and the about page
 * (whose list it is) waits for it before it renders. Here it downloads slowly or fails; the page never throws,
 * says that it loads, and a failed download is tried again by the next tap.
 */
const requireSources = jest.fn<PromiseLike<typeof SourcesModule>, []>();
jest.mock('../../miniprogram/platform/async-modules', () => ({
  ...jest.requireActual('../helpers/async-modules'),
  requireSources: () => requireSources(),
}));
const SOURCES = jest.requireActual<typeof SourcesModule>('../../miniprogram/domain/sources/sources');

let wxMock: WxMock;
beforeEach(() => {
  wxMock = installWxMock();
  requireSources.mockReset();
});

/** A download of the next requireSources call, ending when the test says so. */
const nextDownload = () => nextDownloadOf(requireSources, SOURCES, 'domain/sources/sources.js');

const lastToast = (): unknown => wxMock.showToast.mock.calls.at(-1)?.[0];

// Each render loads the page's modules afresh (test/helpers/simulate.ts), as a cold start would: the sources start
// unloaded in every test.
describe('the sources subpackage', () => {
  const line = (page: Rendered): string => readable(page.$$('.decide-line')[0]?.dom);
  const tapLine = async (page: Rendered): Promise<void> => {
    page.$$('.decide-line')[0].querySelector('.line-source')!.dispatchEvent('tap');
    await sleep();
  };

  it('hold the about page, whose list they are, and a failed download offers a retry there', async () => {
    const download = nextDownload();
    const about = await renderPage('pages/about/about');
    expect(about.text()).toContain(t('notice.loading', 'zh'));
    download.fail();
    await sleep();
    expect(about.text()).toContain(t('notice.loadFailed', 'zh'));
    expect(about.text()).not.toContain(t('about.sourcesTitle', 'zh'));
    const retry = nextDownload();
    await about.tap('.waiting-retry');
    retry.finish();
    await sleep();
    expect(about.text()).toContain(t('about.sourcesTitle', 'zh'));
    about.detach();
  });

  it('start downloading once a type page rendered; a drawer opened meanwhile says it loads, then shows them', async () => {
    const prefetch = nextDownload();
    const page = await renderPage('pages/account/account', { type: 'enterprise' });
    expect(requireSources).toHaveBeenCalledTimes(1);
    await tapLine(page);
    expect(line(page)).toContain(t('notice.loading', 'zh'));
    prefetch.finish();
    await sleep();
    expect(line(page)).toMatch(/来源.+ · .+最后核对2026-1[12]-\d\d$/);
    expect(requireSources).toHaveBeenCalledTimes(1);
    page.detach();
  });

  it('say a failed download failed, try again on the next tap, and keep a drawer closed meanwhile closed', async () => {
    nextDownload().fail();
    const page = await renderPage('pages/account/account', { type: 'enterprise' });
    await sleep();
    const failing = nextDownload();
    await tapLine(page);
    expect(line(page)).toContain(t('notice.loading', 'zh'));
    failing.fail();
    await sleep();
    expect(line(page)).not.toContain(t('notice.loading', 'zh'));
    expect(line(page)).not.toContain(t('fact.checked', 'zh'));
    expect(lastToast()).toEqual(expect.objectContaining({ title: t('notice.sourcesFailed', 'zh') }));
    const closedMeanwhile = nextDownload();
    await tapLine(page);
    await tapLine(page);
    closedMeanwhile.finish();
    await sleep();
    expect(line(page)).not.toContain(t('fact.checked', 'zh'));
    await tapLine(page);
    expect(line(page)).toContain(t('fact.checked', 'zh'));
    expect(requireSources).toHaveBeenCalledTimes(3);
    page.detach();
  });

  it("say so when a plan step's details cannot get them, and open the details on the next tap", async () => {
    nextDownload().fail();
    const plan = await renderPage('pages/plan/plan', { a: encodeAnswers(PERSONAS.P7), own: '1' });
    await sleep();
    const tap = nextDownload();
    plan.$$('.details-toggle')[0].dispatchEvent('tap');
    tap.fail();
    await sleep();
    expect(lastToast()).toEqual(expect.objectContaining({ title: t('notice.sourcesFailed', 'zh') }));
    expect(plan.$$('.details')).toHaveLength(0);
    const works = nextDownload();
    plan.$$('.details-toggle')[0].dispatchEvent('tap');
    works.finish();
    await sleep();
    expect(readable(plan.$$('.details')[0]?.dom)).toContain(t('fact.checked', 'zh'));
    plan.detach();
  });
});
