import jsQR from 'jsqr';

/**
 * A 2d context that really paints what the QR painter uses (fillRect in #rrggbb) into RGBA pixels, and
 * records the rest (texts, images), so tests can scan a drawn code with a real decoder (jsQR). Paths
 * (rounded cards) are not painted: only rectangles are.
 */
export class PixelCanvas {
  readonly data: Uint8ClampedArray;
  readonly texts: string[] = [];
  readonly images: string[] = [];
  readonly rects: { x: number; y: number; w: number; h: number; color: string }[] = [];
  fillStyle = '#000000';
  strokeStyle = '#000000';
  lineWidth = 1;
  font = '';
  textAlign: 'left' | 'center' | 'right' = 'left';
  textBaseline: 'top' | 'middle' | 'alphabetic' | 'bottom' = 'top';

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.data = new Uint8ClampedArray(width * height * 4).fill(255);
  }

  fillRect(x: number, y: number, w: number, h: number): void {
    this.rects.push({ x, y, w, h, color: this.fillStyle });
    const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(this.fillStyle);
    if (!m) return;
    const [r, g, b] = [m[1], m[2], m[3]].map((v) => parseInt(v, 16));
    for (let row = Math.max(0, Math.round(y)); row < Math.min(this.height, Math.round(y + h)); row++) {
      for (let col = Math.max(0, Math.round(x)); col < Math.min(this.width, Math.round(x + w)); col++) {
        const i = (row * this.width + col) * 4;
        this.data[i] = r;
        this.data[i + 1] = g;
        this.data[i + 2] = b;
        this.data[i + 3] = 255;
      }
    }
  }

  fillText(text: string): void {
    this.texts.push(text);
  }
  measureText(text: string): { width: number } {
    return { width: Array.from(text).length * 20 };
  }
  drawImage(image: { src?: string }): void {
    this.images.push(String(image && image.src));
  }
  beginPath(): void {}
  moveTo(): void {}
  lineTo(): void {}
  arc(): void {}
  arcTo(): void {}
  closePath(): void {}
  fill(): void {}
  stroke(): void {}

  /** The text of the QR code painted on this canvas (jsQR over the pixels), or null when none is found. */
  scan(): string | null {
    const code = jsQR(this.data, this.width, this.height, { inversionAttempts: 'dontInvert' });
    return code ? code.data : null;
  }
}

/** An image for wx's offscreen canvas that "loads" whatever src it is given, on the next tick. */
export function loadingImage(): Record<string, unknown> {
  return new Proxy({} as Record<string, unknown>, {
    set(target, key: string, value) {
      target[key] = value;
      if (key === 'src') setTimeout(() => (target.onload as () => void)(), 0);
      return true;
    },
  });
}
