// The QR encoder, in the poster subpackage (platform/poster/poster.ts). qrcode-generator is CommonJS
// (`module.exports = qrcode`): `import = require` compiles to a plain require of the bare name, which WeChat
// resolves in the nearest miniprogram_npm/, here platform/poster/miniprogram_npm/ (package.json
// miniprogramSubpackageDependencies).
// eslint-disable-next-line @typescript-eslint/no-require-imports
import qrcode = require('qrcode-generator');

import type { QrMatrix } from './qr-painter';

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
