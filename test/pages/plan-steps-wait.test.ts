import type * as StepsModule from '../../miniprogram/domain/steps/steps';
import type * as PlanEnModule from '../../miniprogram/domain/plan-en/plan-en';
import { nextDownload } from '../helpers/downloads';
import { t } from '../helpers/strings';
import { renderPage, sleep } from '../helpers/simulate';
import { installWxMock, WxMock } from '../helpers/wx-mock';

/**
 * A Chinese reader's plan renders before its launch steps have downloaded (domain/steps): its head and summary need
 * none of them, its steps' group says they load and fills in as they come; a failed download says so with a retry.
 * An English reader's does the same, and waits only for the English of the plan's own words (domain/plan-en).
 */
const requireSteps = jest.fn<PromiseLike<typeof StepsModule>, []>();
const requirePlanEn = jest.fn<PromiseLike<typeof PlanEnModule>, []>();
jest.mock('../../miniprogram/platform/async-modules', () => ({
  ...jest.requireActual('../helpers/async-modules'),
  requireSteps: () => requireSteps(),
  requirePlanEn: () => requirePlanEn(),
}));
const PLAN_EN = jest.requireActual<typeof PlanEnModule>('../../miniprogram/domain/plan-en/plan-en');
const STEPS = jest.requireActual<typeof StepsModule>('../../miniprogram/domain/steps/steps');
const slowSteps = () => nextDownload(requireSteps, STEPS, 'domain/steps/steps.js');

let wxMock: WxMock;
beforeEach(() => {
  wxMock = installWxMock();
  requireSteps.mockReset();
  requireSteps.mockImplementation(() => jest.requireActual('../helpers/async-modules').requireSteps());
  requirePlanEn.mockReset();
  requirePlanEn.mockImplementation(() => jest.requireActual('../helpers/async-modules').requirePlanEn());
});

// The service account's first step, as its title reads.
const FIRST_STEP_ZH = '注册，选择“服务号”（不能更改），登记信息';
const FIRST_STEP_EN = 'Register, choose service account (服务号; irreversible), register information';

describe("a Chinese reader's plan", () => {
  it('shows its head and summary at once, says its steps load, and fills them in as they come', async () => {
    const download = slowSteps();
    const page = await renderPage('pages/plan/plan', { type: 'service' });
    expect(page.text()).toContain(t('plan.time', 'zh'));
    expect(page.text()).toContain(t('plan.prepare', 'zh'));
    expect(page.$('.steps-wait')?.dom.textContent).toContain(t('notice.loading', 'zh'));
    expect(page.$$('.step')).toHaveLength(0);
    download.finish();
    await sleep();
    expect(page.$('.steps-wait')).toBeUndefined();
    expect(page.$$('.step').length).toBeGreaterThan(3);
    expect(page.text()).toContain(FIRST_STEP_ZH);
    page.detach();
  });

  it('says when its steps could not download, and its retry fills them in', async () => {
    const first = slowSteps();
    const page = await renderPage('pages/plan/plan', { type: 'service' });
    first.fail();
    await sleep();
    expect(page.$('.steps-wait')?.dom.textContent).toContain(t('notice.loadFailed', 'zh'));
    expect(page.text()).toContain(t('plan.time', 'zh'));
    const second = slowSteps();
    await page.tap('#retry-steps');
    expect(page.$('.steps-wait')?.dom.textContent).toContain(t('notice.loading', 'zh'));
    second.finish();
    await sleep();
    expect(page.$('.steps-wait')).toBeUndefined();
    expect(page.text()).toContain(FIRST_STEP_ZH);
    page.detach();
  });

  it('ignores taps on its group before the steps are there', async () => {
    slowSteps();
    const page = await renderPage('pages/plan/plan', { type: 'service' });
    const instance = page.page as unknown as Record<string, (event?: unknown) => unknown>;
    expect(() => instance.onTick({ currentTarget: { dataset: { group: 0, index: 0 } } })).not.toThrow();
    expect(() => instance.onStepDetails({ currentTarget: { dataset: { group: 0, index: 0 } } })).not.toThrow();
    expect(page.$$('.step')).toHaveLength(0);
    page.detach();
  });
});

describe("an English reader's plan", () => {
  it('shows its head and summary in English before its steps, which fill in, in English', async () => {
    wxMock.storage.set('lang.v1', 'en');
    const download = slowSteps();
    const page = await renderPage('pages/plan/plan', { type: 'service' });
    expect(page.text()).toContain(t('plan.time', 'en'));
    expect(page.text()).toContain(t('plan.prepare', 'en'));
    expect(page.$('.steps-wait')?.dom.textContent).toContain(t('notice.loading', 'en'));
    download.finish();
    await sleep();
    expect(page.$('.steps-wait')).toBeUndefined();
    expect(page.text()).toContain(FIRST_STEP_EN);
    expect(page.text()).not.toContain(FIRST_STEP_ZH);
    page.detach();
  });

  // (Without that English its words read in Chinese: test/domain/english-catalogs.test.ts reads a library without it.)
  it('waits for the English of its own words, saying it loads, and still renders if they cannot download', async () => {
    wxMock.storage.set('lang.v1', 'en');
    const words = nextDownload(requirePlanEn, PLAN_EN, 'domain/plan-en/plan-en.js');
    const page = await renderPage('pages/plan/plan', { type: 'service' });
    expect(page.text()).toContain(t('notice.loading', 'en'));
    expect(page.text()).not.toContain(t('plan.time', 'en'));
    words.fail();
    await sleep();
    expect(page.text()).not.toContain(t('notice.loading', 'en'));
    expect(page.$$('.step').length).toBeGreaterThan(3);
    page.detach();
  });
});
