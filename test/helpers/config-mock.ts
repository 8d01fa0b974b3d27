/** A QR link base for page tests (config.ts ships QR_LINK_BASE = null). */
export const TEST_LINK_BASE = 'https://guide.example.com/wxqr/';

/**
 * Runs `fn` with miniprogram/config.ts replaced (pages load through jest.isolateModules, so each render
 * picks the mock up); the real config is back afterwards.
 */
export async function withConfig<T>(
  values: { QR_LINK_BASE?: string | null; POSTER_CODE_IMAGE?: string | null },
  fn: () => Promise<T>,
): Promise<T> {
  jest.doMock('../../miniprogram/config', () => ({ QR_LINK_BASE: null, POSTER_CODE_IMAGE: null, ...values }));
  try {
    return await fn();
  } finally {
    jest.dontMock('../../miniprogram/config');
  }
}
