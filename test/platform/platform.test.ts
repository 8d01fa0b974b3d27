import fc from 'fast-check';
import { readStored, readStoredStrict, writeStored, removeStored } from '../../miniprogram/platform/storage';
import { loadTicks } from '../../miniprogram/platform/plan-ticks';
import { currentLang, saveLang } from '../../miniprogram/platform/language';
import { openPage, goBack } from '../../miniprogram/platform/navigation';
import { saveImageToAlbum } from '../../miniprogram/platform/poster/album';
import { wrapText } from '../../miniprogram/platform/poster/canvas';
import { paintToFile } from '../../miniprogram/platform/poster/canvas';
import { installWxMock, WxMock } from '../helpers/wx-mock';

type Fn = (...args: unknown[]) => unknown;
let mock: WxMock;
const g = globalThis as unknown as { wx: Record<string, unknown>; getCurrentPages?: () => unknown[] };

beforeEach(() => {
  mock = installWxMock();
  delete g.getCurrentPages;
});

describe('storage', () => {
  it('round-trips through the validator and treats garbage as absent', () => {
    const asNumber = (raw: unknown) => (typeof raw === 'number' ? raw : null);
    expect(readStored('k', asNumber)).toBeNull();
    expect(writeStored('k', 3)).toBe(true);
    expect(readStored('k', asNumber)).toBe(3);
    mock.storage.set('k', '{not json');
    expect(readStored('k', asNumber)).toBeNull();
    removeStored('k');
    expect(mock.storage.has('k')).toBe(false);
  });
  it('never throws when wx storage throws', () => {
    g.wx.getStorageSync = () => {
      throw new Error('storage broken');
    };
    g.wx.setStorageSync = g.wx.getStorageSync;
    expect(readStored('k', () => 1)).toBeNull();
    expect(writeStored('k', 1)).toBe(false);
  });
});

describe('plan ticks when storage fails', () => {
  it('tell a failed read (throws, or undefined) from nothing saved or a corrupt record', () => {
    expect(loadTicks('code.x')).toEqual([]);
    mock.storage.set('plan.ticks.code.x', '{broken');
    expect(loadTicks('code.x')).toEqual([]);
    mock.storage.set('plan.ticks.code.x', { v: 1, done: ['lp.svc.3'] });
    expect(loadTicks('code.x')).toEqual(['lp.svc.3']);
    g.wx.getStorageSync = () => undefined;
    expect(loadTicks('code.x')).toBeNull();
    g.wx.getStorageSync = () => {
      throw new Error('getStorageSync:fail');
    };
    expect(loadTicks('code.x')).toBeNull();
    expect(readStoredStrict('k', () => 1)).toEqual({ ok: false });
  });
});

describe('language', () => {
  it('follows WeChat, then the saved choice', () => {
    g.wx.getAppBaseInfo = () => ({ language: 'en_US' });
    expect(currentLang()).toBe('en');
    saveLang('zh');
    expect(currentLang()).toBe('zh');
  });
  it('falls back to getSystemInfoSync on old base libraries', () => {
    delete g.wx.getAppBaseInfo;
    g.wx.getSystemInfoSync = () => ({ language: 'en' });
    expect(currentLang()).toBe('en');
  });
  it('ignores a corrupt saved language', () => {
    mock.storage.set('lang.v1', { lang: 'fr' });
    g.wx.getAppBaseInfo = () => ({ language: 'zh_CN' });
    expect(currentLang()).toBe('zh');
  });
});

describe('navigation', () => {
  it('falls back to redirectTo when navigateTo fails', () => {
    g.wx.navigateTo = jest.fn((o: { fail: Fn }) => o.fail({ errMsg: 'navigateTo:fail webview count limit exceed' }));
    openPage('/pages/quiz/quiz');
    expect(mock.redirectTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/quiz/quiz' }));
  });
  it('goes home when there is nothing to go back to', () => {
    g.getCurrentPages = () => [{}];
    goBack();
    expect(mock.reLaunch).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/home/home' }));
    expect(mock.navigateBack).not.toHaveBeenCalled();
  });
});

describe('album', () => {
  it('tells a refused permission from another failure', async () => {
    g.wx.saveImageToPhotosAlbum = (o: { fail: Fn }) => o.fail({ errMsg: 'saveImageToPhotosAlbum:fail auth deny' });
    await expect(saveImageToAlbum('/tmp/p.png')).resolves.toBe('denied');
    g.wx.saveImageToPhotosAlbum = (o: { fail: Fn }) => o.fail({ errMsg: 'saveImageToPhotosAlbum:fail disk full' });
    await expect(saveImageToAlbum('/tmp/p.png')).resolves.toBe('failed');
    g.wx.saveImageToPhotosAlbum = (o: { success: Fn }) => o.success({});
    await expect(saveImageToAlbum('/tmp/p.png')).resolves.toBe('saved');
  });
});

describe('canvas', () => {
  const fixed = { measureText: (s: string) => ({ width: Array.from(s).length * 10 }) };
  it('wraps to the width and ellipsises past the last line', () => {
    expect(wrapText(fixed, '一二三四五六七八九十', 50, 3)).toEqual(['一二三四五', '六七八九十']);
    const lines = wrapText(fixed, '一二三四五六七八九十一二三四五六', 50, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
  });
  it('resolves null without an offscreen canvas', async () => {
    delete g.wx.createOffscreenCanvas;
    await expect(paintToFile(500, 400, () => undefined)).resolves.toBeNull();
  });
});

describe('wrapText edges', () => {
  const fixed = { measureText: (s: string) => ({ width: Array.from(s).length * 10 }) };
  it('adds no ellipsis when the text fits exactly', () => {
    expect(wrapText(fixed, '一二三四五六七八九十', 50, 2)).toEqual(['一二三四五', '六七八九十']);
  });
  it('ellipsises when one character is left over', () => {
    expect(wrapText(fixed, '一二三四五六七八九十一', 50, 2)).toEqual(['一二三四五', '六七八九…']);
  });
  it('returns nothing for empty text', () => {
    expect(wrapText(fixed, '', 50, 2)).toEqual([]);
  });
  it('moves a Latin word whole to the next line', () => {
    expect(wrapText(fixed, 'Scan in WeChat to open this result', 100, 4)).toEqual([
      'Scan in',
      'WeChat to',
      'open this',
      'result',
    ]);
    expect(wrapText(fixed, '· Subscription', 60, 3)).toEqual(['· Subs', 'cripti', 'on']);
    expect(wrapText(fixed, 'Supercalifragilistic', 60, 2)).toEqual(['Superc', 'alifr…']);
  });
  it('keeps every character in order, within the width but for one hanging mark, in at most maxLines', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '一', '，', '.') }),
        fc.integer({ min: 1, max: 4 }),
        (text, maxLines) => {
          const lines = wrapText(fixed, text, 50, maxLines);
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of lines) expect(fixed.measureText(line).width).toBeLessThanOrEqual(60);
          const squeeze = (s: string) => s.replace(/ /g, '');
          const joined = squeeze(lines.join(''));
          if (joined.endsWith('…')) expect(squeeze(text).startsWith(joined.slice(0, -1))).toBe(true);
          else expect(joined).toBe(squeeze(text));
        },
      ),
    );
  });
  it('never starts a line with closing punctuation (it hangs past the edge instead)', () => {
    expect(wrapText(fixed, '一二三四五，六七八九十。', 50, 3)).toEqual(['一二三四五，', '六七八九十。']);
  });
});
