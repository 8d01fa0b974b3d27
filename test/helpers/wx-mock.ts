/**
 * In-memory stand-ins for the wx APIs this app uses. simulate's own stubs return '' from storage and
 * do nothing on navigation, so tests install these before simulate loads and reset them per test.
 */
export interface WxMock {
  storage: Map<string, unknown>;
  navigateTo: jest.Mock;
  redirectTo: jest.Mock;
  reLaunch: jest.Mock;
  navigateBack: jest.Mock;
  setNavigationBarTitle: jest.Mock;
  showToast: jest.Mock;
  showModal: jest.Mock;
  setClipboardData: jest.Mock;
  [api: string]: unknown;
}

function okAsync(result: Record<string, unknown> = {}): jest.Mock {
  return jest.fn((opts?: { success?: (r: unknown) => void; complete?: (r: unknown) => void }) => {
    const res = { errMsg: 'ok', ...result };
    opts?.success?.(res);
    opts?.complete?.(res);
    return Promise.resolve(res);
  });
}

export function createWxMock(): WxMock {
  const storage = new Map<string, unknown>();
  return {
    storage,
    getStorageSync: jest.fn((key: string) => (storage.has(key) ? storage.get(key) : '')),
    setStorageSync: jest.fn((key: string, value: unknown) => {
      storage.set(key, value);
    }),
    removeStorageSync: jest.fn((key: string) => {
      storage.delete(key);
    }),
    navigateTo: okAsync(),
    redirectTo: okAsync(),
    reLaunch: okAsync(),
    navigateBack: okAsync(),
    setNavigationBarTitle: okAsync(),
    showToast: okAsync(),
    showModal: okAsync({ confirm: true, cancel: false }),
    setClipboardData: okAsync(),
    getAppBaseInfo: jest.fn(() => ({ language: 'zh_CN', SDKVersion: '3.7.12', theme: 'light' })),
    getSystemInfoSync: jest.fn(() => ({
      language: 'zh_CN',
      SDKVersion: '3.7.12',
      windowWidth: 375,
      windowHeight: 667,
    })),
    getWindowInfo: jest.fn(() => ({ windowWidth: 375, windowHeight: 667, pixelRatio: 2 })),
    getLaunchOptionsSync: jest.fn(() => ({ path: 'pages/home/home', query: {}, scene: 1001 })),
    canIUse: jest.fn(() => true),
  };
}

/** Replaces the global wx with a fresh mock (merged over simulate's stubs) and returns it. */
export function installWxMock(): WxMock {
  const mock = createWxMock();
  const g = globalThis as unknown as { wx?: Record<string, unknown> };
  g.wx = Object.assign(g.wx ?? {}, mock);
  return mock;
}

/** Makes the installed wx report `language` (as WeChat's own setting) from getAppBaseInfo and getSystemInfoSync. */
export function setWechatLanguage(language: string): void {
  const g = globalThis as unknown as { wx: Record<string, unknown> };
  g.wx.getAppBaseInfo = jest.fn(() => ({ language, SDKVersion: '3.7.12', theme: 'light' }));
  g.wx.getSystemInfoSync = jest.fn(() => ({ language, SDKVersion: '3.7.12', windowWidth: 375, windowHeight: 667 }));
}
