import type * as FactsModule from '../../miniprogram/domain/facts/facts';
import type * as StepsModule from '../../miniprogram/domain/steps/steps';
import { nextDownload as nextDownloadOf } from '../helpers/downloads';
import { encodeAnswers } from '../../miniprogram/domain/links/share-codec';
import { PERSONAS } from '../domain/personas';
import { t } from '../helpers/strings';
import { renderPage, sleep, tapAt } from '../helpers/simulate';
import { installWxMock, WxMock } from '../helpers/wx-mock';

/**
 * The rows are two subpackages of their own, the launch steps and companions (domain/steps) and the facts
 * (domain/facts), which a type page does not wait for: it renders its head, the lines that decide and its sections'
 * titles from the library, and fills a section as the rows arrive. A plan needs the steps only, and a Chinese
 * reader's renders before them (test/pages/plan-steps-wait.test.ts). Here they
 * download slowly or fail; the page or the section says so, its retry works, and nothing throws.
 */
const requireFacts = jest.fn<PromiseLike<typeof FactsModule>, []>();
const requireSteps = jest.fn<PromiseLike<typeof StepsModule>, []>();
/** The library without rows, as a phone has it before the facts subpackage arrives (test/setup.ts adds them). */
function freshLibrary(): Promise<unknown> {
  let loaded: unknown;
  jest.isolateModules(() => {
    loaded = jest.requireActual('../../miniprogram/domain/library/library');
  });
  return Promise.resolve(loaded);
}
jest.mock('../../miniprogram/platform/async-modules', () => ({
  ...jest.requireActual('../helpers/async-modules'),
  requireLibrary: () => freshLibrary(),
  requireFacts: () => requireFacts(),
  requireSteps: () => requireSteps(),
}));
const FACTS = jest.requireActual<typeof FactsModule>('../../miniprogram/domain/facts/facts');
const STEPS = jest.requireActual<typeof StepsModule>('../../miniprogram/domain/steps/steps');

let wxMock: WxMock;
beforeEach(() => {
  wxMock = installWxMock();
  requireFacts.mockReset();
  requireSteps.mockReset();
  // The steps are there at once, unless a test makes them slow.
  requireSteps.mockImplementation(() => Promise.resolve(STEPS));
});

const download = () => nextDownloadOf(requireFacts, FACTS, 'domain/facts/facts.js');

// A service account's head (its summary), its first fact ("what it is") and a fact of its second section.
const SUMMARY = '为组织提供业务服务和用户管理';
const DEFINITION = '为企业和组织提供业务服务和用户管理，以服务交互为主';
const WHO = '仅限组织，包括个体工商户；个人不能注册服务号。';

describe('a type page before its rows arrive', () => {
  it('shows its head and the lines that decide, its first section saying it loads, then fills it', async () => {
    const rows = download();
    const page = await renderPage('pages/account/account', { type: 'service' });
    expect(page.text()).toContain(SUMMARY);
    expect(page.text()).toContain(t('section.decide', 'zh'));
    expect(page.$$('.decide-line').length).toBeGreaterThanOrEqual(3);
    expect(page.$('.section-definition')?.dom.textContent).toContain(t('notice.loading', 'zh'));
    expect(page.text()).not.toContain(DEFINITION);
    rows.finish();
    await sleep();
    expect(page.text()).toContain(DEFINITION);
    expect(page.text()).not.toContain(t('notice.loading', 'zh'));
    page.detach();
  });

  it('says in the section that they did not download, and its retry fills it', async () => {
    const first = download();
    const page = await renderPage('pages/account/account', { type: 'service' });
    first.fail();
    await sleep();
    const body = () => page.$('.section-definition')?.dom.textContent ?? '';
    expect(body()).toContain(t('notice.loadFailed', 'zh'));
    const second = download();
    await page.tap('.retry-section');
    expect(body()).toContain(t('notice.loading', 'zh'));
    second.finish();
    await sleep();
    expect(body()).toContain(DEFINITION);
    expect(body()).not.toContain(t('notice.loadFailed', 'zh'));
    page.detach();
  });

  it('opens a section tapped meanwhile saying it loads, and fills it too', async () => {
    const rows = download();
    const page = await renderPage('pages/account/account', { type: 'service' });
    await tapAt(page, '.section-head', 1);
    expect(page.$('.section-who')?.dom.textContent).toContain(t('notice.loading', 'zh'));
    rows.finish();
    await sleep();
    expect(page.$('.section-who')?.dom.textContent).toContain(WHO);
    expect(page.text()).toContain(DEFINITION);
    page.detach();
  });

  it('opens a source drawer tapped meanwhile once they are there', async () => {
    const rows = download();
    const page = await renderPage('pages/account/account', { type: 'service' });
    await page.tap('.decide-line');
    expect(page.$('.decide-line')?.dom.textContent).toContain(t('notice.loading', 'zh'));
    rows.finish();
    await sleep();
    expect(page.$('.decide-line')?.dom.textContent).toContain(t('fact.checked', 'zh'));
    expect(wxMock.showToast).not.toHaveBeenCalled();
    page.detach();
  });
});

describe('a page that lists rows from its first render', () => {
  it.each([
    ['pages/about/about', 'about.title', download],
    ['pages/overseas/overseas', 'overseas.title', download],
  ] as const)(
    '%s waits for them, says a failed download failed, and its retry loads the page',
    async (route, headline, download) => {
      const first = download();
      const page = await renderPage(route);
      expect(page.text()).toBe(t('notice.loading', 'zh'));
      first.fail();
      await sleep();
      expect(page.text()).toContain(t('notice.loadFailed', 'zh'));
      const second = download();
      await page.tap('.waiting-retry');
      second.finish();
      await sleep();
      expect(page.text()).not.toContain(t('notice.loadFailed', 'zh'));
      expect(page.text()).not.toContain(t('notice.loading', 'zh'));
      expect(page.text()).toContain(t(headline, 'zh'));
      page.detach();
    },
  );
});

it('a plan renders its steps without the facts, and a companion opens its sources without them', async () => {
  requireFacts.mockImplementation(() => new Promise(() => undefined));
  // P1, the individual blogger: an official account, with Channels beside it.
  const page = await renderPage('pages/plan/plan', { a: encodeAnswers(PERSONAS.P1), own: '1' });
  expect(page.text()).toContain(t('plan.steps', 'zh'));
  await page.tap('.companions .group-head');
  const companion = page.$$('.companion')[0];
  companion.querySelector('.fact-source-toggle')!.dispatchEvent('tap');
  await sleep();
  expect(companion.dom.textContent).toContain(`${t('fact.checked', 'zh')}2026-11-24`);
  expect(requireFacts).not.toHaveBeenCalled();
  page.detach();
});
