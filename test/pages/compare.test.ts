import { ACCOUNT_TYPE_IDS } from '../../miniprogram/domain/account-types';
import { differingDimensions } from '../../miniprogram/domain/guide-views/comparison';
import { DIMENSIONS } from '../../miniprogram/domain/guide-views/comparison-table';
import { LANGS } from '../../miniprogram/domain/text';
import { expectWithinSetDataBudget } from '../budgets/limits';
import { renderRecorded } from '../helpers/set-data-recorder';
import { renderPage, tapAt } from '../helpers/simulate';
import { installWxMock, WxMock } from '../helpers/wx-mock';
import { PERSONAS } from '../domain/personas';

let wxMock: WxMock;
beforeEach(() => {
  wxMock = installWxMock();
});

type Page = Awaited<ReturnType<typeof renderPage>>;

const switchOnlyDiff = async (page: Page, on: boolean): Promise<void> => {
  page.$('.only-diff')!.dispatchEvent('change', { detail: on });
  await new Promise((resolve) => setTimeout(resolve, 0));
};
const heads = (page: Page): string[] => page.$$('.head-cell').map((c) => c.dom.textContent ?? '');

describe.each(LANGS)('compare in %s', (lang) => {
  it('without a result, lists all four types point by point, within the setData budget', async () => {
    wxMock.storage.set('lang.v1', lang);
    const { rendered: page, load } = await renderRecorded('pages/compare/compare');
    expectWithinSetDataBudget(load);
    expect(page.$$('.list-row')).toHaveLength(DIMENSIONS.length);
    expect(page.$$('.list-line')).toHaveLength(DIMENSIONS.length * 4);
    const text = page.text();
    for (const dim of DIMENSIONS) expect(text).toContain(dim.label[lang]);
    expect(text).toContain(lang === 'zh' ? '两种并排' : 'Two side by side');
    expect(text).toContain(lang === 'zh' ? '四种账号逐项列出' : 'All four types, point by point');
    expect(wxMock.setNavigationBarTitle).toHaveBeenLastCalledWith(
      expect.objectContaining({ title: lang === 'zh' ? '账号对比' : 'Compare' }),
    );
    page.detach();
  });
});

describe('compare', () => {
  it('opens the two types a finished quiz weighs side by side', async () => {
    wxMock.storage.set('quiz.progress', { v: 2, step: 8, answers: PERSONAS.P4 });
    const page = await renderPage('pages/compare/compare');
    expect(heads(page)).toHaveLength(2);
    expect(page.$$('.row')).toHaveLength(DIMENSIONS.length);
    page.detach();
  });

  it('"only differences" leaves exactly the dimensions where the two differ, in one setData each way', async () => {
    const { rendered: page, recorder } = await renderRecorded('pages/compare/compare', {
      types: 'service,subscription',
    });
    expect(heads(page)).toEqual(['服务号', '公众号（原订阅号）']);
    expect(page.$$('.row')).toHaveLength(DIMENSIONS.length);
    const differing = differingDimensions(['service', 'subscription']);
    expect(differing.length).toBeLessThan(DIMENSIONS.length);

    await switchOnlyDiff(page, true);
    expectWithinSetDataBudget(recorder.take());
    expect(page.$$('.row')).toHaveLength(differing.length);
    expect(page.text()).toContain(`显示 ${differing.length}/${DIMENSIONS.length} 项`);

    await switchOnlyDiff(page, false);
    expectWithinSetDataBudget(recorder.take());
    expect(page.$$('.row')).toHaveLength(DIMENSIONS.length);
    page.detach();
  });

  it('in the list of four, "only differences" puts types with the same answer on one line', async () => {
    const { rendered: page, recorder } = await renderRecorded('pages/compare/compare');
    await switchOnlyDiff(page, true);
    expectWithinSetDataBudget(recorder.take());
    expect(page.$$('.list-line').length).toBeLessThan(DIMENSIONS.length * 4);
    expect(page.text()).toContain('服务号公众号（原订阅号）未见此限制：这条规定只针对小程序');
    expect(page.text()).toContain('答案相同的账号合在一行');
    page.detach();
  });

  it('picks two types by tapping them; a third replaces the earlier pick', async () => {
    const { rendered: page, recorder } = await renderRecorded('pages/compare/compare');
    await tapAt(page, '.mode', 0);
    expectWithinSetDataBudget(recorder.take());
    expect(page.$('.pick-two')).toBeDefined();
    // Said once: the notice asks for two, the line above the chips waits until there are two.
    expect(page.text()).toContain('选两种账号，并排对比');
    expect(page.text()).not.toContain('选两种账号并排对比');
    await tapAt(page, '.chip', 0);
    expectWithinSetDataBudget(recorder.take());
    await tapAt(page, '.chip', 3);
    expectWithinSetDataBudget(recorder.take());
    expect(heads(page)).toEqual(['服务号', '小程序']);
    await tapAt(page, '.chip', 2);
    expect(heads(page)).toEqual(['企业微信（原企业号）', '小程序']);
    await tapAt(page, '.chip', 2);
    expect(page.$('.pick-two')).toBeDefined();
    expect(page.$$('.row')).toHaveLength(0);
    page.detach();
  });

  it('shows no badge that repeats the cell, and no plus on work to do', async () => {
    const page = await renderPage('pages/compare/compare', { types: 'service,miniprogram' });
    const rows = page.$$('.row').map((r) => (r.dom.textContent ?? '').replace(/\s+/g, ''));
    expect(rows.find((r) => r.startsWith('微信支付'))).toBe(
      '微信支付有，需认证部分认证的非个人主体可开；交易类须接发货管理',
    );
    expect(rows.find((r) => r.startsWith('是否需要开发'))).toBe(
      '是否需要开发后台即可群发；高级接口要开发要开发，并通过代码审核',
    );
    page.detach();
  });

  it('shares a link that reopens the same view', async () => {
    const page = await renderPage('pages/compare/compare', { types: 'miniprogram,service', diff: '1' });
    const share = (page.page.onShareAppMessage as () => { title: string; path: string })();
    expect(share.path).toBe('/pages/compare/compare?types=service,miniprogram&diff=1');
    expect(share.title).toContain('服务号');
    expect(share.title).toContain('小程序');
    page.detach();
  });

  it.each(['bank,__proto__', '%E0%A4%A', 'service%2'])(
    'falls back to the list of four for a damaged types list (%s)',
    async (types) => {
      const page = await renderPage('pages/compare/compare', { types });
      expect(page.$$('.list-line')).toHaveLength(DIMENSIONS.length * ACCOUNT_TYPE_IDS.length);
      page.detach();
    },
  );
});
