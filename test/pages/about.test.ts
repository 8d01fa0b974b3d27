import packageJson from '../../package.json';
import { aboutView } from '../../miniprogram/domain/guide-views/about-view';
import { t } from '../helpers/strings';
import { LANGS } from '../../miniprogram/domain/text';
import { APP_VERSION } from '../../miniprogram/domain/version';
import { expectWithinSetDataBudget } from '../budgets/limits';
import { renderRecorded, SetDataRecorder } from '../helpers/set-data-recorder';
import { Rendered, renderPage } from '../helpers/simulate';
import { installWxMock, WxMock } from '../helpers/wx-mock';
import * as sourcesPackage from '../../miniprogram/domain/sources/sources';

let wxMock: WxMock;
beforeEach(() => {
  wxMock = installWxMock();
});

/** Taps "show more" until the list is complete, checking every action stays one setData under 4 KiB. */
async function showAll(page: Rendered, recorder: SetDataRecorder, more: string): Promise<void> {
  for (let guard = 0; page.$(more) && guard < 30; guard++) {
    await page.tap(more);
    expectWithinSetDataBudget(recorder.take());
  }
}

describe.each(LANGS)('about in %s', (lang) => {
  it('reaches every source with its date and every change since 2017, each action within budget', async () => {
    wxMock.storage.set('lang.v1', lang);
    const view = aboutView(lang, sourcesPackage);
    const { rendered: page, recorder, load } = await renderRecorded('pages/about/about');
    expectWithinSetDataBudget(load);
    expect(page.text()).toContain(t('about.checkedAll', lang, { date: '2026-12-01' }));
    expect(page.text()).toContain(t('about.reportedNote', lang));
    expect(page.text()).toContain(t('about.adviceNote', lang));
    expect(page.text()).toContain(t('app.version', lang, { version: APP_VERSION }));

    await page.tap('.sources-head');
    expectWithinSetDataBudget(recorder.take());
    await showAll(page, recorder, '.more-sources');
    expect(page.$$('.source')).toHaveLength(144);
    for (const source of view.sources) expect(page.text()).toContain(`${source.title}${source.date} · ${source.count}`);

    await page.tap('.changes-head');
    expectWithinSetDataBudget(recorder.take());
    await showAll(page, recorder, '.more-changes');
    expect(page.$$('.change')).toHaveLength(9);
    for (const change of view.changes) {
      if (change.k !== 'fact') throw new Error('changes are facts');
      expect(page.text()).toContain(change.seed);
      for (const part of change.parts) expect(page.text()).toContain(part.t.trim());
    }
    expect(wxMock.setNavigationBarTitle).toHaveBeenLastCalledWith(
      expect.objectContaining({ title: t('page.about.title', lang) }),
    );
    page.detach();
  });
});

describe('about, what a reader sees', () => {
  it('dates each source as CONTENT.md does, in Chinese words', async () => {
    const page = await renderPage('pages/about/about');
    await page.tap('.sources-head');
    const first = page
      .$$('.source')
      .slice(0, 3)
      .map((s) => (s.dom.textContent ?? '').replace(/\s+/g, ' ').trim());
    expect(first).toEqual([
      '扫码点餐小程序公司收费结构（aibaixue.cn）未注明日期 · 1 条内容引用https://cyqm.aibaixue.cn/list/14600.html复制链接',
      '获取当前 API 类别 wx.getApiCategory未注明日期，现行文档 · 1 条内容引用https://developers.weixin.qq.com/miniprogram/dev/api/base/app/life-cycle/wx.getApiCategory.html复制链接',
      '2017 年介绍四种账号类型的原文（@操作合作伙伴，青瓜传媒）2017 · 28 条内容引用这份来源暂无可打开的网址',
    ]);
    page.detach();
  });

  it("copies a source's address from the list, and a refusal says how to copy it by hand", async () => {
    const page = await renderPage('pages/about/about');
    await page.tap('.sources-head');
    await page.tap('.source-copy');
    expect(wxMock.setClipboardData).toHaveBeenCalledWith(
      expect.objectContaining({ data: 'https://cyqm.aibaixue.cn/list/14600.html' }),
    );
    expect(wxMock.showToast).toHaveBeenLastCalledWith(
      expect.objectContaining({ title: '链接已复制，可粘贴到浏览器打开' }),
    );
    wxMock.setClipboardData.mockImplementation(() => {
      throw new Error('setClipboardData:fail privacy permission is not authorized');
    });
    await page.tap('.source-copy');
    expect(wxMock.showToast).toHaveBeenLastCalledWith(
      expect.objectContaining({ title: '没能复制，请长按链接手动复制' }),
    );
    page.detach();
  });

  it('shows each change with the 2017 claim, and its own checked date on tap', async () => {
    const page = await renderPage('pages/about/about');
    await page.tap('.changes-head');
    const change = page.$$('.change')[0];
    expect((change.dom.textContent ?? '').replace(/\s+/g, ' ')).toContain(
      '2017 年后有变化2017 年原文个人、媒体、企业、政府和其他组织。',
    );
    change.querySelector('.fact-source-toggle')!.dispatchEvent('tap');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(change.dom.textContent).toContain('最后核对2026-11-24');
    page.detach();
  });
});

describe('about', () => {
  it('switches the language from the language choice and remembers it', async () => {
    const page = await renderPage('pages/about/about');
    expect(page.text()).toContain('关于本指南');
    await page.tap('.lang-en');
    expect(page.text()).toContain('About this guide');
    expect(page.text()).not.toContain('关于本指南');
    expect(wxMock.storage.get('lang.v1')).toBe('en');
    expect(wxMock.setNavigationBarTitle).toHaveBeenLastCalledWith(
      expect.objectContaining({ title: 'About and sources' }),
    );
    page.detach();
  });

  it('shows the version from package.json and shares itself', async () => {
    expect(APP_VERSION).toBe(packageJson.version);
    const page = await renderPage('pages/about/about');
    const share = (page.page.onShareAppMessage as () => { title: string; path: string })();
    expect(share).toEqual({ title: t('share.about', 'zh'), path: '/pages/about/about' });
    page.detach();
  });
});
