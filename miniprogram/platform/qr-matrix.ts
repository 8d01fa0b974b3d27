// qrcode-generator is CommonJS (`module.exports = qrcode`): `import = require` compiles to a plain require of
// the bare name, which WeChat resolves in miniprogram_npm/ whatever interop setting its compiler uses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import qrcode = require('qrcode-generator');

/** The modules of a QR code: size × size, dark(row, col) true for a black module. */
export interface QrMatrix {
  size: number;
  dark(row: number, col: number): boolean;
}

/**
 * The QR code of `text` (byte mode, error correction M, the smallest version that fits), or null when it
 * cannot be made (e.g. too long). Never throws. Only ASCII is expected: links are checked by domain/qr-link.
 */
export function qrMatrix(text: string): QrMatrix | null {
  try {
    const code = qrcode(0, 'M');
    code.addData(text, 'Byte');
    code.make();
    const size = code.getModuleCount();
    return { size, dark: (row, col) => code.isDark(row, col) };
  } catch {
    return null;
  }
}
