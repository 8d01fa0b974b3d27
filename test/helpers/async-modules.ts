import type * as EngineModule from '../../miniprogram/domain/recommendation/engine';
import type * as LibraryModule from '../../miniprogram/domain/library/library';
import type * as QrMatrixModule from '../../miniprogram/poster/qr-matrix';
import { present } from './present-module';

// jest's stand-in for miniprogram/platform/async-modules.ts (jest.config.js moduleNameMapper): jest's require has
// no .async, so each module is required here. The library comes as a module already downloaded (its `then`
// answers at once), so pages that wait for it render on load as they do once preloadRule has fetched it; the QR
// encoder comes as a resolved promise. Tests of a slow or failed download mock this file.

export function requireLibrary(): PromiseLike<typeof LibraryModule> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on call, as require.async does
  return present(require('../../miniprogram/domain/library/library') as typeof LibraryModule);
}

export function requireEngine(): PromiseLike<typeof EngineModule> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on call, as require.async does
  return present(require('../../miniprogram/domain/recommendation/engine') as typeof EngineModule);
}

export function requireQrMatrix(): Promise<typeof QrMatrixModule> {
  return Promise.resolve().then(
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on call, as require.async does
    () => require('../../miniprogram/poster/qr-matrix') as typeof QrMatrixModule,
  );
}
