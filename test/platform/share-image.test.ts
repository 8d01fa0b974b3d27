import { drawPoster, drawShareCard, CARD_SIZE } from '../../miniprogram/platform/poster/share-image';
import { installWxMock } from '../helpers/wx-mock';

type Fn = (...args: unknown[]) => unknown;
const g = globalThis as unknown as { wx: Record<string, unknown> };

function fakeCanvas(texts: string[], images: string[]) {
  const ctx = new Proxy(
    {
      measureText: (s: string) => ({ width: Array.from(s).length * 20 }),
      fillText: (s: string) => texts.push(s),
      drawImage: (img: { src: string }) => images.push(img.src),
    } as Record<string, unknown>,
    { get: (target, key: string) => (key in target ? target[key] : () => undefined), set: () => true },
  );
  return {
    getContext: () => ctx,
    createImage: () => {
      const img: Record<string, unknown> = {};
      return new Proxy(img, {
        set(target, key: string, value) {
          target[key] = value;
          if (key === 'src')
            setTimeout(() => (value === 'missing.png' ? (target.onerror as Fn)() : (target.onload as Fn)()), 0);
          return true;
        },
      });
    },
  };
}

const content = {
  brand: '微信账号选型指南',
  headline: '我适合开通',
  typeName: '服务号',
  score: '匹配度 86',
  reasons: ['因为你要收款', '因为你要服务客户'],
  color: '#1677ff',
};

describe('share images', () => {
  let texts: string[];
  let images: string[];
  beforeEach(() => {
    installWxMock();
    texts = [];
    images = [];
    g.wx.createOffscreenCanvas = jest.fn((o: { width: number; height: number }) => ({
      ...fakeCanvas(texts, images),
      ...o,
    }));
    g.wx.canvasToTempFilePath = jest.fn((o: { success: Fn }) => o.success({ tempFilePath: 'wxfile://card.png' }));
  });

  it('draws a 5:4 card with the type, score and two reasons', async () => {
    await expect(drawShareCard(content)).resolves.toBe('wxfile://card.png');
    expect(g.wx.createOffscreenCanvas).toHaveBeenCalledWith(
      expect.objectContaining({ type: '2d', width: 500, height: 400 }),
    );
    expect(CARD_SIZE.width / CARD_SIZE.height).toBe(5 / 4);
    expect(texts).toEqual(expect.arrayContaining(['服务号', '匹配度 86', '· 因为你要收款', '· 因为你要服务客户']));
  });

  it('puts the code image on the poster, or the link text when it cannot load', async () => {
    await drawPoster(
      {
        ...content,
        runnerUp: '备选：订阅号',
        footer: '长按识别',
        codeImage: 'code.png',
        linkText: '搜索小程序',
      },
      null,
    );
    expect(images).toEqual(['code.png']);
    texts.length = 0;
    await drawPoster(
      {
        ...content,
        runnerUp: '备选：订阅号',
        footer: '长按识别',
        codeImage: 'missing.png',
        linkText: '搜索小程序',
      },
      null,
    );
    expect(texts).toContain('搜索小程序');
  });

  it('resolves null when the export fails', async () => {
    g.wx.canvasToTempFilePath = jest.fn((o: { fail: Fn }) => o.fail({ errMsg: 'fail' }));
    await expect(drawShareCard(content)).resolves.toBeNull();
  });
});
