import fc from 'fast-check';
import { qrLink } from '../../miniprogram/domain/links/qr-link';
import { QUESTIONS } from '../../miniprogram/domain/quiz/questionnaire';
import { qrMatrix } from '../../miniprogram/platform/poster/qr-matrix';
import { MIN_SIDE_PX, paintQrCode, QUIET_ZONE } from '../../miniprogram/platform/poster/qr-painter';
import { drawPoster, POSTER_SIZE } from '../../miniprogram/platform/poster/share-image';
import { answersArb } from '../domain/answers-arbitrary';
import { PixelCanvas } from '../helpers/pixel-canvas';
import { installWxMock } from '../helpers/wx-mock';

type Fn = (...args: unknown[]) => unknown;
const g = globalThis as unknown as { wx: Record<string, unknown> };

const BASE = 'https://guide.example.com/wxqr/';
const LINK = 'https://guide.example.com/wxqr/r/10qwdF';
const completeArb = answersArb.filter((a) => QUESTIONS.every((q) => q.optional || a[q.id] !== undefined));

describe('QR matrix (qrcode-generator)', () => {
  it('makes a version 3 code (29 modules) for a result link, with the finder patterns in three corners', () => {
    const m = qrMatrix(LINK);
    expect(m?.size).toBe(29);
    // A finder pattern: 7×7 dark ring, light ring, dark 3×3 centre.
    for (const [r0, c0] of [
      [0, 0],
      [0, 22],
      [22, 0],
    ]) {
      expect([m?.dark(r0, c0), m?.dark(r0 + 6, c0 + 6), m?.dark(r0 + 1, c0 + 1), m?.dark(r0 + 3, c0 + 3)]).toEqual([
        true,
        true,
        false,
        true,
      ]);
    }
  });

  it('returns null instead of throwing for text no QR code holds', () => {
    expect(qrMatrix('x'.repeat(5000))).toBeNull();
  });
});

describe('QR painter', () => {
  it('paints whole-pixel modules with a 4-module white quiet zone, and the pixels scan back to the link', () => {
    const canvas = new PixelCanvas(400, 400);
    canvas.fillStyle = '#1677ff';
    canvas.fillRect(0, 0, 400, 400);
    const painted = paintQrCode(canvas, qrMatrix(LINK)!, 20, 30, 260);
    // 29 modules + 2 × 4 quiet = 37; 260 / 37 → 7 px a module.
    expect(painted).toEqual({ side: 259, module: 7 });
    expect(canvas.rects[1]).toEqual({ x: 20, y: 30, w: 259, h: 259, color: '#ffffff' });
    // The quiet zone stays white: no dark rectangle starts within 4 modules of the edge.
    for (const r of canvas.rects.slice(2)) {
      expect(r.color).toBe('#000000');
      expect(r.x).toBeGreaterThanOrEqual(20 + QUIET_ZONE * 7);
      expect(r.y).toBeGreaterThanOrEqual(30 + QUIET_ZONE * 7);
      expect(r.x + r.w).toBeLessThanOrEqual(20 + 259 - QUIET_ZONE * 7);
    }
    expect(canvas.scan()).toBe(LINK);
  });

  it('paints nothing when the code would be smaller than it can reliably scan', () => {
    const canvas = new PixelCanvas(300, 300);
    expect(paintQrCode(canvas, qrMatrix(LINK)!, 0, 0, MIN_SIDE_PX - 1)).toBeNull();
    expect(paintQrCode(canvas, qrMatrix(`${BASE}${'a'.repeat(300)}`)!, 0, 0, 260)).toBeNull();
    expect(canvas.rects).toEqual([]);
  });
});

describe('poster with a QR code', () => {
  let canvas: PixelCanvas;
  beforeEach(() => {
    installWxMock();
    canvas = new PixelCanvas(POSTER_SIZE.width, POSTER_SIZE.height);
    g.wx.createOffscreenCanvas = jest.fn(() => ({ getContext: () => canvas, createImage: () => ({}) }));
    g.wx.canvasToTempFilePath = jest.fn((o: { success: Fn }) => o.success({ tempFilePath: 'wxfile://poster.png' }));
  });

  const content = {
    brand: '微信账号选型指南',
    headline: '我适合开通',
    typeName: '服务号',
    score: '匹配度 86',
    reasons: ['因为你要收款'],
    color: '#1677ff',
    runnerUp: '备选：订阅号',
    footer: '长按识别小程序码',
    linkText: '搜索小程序',
  };

  it('draws the link as a code of at least 200 px that scans from the poster pixels, with its footer beside it', async () => {
    await expect(
      drawPoster(
        {
          ...content,
          codeImage: '/assets/mp-code.png',
          qr: { link: LINK, footer: '微信扫一扫，打开这份结果' },
        },
        qrMatrix,
      ),
    ).resolves.toBe('wxfile://poster.png');
    const white = canvas.rects.find((r) => r.color === '#ffffff' && r.w === r.h);
    expect(white).toEqual({ x: 88, y: 850, w: 259, h: 259, color: '#ffffff' });
    expect(white!.y + white!.h).toBeLessThanOrEqual(POSTER_SIZE.height - 40);
    expect(canvas.texts.join('')).toContain('微信扫一扫，打开这份结果');
    // The QR code replaces both fallbacks.
    expect(canvas.images).toEqual([]);
    expect(canvas.texts).not.toContain('搜索小程序');
    expect(canvas.scan()).toBe(LINK);
  });

  it('scans back to its own result link for any answers', async () => {
    await fc.assert(
      fc.asyncProperty(completeArb, async (answers) => {
        canvas = new PixelCanvas(POSTER_SIZE.width, POSTER_SIZE.height);
        const link = qrLink(BASE, { kind: 'result', answers });
        await drawPoster({ ...content, qr: { link, footer: 'scan' } }, qrMatrix);
        expect(canvas.scan()).toBe(link);
      }),
      { numRuns: 5 },
    );
  });

  it('falls back to the text panel when the link cannot be drawn as a scannable code', async () => {
    await drawPoster({ ...content, qr: { link: 'x'.repeat(5000), footer: 'scan' } }, qrMatrix);
    expect(canvas.texts).toContain('搜索小程序');
    expect(canvas.scan()).toBeNull();
  });

  it('falls back to the text panel when the encoder could not be loaded', async () => {
    await drawPoster({ ...content, qr: { link: LINK, footer: 'scan' } }, null);
    expect(canvas.texts).toContain('搜索小程序');
    expect(canvas.scan()).toBeNull();
  });
});
