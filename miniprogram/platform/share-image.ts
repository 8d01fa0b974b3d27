import { Ctx2D, paintToFile, PaintSurface, roundRect, wrapText } from './canvas';

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

function paintCard({ ctx }: PaintSurface, c: ShareImageContent): void {
  const { width, height } = CARD_SIZE;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = c.color;
  ctx.fillRect(0, 0, width, 12);
  text(ctx, c.headline, 36, 44, 26, '#646a73');
  text(ctx, c.typeName, 36, 84, 46, '#1f2329', 'bold');
  roundRect(ctx, 36, 160, 180, 44, 22);
  ctx.fillStyle = c.color;
  ctx.fill();
  text(ctx, c.score, 56, 170, 24, '#ffffff', 'bold');
  let y = 232;
  ctx.font = `normal 24px ${FONT}`;
  for (const reason of c.reasons.slice(0, 2)) {
    for (const line of wrapText(ctx, `· ${reason}`, width - 72, 2)) {
      text(ctx, line, 36, y, 24, '#1f2329');
      y += 34;
    }
  }
  text(ctx, c.brand, 36, height - 44, 20, '#8f959e');
}

async function paintPoster(surface: PaintSurface, c: PosterContent): Promise<void> {
  const { ctx } = surface;
  const { width, height } = POSTER_SIZE;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  ctx.fillStyle = c.color;
  ctx.fillRect(0, 0, width, height);
  roundRect(ctx, 40, 40, width - 80, height - 80, 32);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  text(ctx, c.brand, 88, 96, 30, '#8f959e');
  text(ctx, c.headline, 88, 170, 36, '#646a73');
  text(ctx, c.typeName, 88, 226, 72, '#1f2329', 'bold');
  roundRect(ctx, 88, 338, 260, 64, 32);
  ctx.fillStyle = c.color;
  ctx.fill();
  text(ctx, c.score, 116, 352, 34, '#ffffff', 'bold');
  let y = 450;
  ctx.font = `normal 32px ${FONT}`;
  for (const reason of c.reasons.slice(0, 3)) {
    for (const line of wrapText(ctx, `· ${reason}`, width - 176, 2)) {
      text(ctx, line, 88, y, 32, '#1f2329');
      y += 46;
    }
    y += 10;
  }
  text(ctx, c.runnerUp, 88, Math.max(y + 10, 760), 30, '#646a73');
  const code = c.codeImage ? await surface.loadImage(c.codeImage) : null;
  if (code) {
    ctx.drawImage(code, 88, 880, 200, 200);
    ctx.font = `normal 28px ${FONT}`;
    wrapText(ctx, c.footer, width - 420, 3).forEach((line, i) => text(ctx, line, 316, 930 + i * 42, 28, '#646a73'));
  } else {
    ctx.font = `normal 28px ${FONT}`;
    wrapText(ctx, c.linkText, width - 176, 3).forEach((line, i) => text(ctx, line, 88, 900 + i * 42, 28, '#646a73'));
  }
}

/** The 5:4 chat card image; null where the canvas is unavailable (use the bundled static image). */
export function drawShareCard(content: ShareImageContent): Promise<string | null> {
  return paintToFile(CARD_SIZE.width, CARD_SIZE.height, (s) => paintCard(s, content));
}

export function drawPoster(content: PosterContent): Promise<string | null> {
  return paintToFile(POSTER_SIZE.width, POSTER_SIZE.height, (s) => paintPoster(s, content));
}
