import type * as QrMatrixModule from '../../miniprogram/poster/qr-matrix';

// jest's stand-in for miniprogram/platform/async-modules.ts (jest.config.js moduleNameMapper): jest's require has
// no .async, so each module is loaded here as a resolved promise, as WeChat's require.async resolves once the
// subpackage is downloaded. Tests that need a failed download mock this file.

export function requireQrMatrix(): Promise<typeof QrMatrixModule> {
  return Promise.resolve().then(
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on call, as require.async does
    () => require('../../miniprogram/poster/qr-matrix') as typeof QrMatrixModule,
  );
}
