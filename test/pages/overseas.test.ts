import { overseasPageData } from '../../miniprogram/domain/guide-views/overseas-view';
import { OVERSEAS_SECTIONS } from '../../miniprogram/domain/guide-views/type-sections';
import { expectWithinSetDataBudget } from '../budgets/limits';
import { renderRecorded } from '../helpers/set-data-recorder';
import { renderPage, tapAt } from '../helpers/simulate';
import { installWxMock, WxMock } from '../helpers/wx-mock';

let wxMock: WxMock;
beforeEach(() => {
  wxMock = installWxMock();
});

describe('overseas page', () => {
  it('says what an overseas entity can open, with every overseas row one tap away and marked', async () => {
    const { rendered: page, recorder, load } = await renderRecorded('pages/overseas/overseas');
    expectWithinSetDataBudget(load);
    for (let i = 0; i < OVERSEAS_SECTIONS.length; i++) {
      if (page.$(`.section-${OVERSEAS_SECTIONS[i].key}`)) continue;
      recorder.take();
      await tapAt(page, '.section-head', i);
      expectWithinSetDataBudget(recorder.take());
    }
    const text = page.text();
    expect(text).toContain('境外公司或机构能开什么');
    expect(text).toContain('境外主体可以开小程序，而且不用做 ICP 备案');
    expect(text).toContain('99 美元');
    expect(text).toContain('跨境商户');
    expect(text).toContain('700 元');
    expect(text).toContain('据报道');
    expect(page.$$('.item')).toHaveLength(5);
    expect(wxMock.setNavigationBarTitle).toHaveBeenLastCalledWith(expect.objectContaining({ title: '境外主体' }));
    page.detach();
  });

  it('reads in English, and leads on to the mini program guide and the quiz', async () => {
    wxMock.storage.set('lang.v1', 'en');
    const page = await renderPage('pages/overseas/overseas');
    const { ui } = overseasPageData('en');
    expect(page.text()).toContain(ui.title);
    expect(page.text()).not.toMatch(/境外公司或机构能开什么/);
    await page.tap('.open-miniprogram');
    await page.tap('.find-my-type');
    expect(wxMock.navigateTo.mock.calls.map(([o]) => (o as { url: string }).url)).toEqual([
      '/pages/account/account?type=miniprogram',
      '/pages/quiz/quiz',
    ]);
    expect((page.page.onShareAppMessage as () => unknown)()).toEqual({
      title: 'What an overseas company can open on WeChat',
      path: '/pages/overseas/overseas',
    });
    page.detach();
  });
});
