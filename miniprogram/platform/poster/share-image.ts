import type { PosterContent, ShareImageContent } from '../../domain/result-views/share-content';
import { FONT_FAMILY, THEME } from '../../domain/theme';
import { Ctx2D, paintToFile, PaintSurface, roundRect, wrapText } from './canvas';
import { paintQrCode, QrEncoder } from './qr-painter';

/** WeChat shows share card images at 5:4. */
export const CARD_SIZE = { width: 500, height: 400 };
export const POSTER_SIZE = { width: 750, height: 1200 };
/** WeChat shows a Moments share's image at 1:1. */
export const TIMELINE_SIZE = { width: 500, height: 500 };

const FONT = FONT_FAMILY;

function text(ctx: Ctx2D, value: string, x: number, y: number, size: number, color: string, weight = 'normal'): void {
  ctx.font = `${weight} ${size}px ${FONT}`;
  ctx.fillStyle = color;
  ctx.fillText(value, x, y);
}

/** Where the shared summary (headline, type, score badge, reasons) sits; the card and the poster differ only in scale. */
interface SummaryLayout {
  x: number;
  headlineY: number;
  headlineSize: number;
  typeY: number;
  typeSize: number;
  badge: { y: number; w: number; h: number; textSize: number };
  reasons: { y: number; size: number; lineHeight: number; gap: number; count: number; maxWidth: number };
}

const CARD_LAYOUT: SummaryLayout = {
  x: 36,
  headlineY: 44,
  headlineSize: 26,
  typeY: 84,
  typeSize: 46,
  badge: { y: 148, w: 180, h: 44, textSize: 24 },
  // Two reasons of at most two lines each end above the brand line.
  reasons: { y: 212, size: 22, lineHeight: 32, gap: 0, count: 2, maxWidth: CARD_SIZE.width - 72 },
};

/** The card's summary with room for a third reason: Moments shows the image square. */
const TIMELINE_LAYOUT: SummaryLayout = {
  ...CARD_LAYOUT,
  headlineY: 56,
  typeY: 100,
  badge: { ...CARD_LAYOUT.badge, y: 168 },
  reasons: { ...CARD_LAYOUT.reasons, y: 236, gap: 6, count: 3 },
};

const POSTER_LAYOUT: SummaryLayout = {
  x: 88,
  headlineY: 170,
  headlineSize: 36,
  typeY: 226,
  typeSize: 72,
  badge: { y: 338, w: 260, h: 64, textSize: 34 },
  reasons: { y: 450, size: 32, lineHeight: 46, gap: 10, count: 3, maxWidth: POSTER_SIZE.width - 176 },
};

/**
 * The type's name in the space of one line of `typeSize`: whole if it fits; else on two lines at a smaller size
 * ("Official account (formerly subscription account)"); else, as a last resort, one line shrunk to fit.
 */
function paintTypeName(ctx: Ctx2D, name: string, l: SummaryLayout): void {
  const width = l.reasons.maxWidth;
  ctx.font = `bold ${l.typeSize}px ${FONT}`;
  const full = ctx.measureText(name).width;
  if (full <= width) {
    text(ctx, name, l.x, l.typeY, l.typeSize, THEME['color-text'], 'bold');
    return;
  }
  const small = Math.floor(l.typeSize * 0.6);
  ctx.font = `bold ${small}px ${FONT}`;
  const lines = wrapText(ctx, name, width, 2);
  if (lines.length === 2 && !lines[1].endsWith('…')) {
    const gap = Math.max(0, l.typeSize - 2 * small) / 3;
    lines.forEach((line, i) =>
      text(ctx, line, l.x, l.typeY + gap + i * (small + gap), small, THEME['color-text'], 'bold'),
    );
    return;
  }
  const shrunk = Math.floor((l.typeSize * width) / full);
  text(ctx, name, l.x, l.typeY + (l.typeSize - shrunk) / 2, shrunk, THEME['color-text'], 'bold');
}

/** Paints the summary and returns the y below the last reason. */
function paintSummary(ctx: Ctx2D, c: ShareImageContent, l: SummaryLayout): number {
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  text(ctx, c.headline, l.x, l.headlineY, l.headlineSize, THEME['color-text-2']);
  paintTypeName(ctx, c.typeName, l);
  // A path (no account type to open) has no score: no badge.
  if (c.score) {
    ctx.font = `bold ${l.badge.textSize}px ${FONT}`;
    const w = Math.max(l.badge.w, ctx.measureText(c.score).width + l.badge.h);
    roundRect(ctx, l.x, l.badge.y, w, l.badge.h, l.badge.h / 2);
    ctx.fillStyle = c.color;
    ctx.fill();
    text(
      ctx,
      c.score,
      l.x + l.badge.h / 2,
      l.badge.y + (l.badge.h - l.badge.textSize) / 2,
      l.badge.textSize,
      THEME['color-surface'],
      'bold',
    );
  }
  const r = l.reasons;
  let y = r.y;
  ctx.font = `normal ${r.size}px ${FONT}`;
  for (const reason of c.reasons.slice(0, r.count)) {
    for (const line of wrapText(ctx, `· ${reason}`, r.maxWidth, 2)) {
      text(ctx, line, l.x, y, r.size, THEME['color-text']);
      y += r.lineHeight;
    }
    y += r.gap;
  }
  return y;
}

function paintCard(
  { ctx }: PaintSurface,
  c: ShareImageContent,
  size = CARD_SIZE,
  layout: SummaryLayout = CARD_LAYOUT,
): void {
  const { width, height } = size;
  ctx.fillStyle = THEME['color-surface'];
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = c.color;
  ctx.fillRect(0, 0, width, 12);
  paintSummary(ctx, c, layout);
  text(ctx, c.brand, layout.x, height - 36, 18, THEME['color-text-3']);
}

async function paintPoster(surface: PaintSurface, c: PosterContent, encode: QrEncoder | null): Promise<void> {
  const { ctx } = surface;
  const { width, height } = POSTER_SIZE;
  const x = POSTER_LAYOUT.x;
  ctx.fillStyle = c.color;
  ctx.fillRect(0, 0, width, height);
  roundRect(ctx, 40, 40, width - 80, height - 80, 32);
  ctx.fillStyle = THEME['color-surface'];
  ctx.fill();
  text(ctx, c.brand, x, 96, 30, THEME['color-text-3']);
  const y = paintSummary(ctx, c, POSTER_LAYOUT);
  text(ctx, c.runnerUp, x, Math.max(y + 10, 760), 30, THEME['color-text-2']);
  if (c.qr && encode && paintPosterQr(ctx, c.qr, encode)) return;
  const code = c.codeImage ? await surface.loadImage(c.codeImage) : null;
  ctx.font = `normal 28px ${FONT}`;
  if (code) {
    ctx.drawImage(code, x, 880, 200, 200);
    wrapText(ctx, c.footer, width - 420, 3).forEach((line, i) =>
      text(ctx, line, 316, 930 + i * 42, 28, THEME['color-text-2']),
    );
  } else {
    // No code configured: the same spot holds a panel telling how to find the mini program.
    roundRect(ctx, x, 880, width - 2 * x, 200, 24);
    ctx.fillStyle = THEME['color-bg'];
    ctx.fill();
    ctx.font = `normal 30px ${FONT}`;
    const lines = wrapText(ctx, c.linkText, width - 2 * x - 64, 3);
    const top = 980 - (lines.length * 44) / 2;
    lines.forEach((line, i) => text(ctx, line, x + 32, top + i * 44, 30, THEME['color-text']));
  }
}

/** Where the poster's QR code goes: left-aligned with the text, below the runner-up line. */
const POSTER_QR = { top: 850, maxSide: 260 };

/** The QR code with its footer to the right; false (nothing painted) when the code cannot be drawn to scan. */
function paintPosterQr(ctx: Ctx2D, qr: { link: string; footer: string }, encode: QrEncoder): boolean {
  const matrix = encode(qr.link);
  const painted = matrix && paintQrCode(ctx, matrix, POSTER_LAYOUT.x, POSTER_QR.top, POSTER_QR.maxSide);
  if (!painted) return false;
  const textX = POSTER_LAYOUT.x + painted.side + 28;
  ctx.font = `normal 28px ${FONT}`;
  const lines = wrapText(ctx, qr.footer, POSTER_SIZE.width - POSTER_LAYOUT.x - textX, 4);
  const top = POSTER_QR.top + (painted.side - lines.length * 42) / 2;
  lines.forEach((line, i) => text(ctx, line, textX, top + i * 42, 28, THEME['color-text-2']));
  return true;
}

/**
 * The 5:4 chat card image; null where the canvas is unavailable (use the bundled static image). It carries no
 * code: tapped in a chat, the card itself opens the mini program at the shared result (onShareAppMessage path).
 */
export function drawShareCard(content: ShareImageContent): Promise<string | null> {
  return paintToFile(CARD_SIZE.width, CARD_SIZE.height, (s) => paintCard(s, content));
}

/** The 1:1 image of a Moments share: the card's summary with up to three reasons; null where the canvas is unavailable. */
export function drawTimelineImage(content: ShareImageContent): Promise<string | null> {
  return paintToFile(TIMELINE_SIZE.width, TIMELINE_SIZE.height, (s) =>
    paintCard(s, content, TIMELINE_SIZE, TIMELINE_LAYOUT),
  );
}

/**
 * The poster, with the QR code of its link where `encode` (platform/qr-encoder.ts) is there and the code scans,
 * else with the mini program code image or the text that tells how to find it; null where the canvas is unavailable.
 */
export function drawPoster(content: PosterContent, encode: QrEncoder | null): Promise<string | null> {
  return paintToFile(POSTER_SIZE.width, POSTER_SIZE.height, (s) => paintPoster(s, content, encode));
}
