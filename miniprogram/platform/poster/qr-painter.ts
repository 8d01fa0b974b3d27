import { Ctx2D } from './canvas';

/** The modules of a QR code: size × size, dark(row, col) true for a black module. */
export interface QrMatrix {
  size: number;
  dark(row: number, col: number): boolean;
}

/** Makes the QR code of a text (qr-matrix.ts), or null when it cannot. */
export type QrEncoder = (text: string) => QrMatrix | null;

/** White modules around the code that scanners need to find it (the standard asks for 4). */
export const QUIET_ZONE = 4;
/** Smallest whole-pixel module and side drawn: anything smaller is not drawn (it might not scan). */
export const MIN_MODULE_PX = 4;
export const MIN_SIDE_PX = 200;

export interface PaintedCode {
  /** Side of the square drawn, quiet zone included. */
  side: number;
  /** Pixels per module. */
  module: number;
}

/**
 * Paints a QR code as filled rectangles (one per run of dark modules in a row), black on a white square that
 * includes the quiet zone, at whole pixels per module so no edge is blurred, at most `maxSide` wide, at
 * (x, y). Returns what was painted, or null (nothing painted) when it would be too small to scan.
 */
export function paintQrCode(
  ctx: Pick<Ctx2D, 'fillStyle' | 'fillRect'>,
  matrix: QrMatrix,
  x: number,
  y: number,
  maxSide: number,
): PaintedCode | null {
  const modules = matrix.size + 2 * QUIET_ZONE;
  const unit = Math.floor(maxSide / modules);
  const side = unit * modules;
  if (matrix.size <= 0 || unit < MIN_MODULE_PX || side < MIN_SIDE_PX) return null;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(x, y, side, side);
  ctx.fillStyle = '#000000';
  const left = x + QUIET_ZONE * unit;
  const top = y + QUIET_ZONE * unit;
  for (let row = 0; row < matrix.size; row++) {
    let col = 0;
    while (col < matrix.size) {
      if (!matrix.dark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < matrix.size && matrix.dark(row, col)) col++;
      ctx.fillRect(left + start * unit, top + row * unit, (col - start) * unit, unit);
    }
  }
  return { side, module: unit };
}
