import { ACCOUNT_TYPE_IDS } from '../../miniprogram/domain/account-types';
import { differingDimensions } from '../../miniprogram/domain/guide/comparison';
import { DIMENSIONS } from '../../miniprogram/domain/guide/comparison-table';
import { LANGS } from '../../miniprogram/domain/text';
import { expectWithinSetDataBudget } from '../budgets/limits';
import { renderRecorded } from '../helpers/set-data-recorder';
import { renderPage, tapAt } from '../helpers/simulate';
import { installWxMock, WxMock } from '../helpers/wx-mock';

let wxMock: WxMock;
beforeEach(() => {
  wxMock = installWxMock();
});

const switchOnlyDiff = async (page: Awaited<ReturnType<typeof renderPage>>, on: boolean): Promise<void> => {
  page.$('.only-diff')!.dispatchEvent('change', { detail: on });
  await new Promise((resolve) => setTimeout(resolve, 0));
};

describe.each(LANGS)('compare in %s', (lang) => {
  it('shows the four types side by side over every dimension, within the setData budget', async () => {
    wxMock.storage.set('lang.v1', lang);
    const { rendered: page, load } = await renderRecorded('pages/compare/compare');
    expectWithinSetDataBudget(load);
    expect(page.$$('.head-cell')).toHaveLength(4);
    expect(page.$$('.row')).toHaveLength(DIMENSIONS.length);
    const text = page.text();
    for (const dim of DIMENSIONS) expect(text).toContain(dim.label[lang]);
    expect(text).toContain(lang === 'zh' ? '只看差异' : 'Show only differences');
    expect(text).toContain(lang === 'zh' ? '左右滑动查看全部 4 列' : 'swipe sideways for all 4 columns');
    expect(wxMock.setNavigationBarTitle).toHaveBeenLastCalledWith(
      expect.objectContaining({ title: lang === 'zh' ? '账号对比' : 'Compare' }),
    );
    page.detach();
  });
});

describe('compare', () => {
  it('"only differences" leaves exactly the dimensions the domain says differ, in one setData each way', async () => {
    const { rendered: page, recorder } = await renderRecorded('pages/compare/compare', {
      types: 'service,subscription',
    });
    expect(page.$$('.head-cell')).toHaveLength(2);
    expect(page.$$('.row')).toHaveLength(DIMENSIONS.length);
    expect(page.$('.swipe-hint')).toBeUndefined(); // two columns fit: no sideways hint
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

  it('picks the types to compare by tapping them, and asks for two when fewer are left', async () => {
    const { rendered: page, recorder } = await renderRecorded('pages/compare/compare');
    // Drop subscription and enterprise: service and mini program remain.
    await tapAt(page, '.chip', 1);
    expectWithinSetDataBudget(recorder.take());
    await tapAt(page, '.chip', 2);
    expect(page.$$('.head-cell').map((c) => c.dom.textContent)).toEqual(['服务号', '小程序']);
    await switchOnlyDiff(page, true);
    expect(page.$$('.row')).toHaveLength(differingDimensions(['service', 'miniprogram']).length);
    await tapAt(page, '.chip', 0);
    expect(page.$('.pick-two')).toBeDefined();
    expect(page.$$('.row')).toHaveLength(0);
    await tapAt(page, '.chip', 1);
    expect(page.$$('.head-cell')).toHaveLength(2);
    page.detach();
  });

  it('shares a link that reopens the same selection', async () => {
    const page = await renderPage('pages/compare/compare', { types: 'miniprogram,service', diff: '1' });
    const share = (page.page.onShareAppMessage as () => { title: string; path: string })();
    expect(share.path).toBe('/pages/compare/compare?types=service,miniprogram&diff=1');
    expect(share.title).toContain('服务号');
    expect(share.title).toContain('小程序');
    page.detach();
  });

  it.each(['bank,__proto__', '%E0%A4%A', 'service%2'])(
    'falls back to all four types for a damaged types list (%s)',
    async (types) => {
      const page = await renderPage('pages/compare/compare', { types });
      expect(page.$$('.head-cell')).toHaveLength(ACCOUNT_TYPE_IDS.length);
      page.detach();
    },
  );
});
