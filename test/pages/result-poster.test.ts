/**
 * The result poster's QR code (scanned back from the drawn pixels and opened through home, as WeChat would)
 * and saving it under WeChat's privacy rules: consent, errno 104 / 112, refused album permission,
 * no album API, success.
 */
import { encodeAnswers } from '../../miniprogram/domain/links/share-codec';
import { PROGRESS_KEY } from '../../miniprogram/platform/quiz-progress';
import { POSTER_SIZE } from '../../miniprogram/platform/poster/share-image';
import { TEST_LINK_BASE, withConfig } from '../helpers/config-mock';
import { loadingImage, PixelCanvas } from '../helpers/pixel-canvas';
import { renderPage, Rendered } from '../helpers/simulate';
import { installWxMock, WxMock } from '../helpers/wx-mock';
import { queryOf } from './quiz-walk';
import { SAMPLE } from './sample-result';

type Fn = (...args: unknown[]) => unknown;
type Cb = { success?: Fn; fail?: Fn };
const g = globalThis as unknown as { wx: Record<string, unknown> };

const CODE = '2BHqqJ';
const LINK = `${TEST_LINK_BASE}r/${CODE}`;
const OWN_PROGRESS = { v: 1, step: 2, answers: { entity: 'media', goals: ['content'] } };

let mock: WxMock;
let canvas: PixelCanvas;
beforeEach(() => {
  mock = installWxMock();
  canvas = new PixelCanvas(POSTER_SIZE.width, POSTER_SIZE.height);
  g.wx.createOffscreenCanvas = jest.fn(() => ({ getContext: () => canvas, createImage: loadingImage }));
  g.wx.canvasToTempFilePath = jest.fn((o: Cb) => o.success?.({ tempFilePath: 'wxfile://poster.png' }));
});

const flush = () => new Promise((r) => setTimeout(r, 5));

async function openPoster(query: Record<string, string> = { a: CODE, own: '1' }): Promise<Rendered> {
  const page = await renderPage('pages/result/result', query);
  await page.tap('#poster');
  await flush();
  return page;
}

/**
 * WeChat's privacy consent: once agreed it stays; until then requirePrivacyAuthorize shows WeChat's own
 * pop-up, whose answers come from `choices` in turn (true = 同意).
 */
function fakePrivacy(...choices: boolean[]) {
  let agreed = false;
  const popups: boolean[] = [];
  g.wx.requirePrivacyAuthorize = jest.fn((o: Cb): void => {
    if (!agreed) {
      const choice = choices[popups.length] ?? false;
      popups.push(choice);
      agreed = choice;
    }
    if (agreed) o.success?.({ errMsg: 'requirePrivacyAuthorize:ok' });
    else o.fail?.({ errMsg: 'requirePrivacyAuthorize:fail privacy permission is not authorized', errno: 104 });
  });
  return { popups };
}

const albumSaves = (fail?: Record<string, unknown>) =>
  (g.wx.saveImageToPhotosAlbum = jest.fn((o: Cb) =>
    fail ? o.fail?.(fail) : o.success?.({ errMsg: 'saveImageToPhotosAlbum:ok' }),
  ));

describe('result poster QR code', () => {
  it('carries an ordinary QR code of <QR_LINK_BASE>r/<code>, and scanning it opens the same result through home', async () => {
    await withConfig({ QR_LINK_BASE: TEST_LINK_BASE }, async () => {
      const sharer = await openPoster();
      expect(sharer.page.data.poster).toBe('wxfile://poster.png');
      const scannedLink = canvas.scan();
      expect(scannedLink).toBe('https://guide.example.com/wxqr/r/2BHqqJ');
      expect(canvas.texts.join('')).toContain('微信扫码打开这份结果');
      const sharerView = sharer.page.data.view;
      sharer.detach();

      // Another phone scans it: WeChat opens the rule's page (home) with q = the link, encoded once.
      mock = installWxMock();
      mock.storage.set(PROGRESS_KEY, OWN_PROGRESS);
      const home = await renderPage('pages/home/home', {
        q: encodeURIComponent(scannedLink as string),
        scancode_time: '1700000000',
      });
      const url = (mock.navigateTo.mock.calls[0][0] as { url: string }).url;
      expect(url).toBe('/pages/result/result?a=2BHqqJ');
      home.detach();
      const friend = await renderPage('pages/result/result', queryOf(url));
      expect(friend.page.data.view).toEqual(sharerView);
      expect(friend.text()).toContain('推荐你开通小程序匹配度 74/100');
      expect(friend.text()).toContain('这是朋友分享给你的结果');
      expect(mock.storage.get(PROGRESS_KEY)).toEqual(OWN_PROGRESS);
      friend.detach();
    });
  });

  it('opens a result or a type when the rule points at the result page itself, and explains a tampered q', async () => {
    await withConfig({ QR_LINK_BASE: TEST_LINK_BASE }, async () => {
      const direct = await renderPage('pages/result/result', { q: encodeURIComponent(LINK) });
      expect(direct.text()).toContain('推荐你开通小程序匹配度 74/100');
      expect(direct.page.data.shared).toBe(true);
      direct.detach();
      const type = await renderPage('pages/result/result', { q: encodeURIComponent(`${TEST_LINK_BASE}t/service`) });
      expect(mock.redirectTo).toHaveBeenCalledWith(
        expect.objectContaining({ url: '/pages/account/account?type=service' }),
      );
      type.detach();
      mock.storage.set(PROGRESS_KEY, OWN_PROGRESS);
      for (const q of [
        encodeURIComponent(`${TEST_LINK_BASE}r/10qnIM`),
        encodeURIComponent(encodeURIComponent(LINK)),
        encodeURIComponent(`https://evil.example.net/wxqr/r/${CODE}`),
        'x'.repeat(100 * 1024),
      ]) {
        const page = await renderPage('pages/result/result', { q });
        expect(page.page.data.state).toBe('damaged');
        expect(page.text()).toContain('这个链接已损坏或不完整，无法显示分享的结果。你可以自己测一测。');
        expect(page.$('#take-quiz')).toBeDefined();
        page.detach();
      }
      expect(mock.storage.get(PROGRESS_KEY)).toEqual(OWN_PROGRESS);
      expect(mock.removeStorageSync).not.toHaveBeenCalled();
    });
  });

  it('draws no QR code without a usable QR_LINK_BASE: the configured code image, else the search line', async () => {
    await withConfig(
      { QR_LINK_BASE: 'http://guide.example.com/wxqr/', POSTER_CODE_IMAGE: '/assets/mp-code.png' },
      async () => {
        (await openPoster()).detach();
      },
    );
    expect(canvas.scan()).toBeNull();
    expect(canvas.images).toEqual(['/assets/mp-code.png']);
    canvas = new PixelCanvas(POSTER_SIZE.width, POSTER_SIZE.height);
    (await openPoster()).detach();
    expect(canvas.scan()).toBeNull();
    expect(canvas.texts.join('')).toContain('在微信里搜索小程序“微信账号选型指南”');
  });

  it('English poster: English footer, same link', async () => {
    mock.storage.set('lang.v1', 'en');
    await withConfig({ QR_LINK_BASE: TEST_LINK_BASE }, async () => {
      (await openPoster()).detach();
    });
    expect(canvas.scan()).toBe(LINK);
    expect(canvas.texts).toEqual(
      expect.arrayContaining(['Mini program (built by your developers) + Service account (for notices)', 'Fit 74/100']),
    );
    expect(canvas.texts.join('')).toContain('Scan in WeChat');
  });
});

describe('saving the poster under WeChat privacy rules', () => {
  it('asks for privacy consent before writing the album, then saves', async () => {
    const privacy = fakePrivacy(true);
    // No custom consent sheet: WeChat's own pop-up asks (a listener would switch the whole app to custom mode).
    g.wx.onNeedPrivacyAuthorization = jest.fn();
    albumSaves();
    const page = await openPoster();
    await page.tap('#poster-save');
    await flush();
    expect(privacy.popups).toEqual([true]);
    expect(g.wx.onNeedPrivacyAuthorization).not.toHaveBeenCalled();
    expect(g.wx.saveImageToPhotosAlbum).toHaveBeenCalledWith(
      expect.objectContaining({ filePath: 'wxfile://poster.png' }),
    );
    expect(mock.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已保存到相册' }));
    expect(mock.showModal).not.toHaveBeenCalled();
    page.detach();
  });

  it('explains a refused consent (errno 104) in plain words and lets the user try again', async () => {
    const privacy = fakePrivacy(false, true);
    albumSaves();
    const page = await openPoster();
    await page.tap('#poster-save');
    await flush();
    expect(mock.showModal).toHaveBeenCalledTimes(1);
    expect(mock.showModal).toHaveBeenCalledWith(
      expect.objectContaining({
        title: '海报没有保存',
        content: '你没有同意《用户隐私保护指引》，微信不允许保存到相册。可以再试一次。',
        confirmText: '再试一次',
      }),
    );
    // "Try again" (the mock confirms) shows WeChat's pop-up again; this time the user agrees.
    expect(privacy.popups).toEqual([false, true]);
    expect(g.wx.saveImageToPhotosAlbum).toHaveBeenCalledTimes(1);
    expect(mock.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已保存到相册' }));
    page.detach();
  });

  it("explains errno 104 on the save itself (WeChat's own pop-up refused) and stops when the user cancels", async () => {
    albumSaves({ errMsg: 'saveImageToPhotosAlbum:fail privacy permission is not authorized', errno: 104 });
    const page = await openPoster();
    mock.showModal.mockImplementationOnce((o: Cb) => o.success?.({ confirm: false, cancel: true }));
    await page.tap('#poster-save');
    await flush();
    expect(mock.showModal).toHaveBeenCalledTimes(1);
    expect(mock.showModal).toHaveBeenCalledWith(
      expect.objectContaining({ title: '海报没有保存', confirmText: '再试一次' }),
    );
    expect(g.wx.saveImageToPhotosAlbum).toHaveBeenCalledTimes(1);
    expect(page.page.data.poster).toBe('wxfile://poster.png');
    page.detach();
  });

  it('stops offering "try again" after three refusals in a row', async () => {
    albumSaves({ errMsg: 'saveImageToPhotosAlbum:fail privacy permission is not authorized', errno: 104 });
    const page = await openPoster();
    await page.tap('#poster-save');
    await flush();
    expect(g.wx.saveImageToPhotosAlbum).toHaveBeenCalledTimes(3);
    expect(mock.showModal).toHaveBeenCalledTimes(2);
    page.detach();
  });

  it('explains an interface missing from the privacy guideline (errno 112) and offers the poster to long-press', async () => {
    albumSaves({
      errMsg: 'saveImageToPhotosAlbum:fail api scope is not declared in the privacy agreement',
      errno: 112,
    });
    g.wx.previewImage = jest.fn();
    const page = await openPoster();
    await page.tap('#poster-save');
    await flush();
    expect(mock.showModal).toHaveBeenCalledWith(
      expect.objectContaining({
        title: '暂时无法保存',
        content: expect.stringContaining('还没有在《用户隐私保护指引》里声明“写入相册”'),
        confirmText: '打开海报',
      }),
    );
    expect(g.wx.previewImage).toHaveBeenCalledWith(expect.objectContaining({ urls: ['wxfile://poster.png'] }));
    expect(mock.showToast).not.toHaveBeenCalledWith(expect.objectContaining({ title: '已保存到相册' }));
    page.detach();
  });

  it('keeps the album-permission flow: a refusal leads to Settings and one retry', async () => {
    fakePrivacy(true);
    let allowed = false;
    g.wx.saveImageToPhotosAlbum = jest.fn((o: Cb) =>
      allowed ? o.success?.({}) : o.fail?.({ errMsg: 'saveImageToPhotosAlbum:fail auth deny' }),
    );
    g.wx.openSetting = jest.fn((o: Cb) => {
      allowed = true;
      o.success?.({ authSetting: { 'scope.writePhotosAlbum': true } });
    });
    const page = await openPoster();
    await page.tap('#poster-save');
    await flush();
    expect(mock.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '需要相册权限' }));
    expect(g.wx.saveImageToPhotosAlbum).toHaveBeenCalledTimes(2);
    expect(mock.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已保存到相册' }));
    page.detach();
  });

  it('hides saving where the base library has no wx.saveImageToPhotosAlbum; the poster still shows', async () => {
    delete g.wx.saveImageToPhotosAlbum;
    const page = await openPoster();
    expect(page.page.data.poster).toBe('wxfile://poster.png');
    expect(page.$('#poster-save')).toBeUndefined();
    expect(page.$('#poster-close')).toBeDefined();
    expect(page.text()).not.toContain('保存到相册');
    page.detach();
  });

  it('saves straight away on a base library without privacy APIs (no consent to ask for)', async () => {
    g.wx.canIUse = jest.fn((s: string) => !/Privacy/.test(s));
    albumSaves();
    const page = await openPoster();
    await page.tap('#poster-save');
    await flush();
    expect(mock.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已保存到相册' }));
    page.detach();
  });
});

it('pins the sample share code', () => {
  expect(encodeAnswers(SAMPLE)).toBe(CODE);
});
