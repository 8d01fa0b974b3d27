import { encodeAnswers } from '../../miniprogram/domain/links/share-codec';
import { encodeScene } from '../helpers/scene';
import { resultPath } from '../../miniprogram/domain/links/routes';
import { PROGRESS_KEY } from '../../miniprogram/platform/quiz-progress';
import { TEST_LINK_BASE, withConfig } from '../helpers/config-mock';
import { renderPage, tapAt } from '../helpers/simulate';
import { PERSONAS } from '../domain/personas';
import { installWxMock, setWechatLanguage, WxMock } from '../helpers/wx-mock';

let wxMock: WxMock;
beforeEach(() => {
  wxMock = installWxMock();
});

const navigatedTo = (): string[] => wxMock.navigateTo.mock.calls.map(([opts]) => (opts as { url: string }).url);

describe('home page', () => {
  it('shows what the app answers and the four account types in Chinese, its name once, in the bar', async () => {
    const home = await renderPage('pages/home/home');
    const text = home.text();
    expect(text).not.toContain('微信账号选型指南');
    expect(text).toContain('哪种微信账号适合你？');
    for (const name of ['服务号', '公众号（原订阅号）', '企业微信（原企业号）', '小程序']) expect(text).toContain(name);
    expect(text).toContain('每月 4 次群发');
    expect(text).toContain('服务号、公众号（原订阅号）、企业微信（原企业号）和小程序');
    expect(home.$$('.type-card')).toHaveLength(4);
    expect(wxMock.setNavigationBarTitle).toHaveBeenLastCalledWith(
      expect.objectContaining({ title: '微信账号选型指南' }),
    );
    home.detach();
  });

  it('follows an English WeChat on first launch', async () => {
    setWechatLanguage('en_US');
    const home = await renderPage('pages/home/home');
    const text = home.text();
    expect(text).toContain('Which WeChat account is right for you?');
    for (const name of [
      'Service account',
      'Official account (formerly subscription account)',
      'WeCom (formerly enterprise account)',
      'Mini program',
    ])
      expect(text).toContain(name);
    expect(text).not.toContain('哪种微信账号适合你');
    expect(home.$$('.type-card')).toHaveLength(4);
    expect(wxMock.setNavigationBarTitle).toHaveBeenLastCalledWith(
      expect.objectContaining({ title: 'WeChat Account Guide' }),
    );
    home.detach();
  });

  it('opens each type, the quiz, the comparison and the about page', async () => {
    const home = await renderPage('pages/home/home');
    for (let i = 0; i < 4; i++) await tapAt(home, '.type-card', i);
    await home.tap('.find-my-type');
    await home.tap('.compare-link');
    await home.tap('.overseas-link');
    await home.tap('.about-link');
    expect(navigatedTo()).toEqual([
      '/pages/account/account?type=service',
      '/pages/account/account?type=subscription',
      '/pages/account/account?type=enterprise',
      '/pages/account/account?type=miniprogram',
      '/pages/quiz/quiz',
      '/pages/compare/compare',
      '/pages/overseas/overseas',
      '/pages/about/about',
    ]);
    home.detach();
  });

  it('switches language, changes the visible text and the title, and remembers the choice', async () => {
    const home = await renderPage('pages/home/home');
    expect(home.text()).toContain('切换到 English');
    await home.tap('.lang');
    expect(home.text()).toContain('Which WeChat account is right for you?');
    expect(home.text()).not.toContain('哪种微信账号适合你');
    expect(wxMock.storage.get('lang.v1')).toBe('en');
    expect(wxMock.setNavigationBarTitle).toHaveBeenLastCalledWith(
      expect.objectContaining({ title: 'WeChat Account Guide' }),
    );
    home.detach();

    const again = await renderPage('pages/home/home');
    expect(again.text()).toContain('Which WeChat account is right for you?');
    await again.tap('.lang');
    expect(again.text()).toContain('哪种微信账号适合你？');
    expect(wxMock.storage.get('lang.v1')).toBe('zh');
    again.detach();
  });

  it('goes straight to the type a QR scene or link names', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ scene: 't%3Dminiprogram' }, '/pages/account/account?type=miniprogram'],
      [{ scene: 't=enterprise' }, '/pages/account/account?type=enterprise'],
      [{ type: 'service' }, '/pages/account/account?type=service'],
    ];
    for (const [query, url] of cases) {
      wxMock.navigateTo.mockClear();
      const home = await renderPage('pages/home/home', query);
      expect(navigatedTo()).toEqual([url]);
      expect(home.$('.home-notice')).toBeUndefined();
      home.detach();
    }
  });

  it('opens the shared result a QR scene carries', async () => {
    const answers = PERSONAS.P1;
    const scene = encodeScene({ kind: 'result', answers });
    const home = await renderPage('pages/home/home', { scene: encodeURIComponent(scene) });
    expect(navigatedTo()).toEqual([resultPath(encodeAnswers(answers), false)]);
    expect(navigatedTo()[0]).toMatch(/^\/pages\/result\/result\?a=[0-9A-Za-z]+$/);
    home.detach();
  });

  it('shows a friendly notice above the normal page for a damaged scene or link', async () => {
    const valid = encodeScene({ kind: 'result', answers: { entity: 'individual' } });
    const tampered = valid.slice(0, -1) + (valid.endsWith('A') ? 'B' : 'A');
    const unfinished = encodeScene({ kind: 'result', answers: { entity: 'individual', goals: ['content'] } });
    for (const query of <Record<string, string>[]>[
      { scene: 'zz%%' },
      { scene: 't=bank' },
      { scene: 'type=enterprise' },
      { scene: tampered },
      { scene: unfinished },
      { type: '__proto__' },
    ]) {
      const home = await renderPage('pages/home/home', query);
      expect(home.$('.home-notice')).toBeDefined();
      expect(home.text()).toContain('这个链接已损坏或不完整');
      expect(home.$$('.type-card')).toHaveLength(4);
      home.detach();
    }
    expect(wxMock.navigateTo).not.toHaveBeenCalled();
  });

  it('opens the result or the type page a scanned QR link carries (q, decoded once)', async () => {
    await withConfig({ QR_LINK_BASE: TEST_LINK_BASE }, async () => {
      const cases: [string, string][] = [
        ['https%3A%2F%2Fguide.example.com%2Fwxqr%2Fr%2F10qwdF', '/pages/result/result?a=10qwdF'],
        ['https%3A%2F%2Fguide.example.com%2Fwxqr%2Ft%2Fenterprise', '/pages/account/account?type=enterprise'],
      ];
      for (const [q, url] of cases) {
        wxMock.navigateTo.mockClear();
        const home = await renderPage('pages/home/home', { q, scancode_time: '1700000000' });
        expect(navigatedTo()).toEqual([url]);
        expect(home.$('.home-notice')).toBeUndefined();
        home.detach();
      }
    });
  });

  it('shows the damaged-link notice for a QR link that is not ours or is tampered, and keeps saved progress', async () => {
    const progress = { v: 1, step: 3, answers: { entity: 'media' } };
    wxMock.storage.set(PROGRESS_KEY, progress);
    await withConfig({ QR_LINK_BASE: TEST_LINK_BASE }, async () => {
      for (const q of [
        'https%3A%2F%2Fevil.example.net%2Fwxqr%2Fr%2F10qwdF',
        'https%3A%2F%2Fguide.example.com%2Fwxqr%2Fr%2F10qwdG',
        'https%253A%252F%252Fguide.example.com%252Fwxqr%252Fr%252F10qwdF',
        'https%3A%2F%2Fguide.example.com%2Fwxqr%2Fr%2F10q',
        '%E0%A4%A',
      ]) {
        const home = await renderPage('pages/home/home', { q });
        expect(home.text()).toContain('这个链接已损坏或不完整，已为你打开首页。');
        expect(home.$$('.type-card')).toHaveLength(4);
        home.detach();
      }
    });
    expect(wxMock.navigateTo).not.toHaveBeenCalled();
    expect(wxMock.storage.get(PROGRESS_KEY)).toEqual(progress);
  });

  it('shares the home page with a meaningful title', async () => {
    const home = await renderPage('pages/home/home');
    const share = (home.page.onShareAppMessage as () => { title: string; path: string })();
    expect(share.title).toBe('服务号、公众号（原订阅号）、企业微信还是小程序？一分钟选出来');
    expect(share.path).toBe('/pages/home/home');
    home.detach();
  });
});
