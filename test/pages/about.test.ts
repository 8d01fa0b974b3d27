import packageJson from '../../package.json';
import { aboutView } from '../../miniprogram/domain/about-view';
import { t } from '../../miniprogram/domain/i18n/strings';
import { LANGS } from '../../miniprogram/domain/text';
import { APP_VERSION } from '../../miniprogram/domain/version';
import { expectWithinSetDataBudget } from '../budgets/limits';
import { renderRecorded } from '../helpers/set-data-recorder';
import { renderPage } from '../helpers/simulate';
import { installWxMock, WxMock } from '../helpers/wx-mock';

let wxMock: WxMock;
beforeEach(() => {
  wxMock = installWxMock();
});

describe.each(LANGS)('about in %s', (lang) => {
  it('reaches every source with its date and every change since 2017, each action within budget', async () => {
    wxMock.storage.set('lang.v1', lang);
    const view = aboutView(lang);
    const { rendered: page, recorder, load } = await renderRecorded('pages/about/about');
    expectWithinSetDataBudget(load);
    expect(page.text()).toContain(t('about.checkedAll', lang, { date: view.checked }));
    expect(page.text()).toContain(t('app.version', lang, { version: APP_VERSION }));

    await page.tap('.sources-head');
    expectWithinSetDataBudget(recorder.take());
    expect(page.$$('.source')).toHaveLength(view.sources.length);
    for (const source of view.sources) {
      expect(page.text()).toContain(source.title);
      if (source.date) expect(page.text()).toContain(source.date);
    }

    await page.tap('.changes-head');
    expectWithinSetDataBudget(recorder.take());
    let guard = 0;
    while (page.$('.more-changes') && guard++ < 20) {
      await page.tap('.more-changes');
      expectWithinSetDataBudget(recorder.take());
    }
    expect(page.$$('.change')).toHaveLength(view.changes.length);
    for (const change of view.changes) {
      expect(page.text()).toContain(change.seed);
      expect(page.text()).toContain(change.now);
    }
    expect(wxMock.setNavigationBarTitle).toHaveBeenLastCalledWith(expect.objectContaining({ title: t('page.about.title', lang) }));
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
    expect(wxMock.setNavigationBarTitle).toHaveBeenLastCalledWith(expect.objectContaining({ title: 'About and sources' }));
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
