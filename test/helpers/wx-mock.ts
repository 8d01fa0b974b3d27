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

/** An async wx API that succeeds at once: callbacks when given and a Promise, with wx's `<name>:ok`. */
function okAsync(name: string, result: Record<string, unknown> = {}): jest.Mock {
  return jest.fn((opts?: { success?: (r: unknown) => void; complete?: (r: unknown) => void }) => {
    const res = { errMsg: `${name}:ok`, ...result };
    opts?.success?.(res);
    opts?.complete?.(res);
    return Promise.resolve(res);
  });
}

/**
 * The system getters, shaped like WeChat's and like the preview's shim (preview/runtime/wx-shim.ts): the same keys
 * with the same types, so test/preview/wx-fakes.test.ts holds the two fakes together. `language` as WeChat's own.
 */
function systemInfo(language: string) {
  const windowInfo = () => ({
    pixelRatio: 2,
    screenWidth: 375,
    screenHeight: 667,
    windowWidth: 375,
    windowHeight: 667,
    statusBarHeight: 20,
    safeArea: { left: 0, right: 375, top: 20, bottom: 667, width: 375, height: 647 },
    screenTop: 64,
  });
  const appBaseInfo = () => ({
    SDKVersion: '3.7.12',
    version: '8.0.50',
    language,
    theme: 'light',
    enableDebug: false,
    fontSizeSetting: 16,
    host: { env: 'WeChat' },
  });
  const deviceInfo = () => ({
    brand: 'devtools',
    model: 'jest',
    system: 'iOS 17.0',
    platform: 'devtools',
    benchmarkLevel: 1,
  });
  return {
    getWindowInfo: jest.fn(windowInfo),
    getAppBaseInfo: jest.fn(appBaseInfo),
    getDeviceInfo: jest.fn(deviceInfo),
    getSystemInfoSync: jest.fn(() => ({ ...deviceInfo(), ...windowInfo(), ...appBaseInfo() })),
  };
}

/** Storage keeps a copy, as WeChat (and the preview) serialise what is stored: a later change to it is not stored. */
const copy = (value: unknown): unknown =>
  value === undefined ? undefined : (JSON.parse(JSON.stringify({ v: value })) as { v: unknown }).v;

/** A 2d offscreen canvas whose context this fake does not draw (null: the app falls back to its static image). */
function offscreenCanvas(opts: { width?: number; height?: number } = {}) {
  return { width: opts.width ?? 300, height: opts.height ?? 150, getContext: () => null, createImage: () => ({}) };
}

export function createWxMock(): WxMock {
  const storage = new Map<string, unknown>();
  return {
    storage,
    getStorageSync: jest.fn((key: string) => (storage.has(key) ? copy(storage.get(key)) : '')),
    setStorageSync: jest.fn((key: string, value: unknown) => {
      if (typeof key !== 'string' || key === '')
        throw new Error('setStorageSync:fail parameter error: key should be a non-empty string');
      storage.set(key, copy(value));
    }),
    removeStorageSync: jest.fn((key: string) => {
      storage.delete(key);
    }),
    navigateTo: okAsync('navigateTo'),
    redirectTo: okAsync('redirectTo'),
    reLaunch: okAsync('reLaunch'),
    navigateBack: okAsync('navigateBack'),
    setNavigationBarTitle: okAsync('setNavigationBarTitle'),
    showToast: okAsync('showToast'),
    showModal: okAsync('showModal', { confirm: true, cancel: false }),
    showShareMenu: okAsync('showShareMenu'),
    setClipboardData: okAsync('setClipboardData'),
    requirePrivacyAuthorize: okAsync('requirePrivacyAuthorize'),
    saveImageToPhotosAlbum: okAsync('saveImageToPhotosAlbum'),
    previewImage: okAsync('previewImage'),
    openSetting: okAsync('openSetting', { authSetting: { 'scope.writePhotosAlbum': true } }),
    createOffscreenCanvas: jest.fn(offscreenCanvas),
    canvasToTempFilePath: okAsync('canvasToTempFilePath', { tempFilePath: 'wxfile://tmp/canvas.png' }),
    ...systemInfo('zh_CN'),
    getLaunchOptionsSync: jest.fn(() => ({ path: 'pages/home/home', query: {}, scene: 1001, referrerInfo: {} })),
    // Single-page mode as WeChat reports it: from the launch scene (Moments, 1154), like the preview's shim.
    getApiCategory: jest.fn(function (this: { getLaunchOptionsSync?: () => { scene: number } } | undefined) {
      return this?.getLaunchOptionsSync?.().scene === 1154 ? 'browseOnly' : 'default';
    }),
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
  const { getAppBaseInfo, getSystemInfoSync } = systemInfo(language);
  Object.assign(g.wx, { getAppBaseInfo, getSystemInfoSync });
}
