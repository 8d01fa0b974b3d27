import type * as StepsModule from '../../miniprogram/domain/steps/steps';
import { nextDownload } from '../helpers/downloads';
import { t } from '../helpers/strings';
import { renderPage, sleep } from '../helpers/simulate';
import { installWxMock, WxMock } from '../helpers/wx-mock';

/**
 * A Chinese reader's plan renders before its launch steps have downloaded (domain/steps): its head and summary need
 * none of them, its steps' group says they load and fills in as they come; a failed download says so with a retry.
 * An English reader's plan waits for them, as the English of the plan's own words comes with theirs.
 */
const requireSteps = jest.fn<PromiseLike<typeof StepsModule>, []>();
jest.mock('../../miniprogram/platform/async-modules', () => ({
  ...jest.requireActual('../helpers/async-modules'),
  requireSteps: () => requireSteps(),
}));
const STEPS = jest.requireActual<typeof StepsModule>('../../miniprogram/domain/steps/steps');
const slowSteps = () => nextDownload(requireSteps, STEPS, 'domain/steps/steps.js');

let wxMock: WxMock;
beforeEach(() => {
  wxMock = installWxMock();
  requireSteps.mockReset();
  requireSteps.mockImplementation(() => jest.requireActual('../helpers/async-modules').requireSteps());
});

// The service account's first step, as its title reads.
const FIRST_STEP_ZH = '注册，选择“服务号”（不能更改），登记信息';

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
  it('waits for its steps, saying it loads, and then renders in English', async () => {
    wxMock.storage.set('lang.v1', 'en');
    const download = slowSteps();
    const page = await renderPage('pages/plan/plan', { type: 'service' });
    expect(page.text()).toContain(t('notice.loading', 'en'));
    expect(page.text()).not.toContain(t('plan.time', 'en'));
    download.finish();
    await sleep();
    expect(page.text()).toContain(t('plan.time', 'en'));
    expect(page.$('.steps-wait')).toBeUndefined();
    expect(page.$$('.step').length).toBeGreaterThan(3);
    page.detach();
  });
});
