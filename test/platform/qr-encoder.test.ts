import { qrMatrix } from '../../miniprogram/poster/qr-matrix';

/**
 * The QR encoder comes from the poster subpackage (require.async, platform/async-modules.ts, which jest replaces
 * with test/helpers/async-modules.ts). A failed download or an old base library gives null, never a rejection,
 * and the next poster tries again; a loaded encoder is kept.
 */
const requireQrMatrix = jest.fn();
jest.mock('../../miniprogram/platform/async-modules', () => ({ requireQrMatrix: () => requireQrMatrix() }));

function freshLoader(): typeof import('../../miniprogram/platform/qr-encoder') {
  let mod: typeof import('../../miniprogram/platform/qr-encoder') | undefined;
  jest.isolateModules(() => {
    mod = jest.requireActual<typeof import('../../miniprogram/platform/qr-encoder')>(
      '../../miniprogram/platform/qr-encoder',
    );
  });
  return mod!;
}

beforeEach(() => requireQrMatrix.mockReset());

it('loads the encoder once and keeps it', async () => {
  requireQrMatrix.mockResolvedValue({ qrMatrix });
  const { loadQrEncoder } = freshLoader();
  await expect(loadQrEncoder()).resolves.toBe(qrMatrix);
  await expect(loadQrEncoder()).resolves.toBe(qrMatrix);
  expect(requireQrMatrix).toHaveBeenCalledTimes(1);
});

it('gives null when the subpackage fails to download, and tries again next time', async () => {
  requireQrMatrix.mockRejectedValueOnce({ mod: 'poster/qr-matrix.js', errMsg: 'loadSubpackage: fail' });
  requireQrMatrix.mockResolvedValueOnce({ qrMatrix });
  const { loadQrEncoder } = freshLoader();
  await expect(loadQrEncoder()).resolves.toBeNull();
  await expect(loadQrEncoder()).resolves.toBe(qrMatrix);
  expect(requireQrMatrix).toHaveBeenCalledTimes(2);
});

it('gives null where the base library has no require.async (the call throws)', async () => {
  requireQrMatrix.mockImplementation(() => {
    throw new TypeError('require.async is not a function');
  });
  const { loadQrEncoder } = freshLoader();
  await expect(loadQrEncoder()).resolves.toBeNull();
});
