import { requireQrMatrix } from './async-modules';
import { QrEncoder } from './qr-painter';

let loading: Promise<QrEncoder | null> | null = null;

/**
 * The QR encoder (poster/qr-matrix.ts with qrcode-generator, about 21 KiB) from the poster subpackage, loaded the
 * first time a poster is drawn and kept. Null when it cannot load (no network, an old base library): that poster
 * is drawn with the text that tells how to find the mini program, and the next one tries again. Never rejects.
 */
export function loadQrEncoder(): Promise<QrEncoder | null> {
  if (!loading) {
    loading = Promise.resolve()
      .then(requireQrMatrix)
      .then((mod) => mod.qrMatrix)
      .catch(() => {
        loading = null;
        return null;
      });
  }
  return loading;
}
