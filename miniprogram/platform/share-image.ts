import { Ctx2D, paintToFile, PaintSurface, roundRect, wrapText } from './canvas';
import { qrMatrix } from './qr-matrix';
import { paintQrCode } from './qr-painter';

/** Plain, already-localised content for the chat card and the poster; pages fill it from the domain. */
export interface ShareImageContent {
  brand: string; // app name
  headline: string; // e.g. "我适合开通"
  typeName: string;
  score: string; // e.g. "匹配度 86"
  reasons: string[];
  color: string; // accent colour of the recommended type
}

export interface PosterContent extends ShareImageContent {
  runnerUp: string; // e.g. "备选：订阅号"
  footer: string; // e.g. "长按识别小程序码，测测你的账号类型"
  codeImage?: string; // path of the mini program code image, when one is configured
  linkText: string; // shown instead of the code when there is none
  /** An ordinary QR code of this result's link (domain/qr-link), drawn first when set; footer beside it. */
  qr?: { link: string; footer: string };
}

/** WeChat shows share card images at 5:4. */
export const CARD_SIZE = { width: 500, height: 400 };
export const POSTER_SIZE = { width: 750, height: 1200 };

const FONT = '"PingFang SC", "Noto Sans CJK SC", sans-serif';

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

const POSTER_LAYOUT: SummaryLayout = {
  x: 88,
  headlineY: 170,
  headlineSize: 36,
  typeY: 226,
  typeSize: 72,
  badge: { y: 338, w: 260, h: 64, textSize: 34 },
  reasons: { y: 450, size: 32, lineHeight: 46, gap: 10, count: 3, maxWidth: POSTER_SIZE.width - 176 },
};

/** Paints the summary and returns the y below the last reason. */
function paintSummary(ctx: Ctx2D, c: ShareImageContent, l: SummaryLayout): number {
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  text(ctx, c.headline, l.x, l.headlineY, l.headlineSize, '#646a73');
  // A long name (e.g. "Subscription account") is set smaller to fit the width instead of running off.
  ctx.font = `bold ${l.typeSize}px ${FONT}`;
  const nameWidth = ctx.measureText(c.typeName).width;
  const typeSize = nameWidth > l.reasons.maxWidth ? Math.floor((l.typeSize * l.reasons.maxWidth) / nameWidth) : l.typeSize;
  text(ctx, c.typeName, l.x, l.typeY + (l.typeSize - typeSize) / 2, typeSize, '#1f2329', 'bold');
  roundRect(ctx, l.x, l.badge.y, l.badge.w, l.badge.h, l.badge.h / 2);
  ctx.fillStyle = c.color;
  ctx.fill();
  text(ctx, c.score, l.x + l.badge.h / 2, l.badge.y + (l.badge.h - l.badge.textSize) / 2, l.badge.textSize, '#ffffff', 'bold');
  const r = l.reasons;
  let y = r.y;
  ctx.font = `normal ${r.size}px ${FONT}`;
  for (const reason of c.reasons.slice(0, r.count)) {
    for (const line of wrapText(ctx, `· ${reason}`, r.maxWidth, 2)) {
      text(ctx, line, l.x, y, r.size, '#1f2329');
      y += r.lineHeight;
    }
    y += r.gap;
  }
  return y;
}

function paintCard({ ctx }: PaintSurface, c: ShareImageContent): void {
  const { width, height } = CARD_SIZE;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = c.color;
  ctx.fillRect(0, 0, width, 12);
  paintSummary(ctx, c, CARD_LAYOUT);
  text(ctx, c.brand, CARD_LAYOUT.x, height - 36, 18, '#8f959e');
}

async function paintPoster(surface: PaintSurface, c: PosterContent): Promise<void> {
  const { ctx } = surface;
  const { width, height } = POSTER_SIZE;
  const x = POSTER_LAYOUT.x;
  ctx.fillStyle = c.color;
  ctx.fillRect(0, 0, width, height);
  roundRect(ctx, 40, 40, width - 80, height - 80, 32);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  text(ctx, c.brand, x, 96, 30, '#8f959e');
  const y = paintSummary(ctx, c, POSTER_LAYOUT);
  text(ctx, c.runnerUp, x, Math.max(y + 10, 760), 30, '#646a73');
  if (c.qr && paintPosterQr(ctx, c.qr)) return;
  const code = c.codeImage ? await surface.loadImage(c.codeImage) : null;
  ctx.font = `normal 28px ${FONT}`;
  if (code) {
    ctx.drawImage(code, x, 880, 200, 200);
    wrapText(ctx, c.footer, width - 420, 3).forEach((line, i) => text(ctx, line, 316, 930 + i * 42, 28, '#646a73'));
  } else {
    // No code configured: the same spot holds a panel telling how to find the mini program.
    roundRect(ctx, x, 880, width - 2 * x, 200, 24);
    ctx.fillStyle = '#f5f6f7';
    ctx.fill();
    ctx.font = `normal 30px ${FONT}`;
    const lines = wrapText(ctx, c.linkText, width - 2 * x - 64, 3);
    const top = 980 - (lines.length * 44) / 2;
    lines.forEach((line, i) => text(ctx, line, x + 32, top + i * 44, 30, '#1f2329'));
  }
}

/** Where the poster's QR code goes: left-aligned with the text, below the runner-up line. */
const POSTER_QR = { top: 850, maxSide: 260 };

/** The QR code with its footer to the right; false (nothing painted) when the code cannot be drawn to scan. */
function paintPosterQr(ctx: Ctx2D, qr: { link: string; footer: string }): boolean {
  const matrix = qrMatrix(qr.link);
  const painted = matrix && paintQrCode(ctx, matrix, POSTER_LAYOUT.x, POSTER_QR.top, POSTER_QR.maxSide);
  if (!painted) return false;
  const textX = POSTER_LAYOUT.x + painted.side + 28;
  ctx.font = `normal 28px ${FONT}`;
  const lines = wrapText(ctx, qr.footer, POSTER_SIZE.width - POSTER_LAYOUT.x - textX, 4);
  const top = POSTER_QR.top + (painted.side - lines.length * 42) / 2;
  lines.forEach((line, i) => text(ctx, line, textX, top + i * 42, 28, '#646a73'));
  return true;
}

/**
 * The 5:4 chat card image; null where the canvas is unavailable (use the bundled static image). It carries no
 * code: tapped in a chat, the card itself opens the mini program at the shared result (onShareAppMessage path).
 */
export function drawShareCard(content: ShareImageContent): Promise<string | null> {
  return paintToFile(CARD_SIZE.width, CARD_SIZE.height, (s) => paintCard(s, content));
}

export function drawPoster(content: PosterContent): Promise<string | null> {
  return paintToFile(POSTER_SIZE.width, POSTER_SIZE.height, (s) => paintPoster(s, content));
}
