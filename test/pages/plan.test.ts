import { encodeAnswers } from '../../miniprogram/domain/links/share-codec';
import { expectWithinSetDataBudget } from '../budgets/limits';
import { PERSONAS } from '../domain/personas';
import { renderRecorded } from '../helpers/set-data-recorder';
import { readable, Rendered, renderPage, sleep } from '../helpers/simulate';
import { installWxMock, WxMock } from '../helpers/wx-mock';

let mock: WxMock;
beforeEach(() => {
  mock = installWxMock();
});

const P2 = encodeAnswers(PERSONAS.P2);
/** A service account alone (government, notices): the plan the tick and share tests use. */
const P7 = encodeAnswers(PERSONAS.P7);
const P9 = encodeAnswers(PERSONAS.P9);
const P5 = encodeAnswers(PERSONAS.P5);
const text = (page: Rendered, selector: string): string => readable(page.$(selector)?.dom);
const stepTitles = (page: Rendered): string[] =>
  page.$$('.step').map((s) => readable(s.dom.querySelector('[class*="step-title"]')));

/** Taps a step's checkbox like a user (vant's inner icon). */
async function tick(page: Rendered, index: number): Promise<void> {
  const box = page.$$('.tick')[index];
  const icon = box?.querySelector('.van-checkbox__icon-wrap');
  if (!icon) throw new Error(`no checkbox ${index}`);
  icon.dispatchEvent('tap');
  await sleep(0);
}

describe('launch plan page', () => {
  it("P9's plan: time, first-year fees as the parts they add up from and what to prepare at the top, then the provider's steps", async () => {
    const { rendered: page, load } = await renderRecorded('pages/plan/plan', { a: P9, own: '1' });
    expectWithinSetDataBudget(load);
    expect(text(page, '.summary')).toBe(
      '你的上线清单 小程序 + 服务号 多久能用 据报道3–56 个工作日 首年费用 据报道2,030–20,330 元 据报道2,000–20,000 元：小程序 · 选择服务商 据报道30 元：小程序 · 通过服务商完成认证和 ICP 备案 0–300 元：服务号 · 微信认证 另有 3 个步骤没有公开的时长 另计，费用见各步骤：以特约商户身份开通微信支付 要准备 营业执照或登记证书 你的类目要求的行业许可证（如餐饮的食品经营许可证） 几家服务商的报价：年费、功能模块和按单收费 法定代表人本人的微信，24 小时内刷脸核验 结算银行账户，以及核对并签约的超级管理员 管理员的身份证号、手机号和绑了银行卡的微信 对公账户（小额打款验证） 法定代表人和运营者信息、开票信息 时间是常见情况，不作保证。',
    );
    expect(stepTitles(page)).toEqual([
      '先有主体和行业许可证',
      '选择服务商',
      '服务商替你注册小程序，或你授权已有的小程序',
      '通过服务商完成认证和 ICP 备案',
      '以特约商户身份开通微信支付',
      '服务商部署模板，提交审核后发布',
    ]);
    expect(page.text()).toContain('已完成 0/10');
    expect(page.text()).not.toMatch(/免费|开发本身/);
    expect(mock.setNavigationBarTitle).toHaveBeenLastCalledWith(expect.objectContaining({ title: '上线清单' }));
    page.detach();
  });

  it("opens P2's mini program group (closed at first: it would not fit the first setData) and a step's details, one small setData each", async () => {
    const { rendered: page, recorder, load } = await renderRecorded('pages/plan/plan', { a: P2, own: '1' });
    expectWithinSetDataBudget(load);
    expect(stepTitles(page)).toEqual([]);
    expect(text(page, '.summary .fees')).toBe(
      '首年费用 600 元 300 元：小程序 · 微信认证（企业和个体工商户须在备案前完成；个人可选） 300 元：服务号 · 微信认证',
    );
    page.$$('.group-head')[0].dispatchEvent('tap');
    await sleep(0);
    expectWithinSetDataBudget(recorder.take());
    expect(stepTitles(page)).toEqual([
      '先有主体和行业许可证',
      '注册（类型选“小程序”）',
      '信息和类目',
      '微信认证（企业和个体工商户须在备案前完成；个人可选）',
      'ICP 备案',
      '开发',
      '代码审核',
      '可选：申请微信支付商户号',
      '发布；可选：开通支付',
    ]);
    page.$$('.details-toggle')[4].dispatchEvent('tap');
    await sleep(0);
    expectWithinSetDataBudget(recorder.take());
    expect(readable(page.$$('.step')[4].dom)).toContain(
      '需要准备营业执照或身份证；负责人的身份证、手机号、应急联系人；据报道核验单 来源 关于开展微信小程序备案的通知（微信；2023-08-10 转载） · 2023-08-09 http://www.yinheliwan.cn/bbs/rengongzhineng/2023/08/10/143507.html 复制链接 备案指引及审核时长（jj123.com.cn 转载） · 未注明日期 http://jj123.com.cn/V2016/NewsShowMsg.aspx?NewsId=100860 复制链接 小程序备案一般需要多久（weike.cc） · 未注明日期 https://www.weike.cc/news/802.html 复制链接 最后核对2026-12-01',
    );
    page.detach();
  });

  it('saves ticks per plan, keeps them through a restart, and counts them', async () => {
    const { rendered: page, recorder } = await renderRecorded('pages/plan/plan', { a: P7, own: '1' });
    await tick(page, 0);
    const one = recorder.take();
    expectWithinSetDataBudget(one);
    expect(Object.keys(one.payloads[0]).sort()).toEqual(['groups[0].steps[0].done', 'progress']);
    await tick(page, 2);
    expect(mock.storage.get('plan.ticks.code.2KxVD0')).toEqual({ v: 1, done: ['lp.svc.1', 'lp.svc.3'] });
    expect(page.text()).toContain('已完成 2/5');
    page.detach();

    const again = await renderPage('pages/plan/plan', { a: P7, own: '1' });
    expect(again.text()).toContain('已完成 2/5');
    expect(again.$$('.step-done')).toHaveLength(2);
    await tick(again, 0);
    expect(mock.storage.get('plan.ticks.code.2KxVD0')).toEqual({ v: 1, done: ['lp.svc.3'] });
    again.detach();
  });

  it("a friend's plan is read-only, shows none of anyone's ticks, and offers to make it my own", async () => {
    mock.storage.set('plan.ticks.code.2KxVD0', { v: 1, done: ['lp.svc.1'] });
    const page = await renderPage('pages/plan/plan', { a: P7 });
    expect(page.text()).toContain('这是朋友分享的上线清单，只能查看。');
    expect(page.text()).toContain('朋友的上线清单');
    expect(page.$$('.tick')).toHaveLength(0);
    expect(page.$$('.step-number').map((n) => n.dom.textContent)).toEqual(['1', '2', '3', '4', '5']);
    expect(page.text()).toContain('已完成 0/5');
    await page.tap('#make-mine');
    expect(mock.redirectTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/plan/plan?a=2KxVD0&own=1' }));
    expect(mock.storage.get('plan.ticks.code.2KxVD0')).toEqual({ v: 1, done: ['lp.svc.1'] });
    page.detach();
  });

  it('shares the plan without ticks: the link carries only the answers', async () => {
    mock.storage.set('plan.ticks.code.2KxVD0', { v: 1, done: ['lp.svc.1'] });
    const page = await renderPage('pages/plan/plan', { a: P7, own: '1' });
    expect((page.page.onShareAppMessage as () => unknown)()).toEqual({
      title: '我的微信上线清单：服务号',
      path: '/pages/plan/plan?a=2KxVD0',
    });
    page.detach();
  });

  it("P5's link says the setup is a path, not an account, and leads to the quiz", async () => {
    const page = await renderPage('pages/plan/plan', { a: P5, own: '1' });
    expect(page.text()).toContain('你的方案不是开一个账号：先注册个体工商户，再开微信小店。');
    expect(page.$$('.step')).toHaveLength(0);
    page.detach();
  });

  it("a type's generic plan, in English", async () => {
    mock.storage.set('lang.v1', 'en');
    const page = await renderPage('pages/plan/plan', { type: 'miniprogram' });
    expect(page.text()).toContain('Your launch plan');
    expect(text(page, '.summary .time')).toBe('Time to go live Reported2–35 working days, plus development');
    expect(text(page, '.summary .fees')).toBe('First-year fees Reported0–300 CNY');
    expect(stepTitles(page)).toHaveLength(8);
    expect(page.text()).toContain('Optional');
    page.detach();
  });

  it("a mini program's plan offers the provider route beside the self-built one, each with its own ticks", async () => {
    mock.storage.set('plan.ticks.type.miniprogram', { v: 1, done: ['lp.mp.1'] });
    const page = await renderPage('pages/plan/plan', { type: 'miniprogram', route: 'provider' });
    expect(text(page, '.routes')).toBe('小程序怎么做出来 自己或请人开发 租用服务商的现成小程序');
    expect(page.$('.route-on')?.dom.textContent).toBe('租用服务商的现成小程序');
    expect(stepTitles(page)).toEqual([
      '先有主体和行业许可证',
      '选择服务商',
      '服务商替你注册小程序，或你授权已有的小程序',
      '通过服务商完成认证和 ICP 备案',
      '以特约商户身份开通微信支付',
      '服务商部署模板，提交审核后发布',
    ]);
    expect(text(page, '.summary .fees')).toBe(
      '首年费用 据报道2,000–20,300 元 据报道2,000–20,000 元：小程序 · 选择服务商 据报道0–300 元：小程序 · 通过服务商完成认证和 ICP 备案',
    );
    expect(page.text()).toContain('已完成 0/6');
    expect(page.text()).toContain('你的类目要求的行业许可证（如餐饮的食品经营许可证）');
    await page.tap('.route');
    expect(mock.redirectTo).toHaveBeenLastCalledWith(
      expect.objectContaining({ url: '/pages/plan/plan?type=miniprogram' }),
    );
    page.detach();
    const self = await renderPage('pages/plan/plan', { type: 'miniprogram', route: 'nonsense' });
    expect(self.$('.route-on')?.dom.textContent).toBe('自己或请人开发');
    expect(self.text()).toContain('已完成 1/8');
    self.detach();
    const service = await renderPage('pages/plan/plan', { type: 'service', route: 'provider' });
    expect(service.$('.routes')).toBeUndefined();
    service.detach();
  });

  it.each([
    ['a damaged code', { a: '10nwpX' }, '这个清单链接已损坏或不完整'],
    ['an unfinished quiz', { a: encodeAnswers({ entity: 'media' }) }, '这个清单链接已损坏或不完整'],
    ['an unknown type', { type: 'bank' }, '这个清单链接已损坏或不完整'],
    ['nothing at all', {}, '还没有上线清单'],
    ['no good fit', { a: encodeAnswers(PERSONAS.P8) }, '四种账号都不太适合你的需求'],
  ])('%s: a friendly notice and the way on, stored ticks untouched', async (_name, query, notice) => {
    mock.storage.set('plan.ticks.code.2KxVD0', { v: 1, done: ['lp.svc.1'] });
    const page = await renderPage('pages/plan/plan', query as Record<string, string>);
    expect(page.text()).toContain(notice);
    await page.tap('#take-quiz');
    expect(mock.navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/quiz/quiz' }));
    expect(mock.storage.get('plan.ticks.code.2KxVD0')).toEqual({ v: 1, done: ['lp.svc.1'] });
    page.detach();
  });

  it('shows corrupt stored ticks as none, without an error, and keeps the record until the user ticks', async () => {
    mock.storage.set('plan.ticks.code.2KxVD0', '{"v":1,"done":');
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const page = await renderPage('pages/plan/plan', { a: P7, own: '1' });
    expect(page.text()).toContain('已完成 0/5');
    expect(mock.storage.get('plan.ticks.code.2KxVD0')).toBe('{"v":1,"done":');
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    page.detach();
  });

  it('never writes over ticks it could not read: says so, keeps new ticks on screen, and saves all once they read', async () => {
    mock.storage.set('plan.ticks.code.2KxVD0', { v: 1, done: ['lp.svc.3'] });
    const working = mock.getStorageSync;
    const g = globalThis as unknown as { wx: Record<string, unknown> };
    g.wx.getStorageSync = jest.fn(() => {
      throw new Error('getStorageSync:fail');
    });
    const page = await renderPage('pages/plan/plan', { a: P7, own: '1' });
    expect(page.text()).toContain('没能读取你之前勾选的步骤。为了不覆盖它们，这次的勾选暂不保存。');
    const writes = mock.setStorageSync as jest.Mock;
    writes.mockClear();
    await tick(page, 0);
    expect(writes).not.toHaveBeenCalled();
    expect(mock.showToast).toHaveBeenLastCalledWith(
      expect.objectContaining({ title: '之前的勾选还读不出来，这次先不保存' }),
    );
    expect(mock.storage.get('plan.ticks.code.2KxVD0')).toEqual({ v: 1, done: ['lp.svc.3'] });
    g.wx.getStorageSync = working;
    await page.tap('#retry-ticks');
    expect(page.text()).not.toContain('没能读取你之前勾选的步骤');
    expect(page.text()).toContain('已完成 2/5');
    expect(mock.storage.get('plan.ticks.code.2KxVD0')).toEqual({ v: 1, done: ['lp.svc.3', 'lp.svc.1'] });
    page.detach();
  });

  it('says so when a tick cannot be saved, and keeps it on screen', async () => {
    const page = await renderPage('pages/plan/plan', { a: P7, own: '1' });
    mock.setStorageSync = jest.fn(() => {
      throw new Error('setStorageSync:fail exceed storage max size 10Mb');
    });
    (globalThis as unknown as { wx: Record<string, unknown> }).wx.setStorageSync = mock.setStorageSync;
    await tick(page, 1);
    expect(mock.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '没能保存勾选，本次仍会显示' }));
    expect(page.$$('.step-done')).toHaveLength(1);
    page.detach();
  });
});
