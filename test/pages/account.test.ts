import { ACCOUNT_TYPE_IDS } from '../../miniprogram/domain/account-types';
import { getAccountDetail } from '../../miniprogram/domain/account-views';
import { t } from '../../miniprogram/domain/i18n/strings';
import { LANGS, Lang } from '../../miniprogram/domain/text';
import { expectWithinSetDataBudget } from '../budgets/limits';
import { renderRecorded } from '../helpers/set-data-recorder';
import { renderPage, tapAt } from '../helpers/simulate';
import { installWxMock, WxMock } from '../helpers/wx-mock';
import { TEST_LINK_BASE, withConfig } from '../helpers/config-mock';

let wxMock: WxMock;
beforeEach(() => {
  wxMock = installWxMock();
});

const useLang = (lang: Lang): void => {
  wxMock.storage.set('lang.v1', lang);
};

describe.each(LANGS)('account detail in %s', (lang) => {
  it.each(ACCOUNT_TYPE_IDS)('%s: renders every section within the setData budget, loading closed ones on tap', async (type) => {
    useLang(lang);
    const detail = getAccountDetail(type, lang)!;
    const { rendered: page, recorder, load } = await renderRecorded('pages/account/account', { type });
    expectWithinSetDataBudget(load);

    let text = page.text();
    expect(text).toContain(detail.name);
    expect(text).toContain(detail.analogy);
    expect(text).toContain(t('section.warnings', lang));
    for (const tag of detail.tags) expect(text).toContain(tag);
    for (const warning of detail.warnings) expect(text).toContain(warning.text);
    for (const section of detail.sections) expect(text).toContain(section.title);
    expect(page.$$('.section-head')).toHaveLength(detail.sections.length);
    expect(wxMock.setNavigationBarTitle).toHaveBeenLastCalledWith(expect.objectContaining({ title: detail.name }));

    // Open every closed section: one setData each, within budget, and its facts appear.
    for (let i = 0; i < detail.sections.length; i++) {
      if (page.$(`.section-${detail.sections[i].key}`)) continue;
      recorder.take();
      await tapAt(page, '.section-head', i);
      expectWithinSetDataBudget(recorder.take());
      expect(page.$(`.section-${detail.sections[i].key}`)).toBeDefined();
    }
    text = page.text();
    for (const section of detail.sections) for (const fact of section.facts) expect(text).toContain(fact.text);
    // The "changed since 2017" note with the 2017 claim, wherever a fact changed.
    const changed = [...detail.warnings, ...detail.sections.flatMap((s) => s.facts)].filter((f) => f.changed);
    if (changed.length > 0) expect(text).toContain(t('fact.changed', lang));
    for (const fact of changed) if (fact.seedText) expect(text).toContain(fact.seedText);
    const reported = [...detail.warnings, ...detail.sections.flatMap((s) => s.facts)].some((f) => f.reported);
    if (reported) expect(text).toContain(t('fact.reported', lang));
    if (type === 'miniprogram') {
      expect(page.$$('.step')).toHaveLength(detail.steps.length);
      expect(detail.steps.length).toBeGreaterThan(0);
      expect(text).toContain(t('section.rules', lang));
    } else {
      expect(page.$$('.step')).toHaveLength(0);
    }
    page.detach();
  });

  it('shows a fact source and its checked date on tap', async () => {
    useLang(lang);
    const detail = getAccountDetail('service', lang)!;
    const page = await renderPage('pages/account/account', { type: 'service' });
    const fact = page.$('.fact')!;
    const first = detail.sections[0].facts[0];
    expect(page.text()).not.toContain(first.checked);
    fact.querySelector('.fact-source-toggle')!.dispatchEvent('tap');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(page.text()).toContain(first.sourceText);
    expect(page.text()).toContain(first.checked);
    page.detach();
  });

  it.each(['', 'bank', '__proto__'])('shows a notice and the four types for type "%s"', async (type) => {
    useLang(lang);
    const { rendered: page, load } = await renderRecorded('pages/account/account', type ? { type } : {});
    expectWithinSetDataBudget(load);
    expect(page.$('.unknown-type')).toBeDefined();
    expect(page.text()).toContain(t('notice.unknownType', lang));
    expect(page.$$('.type-card')).toHaveLength(4);
    await tapAt(page, '.type-card', 1);
    expect(wxMock.redirectTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/account/account?type=subscription' }));
    page.detach();
  });
});

describe('account detail actions', () => {
  it('shares a card that reopens the same type', async () => {
    const page = await renderPage('pages/account/account', { type: 'miniprogram' });
    const share = (page.page.onShareAppMessage as () => { title: string; path: string })();
    expect(share.path).toBe('/pages/account/account?type=miniprogram');
    expect(share.title).toContain('小程序');
    page.detach();
  });

  it('opens the quiz and the comparison', async () => {
    const page = await renderPage('pages/account/account', { type: 'service' });
    await page.tap('.find-my-type');
    await page.tap('.compare');
    expect(wxMock.navigateTo.mock.calls.map(([o]) => (o as { url: string }).url)).toEqual(['/pages/quiz/quiz', '/pages/compare/compare']);
    page.detach();
  });

  it('re-renders in the new language when shown again after a switch elsewhere', async () => {
    const page = await renderPage('pages/account/account', { type: 'enterprise' });
    expect(page.text()).toContain('企业微信（原企业号）');
    wxMock.storage.set('lang.v1', 'en');
    (page.page.onShow as () => void)();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(page.text()).toContain('WeCom (formerly enterprise account)');
    page.detach();
  });
});

describe('account detail opened from a scanned QR link (q)', () => {
  const q = (link: string) => ({ q: encodeURIComponent(link), scancode_time: '1700000000' });

  it('shows the type a link names, hands a result link to the result page, and words a damaged link', async () => {
    await withConfig({ QR_LINK_BASE: TEST_LINK_BASE }, async () => {
      const type = await renderPage('pages/account/account', q(`${TEST_LINK_BASE}t/miniprogram`));
      expect(type.text()).toContain('小程序');
      expect(type.page.data.found).toBe(true);
      type.detach();

      const result = await renderPage('pages/account/account', q(`${TEST_LINK_BASE}r/10qnIL`));
      expect(wxMock.redirectTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/result/result?a=10qnIL' }));
      result.detach();

      const damaged = await renderPage('pages/account/account', q(`${TEST_LINK_BASE}t/weibo`));
      expect(damaged.text()).toContain('这个链接已损坏或不完整。你可以从下面的账号类型看起。');
      expect(damaged.text()).not.toContain('没有找到这种账号类型');
      expect(damaged.$$('.type-card')).toHaveLength(4);
      damaged.detach();
    });
    const unknown = await renderPage('pages/account/account', { type: 'weibo' });
    expect(unknown.text()).toContain('没有找到这种账号类型');
    unknown.detach();
  });
});
