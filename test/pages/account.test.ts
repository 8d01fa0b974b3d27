import { ACCOUNT_TYPE_IDS, AccountTypeId } from '../../miniprogram/domain/account-types';
import { getAccountDetail } from '../../miniprogram/domain/guide-views/account-page';
import { ItemView } from '../../miniprogram/domain/library/guide/account-views';
import { t } from '../helpers/strings';
import { idsOfType } from '../../miniprogram/domain/guide-views/type-sections';
import { LANGS, Lang } from '../../miniprogram/domain/text';
import { expectWithinSetDataBudget } from '../budgets/limits';
import { renderRecorded } from '../helpers/set-data-recorder';
import { Rendered, renderPage, tapAt } from '../helpers/simulate';
import { installWxMock, WxMock } from '../helpers/wx-mock';
import { TEST_LINK_BASE, withConfig } from '../helpers/config-mock';

let wxMock: WxMock;
beforeEach(() => {
  wxMock = installWxMock();
});

const useLang = (lang: Lang): void => {
  wxMock.storage.set('lang.v1', lang);
};

/** The words of an item as the page prints them (parts joined; marks are separate badges). */
function itemWords(item: ItemView): string[] {
  const join = (parts: { t: string }[]) => parts.map((p) => p.t.trim()).filter(Boolean);
  if (item.k === 'fact') return [...join(item.parts), ...(item.seed ? [item.seed] : [])];
  if (item.k === 'step') return [...join(item.title), ...join(item.needs), ...join(item.time), ...join(item.fee)];
  if (item.k === 'line') return [item.label, ...join(item.parts)];
  return [...join(item.what), ...join(item.who), ...join(item.how)];
}

/** Renders a type's page and opens every closed section, checking each tap stays one setData under 4 KiB. */
async function renderOpened(type: AccountTypeId): Promise<Rendered> {
  const { rendered: page, recorder, load } = await renderRecorded('pages/account/account', { type });
  expectWithinSetDataBudget(load);
  const sections = getAccountDetail(type, 'zh')!.sections;
  for (let i = 0; i < sections.length; i++) {
    if (page.$(`.section-${sections[i].key}`)) continue;
    recorder.take();
    await tapAt(page, '.section-head', i);
    expectWithinSetDataBudget(recorder.take());
    expect(page.$(`.section-${sections[i].key}`)).toBeDefined();
  }
  return page;
}

describe.each(LANGS)('account page in %s', (lang) => {
  it.each(ACCOUNT_TYPE_IDS)(
    '%s: shows every row of its type, loading closed sections on tap within the budget',
    async (type) => {
      useLang(lang);
      const detail = getAccountDetail(type, lang)!;
      const page = await renderOpened(type);
      const text = page.text();
      for (const words of [
        detail.name,
        detail.analogy,
        ...detail.tags,
        t('section.decide', lang),
        ...detail.sections.map((s) => s.title),
      ])
        expect(text).toContain(words);
      const items = [...detail.decide, ...detail.sections.flatMap((s) => s.items)];
      // Each CONTENT.md id this type's page shows (idsOfType) is on screen, word for word.
      expect(items.map((i) => i.id)).toEqual(expect.arrayContaining(idsOfType(type)));
      const missing = items.flatMap((item) =>
        itemWords(item)
          .filter((w) => !text.includes(w))
          .map((w) => `${item.id}: ${w}`),
      );
      expect(missing).toEqual([]);
      if (items.some((i) => i.k === 'fact' && i.seed)) expect(text).toContain(t('fact.changed', lang));
      expect(text).toContain(t('fact.reported', lang));
      expect(wxMock.setNavigationBarTitle).toHaveBeenLastCalledWith(expect.objectContaining({ title: detail.name }));
      page.detach();
    },
  );

  it.each(['', 'bank', '__proto__'])('shows a notice and the four types for type "%s"', async (type) => {
    useLang(lang);
    const { rendered: page, load } = await renderRecorded('pages/account/account', type ? { type } : {});
    expectWithinSetDataBudget(load);
    expect(page.$('.unknown-type')).toBeDefined();
    expect(page.text()).toContain(t('notice.unknownType', lang));
    expect(page.$$('.type-card')).toHaveLength(4);
    await tapAt(page, '.type-card', 1);
    expect(wxMock.redirectTo).toHaveBeenCalledWith(
      expect.objectContaining({ url: '/pages/account/account?type=subscription' }),
    );
    page.detach();
  });
});

describe('account page, what a reader sees', () => {
  it('mini program: the lines that decide come first, each section says what is inside, then the seven steps', async () => {
    // While closed, a section says what is inside it; the first one is open.
    const first = await renderPage('pages/account/account', { type: 'miniprogram' });
    const hints = first
      .$$('.section-head')
      .map((h) => (h.querySelector('.van-cell__label')?.dom.textContent ?? '').trim());
    expect(hints.slice(0, 6)).toEqual([
      '',
      '3 条',
      '5 条',
      '6 条',
      '6 步 · 2–43 个工作日',
      '7 步 · 2–35 个工作日，另加开发时间',
    ]);
    first.detach();
    const page = await renderOpened('miniprogram');
    const lines = page.$$('.decide-line').map((h) => (h.dom.textContent ?? '').replace(/\s+/g, ' ').trim());
    expect(lines).toEqual([
      '谁能注册个人和组织（个人不能收款，类目更少）ⓘ',
      '是否需要开发要开发，并通过代码审核ⓘ',
      '微信支付认证的非个人主体可开；交易类须接发货管理ⓘ',
      '上线前要做什么7 步，含认证、备案（平台 1–2 + 省管局 1–20 个工作日）和代码审核ⓘ',
      '每年费用企业认证每年 300 元；手机号组件按次收费ⓘ',
    ]);
    const stepTitles = page
      .$$('.section-process .item-step')
      .map((s) => (s.querySelector('.step-title')?.dom.textContent ?? '').trim());
    expect(stepTitles).toEqual([
      '注册',
      '填写信息，包括服务类目和主营类目（自 2022-06-08 起审核需要主营类目）',
      '微信认证（企业和个体工商户须在备案前完成）',
      'ICP 备案（自 2023-09-01 起发布前必须完成）',
      '开发，包括填写用户隐私保护指引',
      '代码审核（部分类目另需 7 天报备）',
      '发布',
    ]);
    const filing = (page.$$('.section-process .item-step')[3].dom.textContent ?? '').replace(/\s+/g, ' ');
    expect(filing).toContain(
      '耗时平台 1–2 个工作日 + 24 小时内回复核验短信 + 省管局 1–20 个工作日；据报道提前 20–30 个工作日开始',
    );
    // Written once: no second list of the same steps.
    expect(page.text().split('填写信息，包括服务类目和主营类目').length).toBe(2);
    page.detach();
  });

  it('shows a fact source with its localized date and its own checked date on tap', async () => {
    const page = await renderPage('pages/account/account', { type: 'enterprise' });
    if (!page.$('.section-who')) await tapAt(page, '.section-head', 1);
    const who = page.$$('.section-who .item')[0];
    expect(page.text()).not.toContain('2026-12-01');
    who.querySelector('.fact-source-toggle')!.dispatchEvent('tap');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((who.dom.textContent ?? '').replace(/\s+/g, ' ')).toContain(
      '来源2017 年介绍四种账号类型的原文（@操作合作伙伴，青瓜传媒） · 2017这份来源暂无可打开的网址最后核对2026-12-01',
    );
    page.detach();
  });

  it('gives a source its address with a copy action that says whether it worked', async () => {
    const page = await renderPage('pages/account/account', { type: 'service' });
    // The last line that decides: a service account never becomes an official account (svc.irreversible).
    const warning = page.$$('.decide-line')[4];
    warning.querySelector('.line-source')!.dispatchEvent('tap');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(warning.dom.textContent).toContain('http://www.zhongyangkeji.com/89.html复制链接');
    warning.querySelector('.source-copy')!.dispatchEvent('tap');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(wxMock.setClipboardData).toHaveBeenCalledWith(
      expect.objectContaining({ data: 'http://www.zhongyangkeji.com/89.html' }),
    );
    expect(wxMock.showToast).toHaveBeenLastCalledWith(
      expect.objectContaining({ title: '链接已复制，可粘贴到浏览器打开' }),
    );
    wxMock.setClipboardData.mockImplementation((o: { fail?: () => void }) => o.fail?.());
    warning.querySelector('.source-copy')!.dispatchEvent('tap');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(wxMock.showToast).toHaveBeenLastCalledWith(
      expect.objectContaining({ title: '没能复制，请长按链接手动复制' }),
    );
    page.detach();
  });

  it.each(ACCOUNT_TYPE_IDS)(
    '%s: every line that decides keeps its sources and checked date one tap away',
    async (type) => {
      const page = await renderPage('pages/account/account', { type });
      const lines = page.$$('.decide-line');
      expect(lines.length).toBe(getAccountDetail(type, 'zh')!.decide.length);
      for (const line of lines) {
        line.querySelector('.line-source')!.dispatchEvent('tap');
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(line.dom.textContent).toMatch(/来源.+ · .+最后核对2026-1[12]-\d\d$/);
      }
      page.detach();
    },
  );

  it('shares a card that reopens the same type, and opens the quiz and the comparison', async () => {
    const page = await renderPage('pages/account/account', { type: 'subscription' });
    expect((page.page.onShareAppMessage as () => unknown)()).toEqual({
      title: '公众号（原订阅号）：能做什么、要注意什么',
      path: '/pages/account/account?type=subscription',
    });
    await page.tap('.find-my-type');
    await page.tap('.compare');
    expect(wxMock.navigateTo.mock.calls.map(([o]) => (o as { url: string }).url)).toEqual([
      '/pages/quiz/quiz',
      '/pages/compare/compare',
    ]);
    page.detach();
  });

  it('re-renders in the new language when shown again after a switch elsewhere', async () => {
    const page = await renderPage('pages/account/account', { type: 'enterprise' });
    expect(page.text()).toContain('企业微信（原企业号）');
    wxMock.storage.set('lang.v1', 'en');
    (page.page.onShow as () => void)();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(page.text()).toContain('WeCom (formerly enterprise account)');
    expect(wxMock.setNavigationBarTitle).toHaveBeenLastCalledWith(
      expect.objectContaining({ title: 'WeCom (formerly enterprise account)' }),
    );
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
      expect(result.text()).toBe('正在打开链接…');
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
