import * as path from 'path';
import type * as EngineModule from '../../miniprogram/domain/recommendation/engine';
import type * as LibraryModule from '../../miniprogram/domain/library/library';
import type * as QrMatrixModule from '../../miniprogram/poster/qr-matrix';
import { present } from './present-module';

// The dist smoke run's stand-in for dist/platform/async-modules.js (jest.dist.config.js moduleNameMapper): the
// subpackage modules as the upload compile wrote them, from dist/, required by WeChat's rule. jest's require has
// no .async.
const DIST = path.resolve(__dirname, '../../dist');

export function requireLibrary(): PromiseLike<typeof LibraryModule> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on call, as require.async does
  return present(require(path.join(DIST, 'domain/library/library.js')) as typeof LibraryModule);
}

export function requireEngine(): PromiseLike<typeof EngineModule> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on call, as require.async does
  return present(require(path.join(DIST, 'domain/recommendation/engine.js')) as typeof EngineModule);
}

export function requireQrMatrix(): Promise<typeof QrMatrixModule> {
  return Promise.resolve().then(
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on call, as require.async does
    () => require(path.join(DIST, 'poster/qr-matrix.js')) as typeof QrMatrixModule,
  );
}
