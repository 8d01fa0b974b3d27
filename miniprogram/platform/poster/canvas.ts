import { canUseOffscreenCanvas } from '../capabilities';

/** The part of the 2d context the card and poster painters use (wx types getContext('2d') as any). */
export interface Ctx2D {
  fillStyle: string;
  strokeStyle: string;
  lineWidth: number;
  font: string;
  textAlign: 'left' | 'center' | 'right';
  textBaseline: 'top' | 'middle' | 'alphabetic' | 'bottom';
  fillRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number, maxWidth?: number): void;
  measureText(text: string): { width: number };
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, r: number, start: number, end: number): void;
  arcTo(x1: number, y1: number, x2: number, y2: number, r: number): void;
  closePath(): void;
  fill(): void;
  stroke(): void;
  drawImage(image: unknown, x: number, y: number, w: number, h: number): void;
}

export interface PaintSurface {
  ctx: Ctx2D;
  /** Loads an image (temp file path or bundled path); resolves null when it cannot be loaded. */
  loadImage(src: string): Promise<unknown | null>;
}

/**
 * Paints on a 2d offscreen canvas and exports a temp file. Resolves null (never rejects) when the base
 * library has no offscreen canvas or the export fails; callers then use a bundled static image.
 */
export async function paintToFile(
  width: number,
  height: number,
  paint: (surface: PaintSurface) => Promise<void> | void,
): Promise<string | null> {
  if (!canUseOffscreenCanvas()) return null;
  try {
    const canvas = wx.createOffscreenCanvas({ type: '2d', width, height });
    const ctx = canvas.getContext('2d') as Ctx2D | null;
    if (!ctx) return null;
    const loadImage = (src: string) =>
      new Promise<unknown | null>((resolve) => {
        const image = canvas.createImage();
        image.onload = () => resolve(image);
        image.onerror = () => resolve(null);
        image.src = src;
      });
    await paint({ ctx, loadImage });
    return await new Promise<string | null>((resolve) => {
      wx.canvasToTempFilePath({
        canvas,
        x: 0,
        y: 0,
        width,
        height,
        destWidth: width,
        destHeight: height,
        fileType: 'png',
        success: (res) => resolve(res.tempFilePath),
        fail: () => resolve(null),
      } as WechatMiniprogram.CanvasToTempFilePathOption);
    });
  } catch {
    return null;
  }
}

/** Punctuation that must not start a line: one mark stays at the end of the line before, a little past the edge. */
const NO_LINE_START = /[，。、；：！？）》」』,.;:!?)]/;

/**
 * Splits text into at most maxLines lines that fit maxWidth (CJK has no spaces, so it breaks per character;
 * a Latin word is moved whole to the next line; closing punctuation never starts a line); text that does
 * not fit ends its last line with "…".
 */
export function wrapText(ctx: Pick<Ctx2D, 'measureText'>, text: string, maxWidth: number, maxLines: number): string[] {
  const fits = (s: string) => ctx.measureText(s).width <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const ch of Array.from(text)) {
    if (line && !fits(line + ch) && !(NO_LINE_START.test(ch) && fits(line))) {
      const space = line.lastIndexOf(' ');
      let carry = '';
      if (space > 0 && /\w/.test(ch) && /\w$/.test(line) && /\w/.test(line.slice(0, space))) {
        carry = line.slice(space + 1);
        line = line.slice(0, space);
      }
      line = line.replace(/\s+$/, '');
      lines.push(line);
      if (lines.length === maxLines) {
        let last = Array.from(line);
        while (last.length && !fits(`${last.join('')}…`)) last = last.slice(0, -1);
        lines[maxLines - 1] = `${last.join('')}…`;
        return lines;
      }
      line = carry + (ch.trim() ? ch : '');
    } else {
      line += ch;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function roundRect(ctx: Ctx2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.arcTo(x + w, y, x + w, y + h, r);
  ctx.arcTo(x + w, y + h, x, y + h, r);
  ctx.arcTo(x, y + h, x, y, r);
  ctx.arcTo(x, y, x + w, y, r);
  ctx.closePath();
}
