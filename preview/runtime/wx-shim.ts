/**
 * The `wx` object of the browser preview. Implements what this project's pages and vant use, backed by the
 * browser (localStorage, canvas, overlays drawn by the preview chrome through ShimHost). Every other API
 * goes through a Proxy that says clearly it is not available here and fails softly instead of throwing.
 */
export interface ToastOptions {
  title: string;
  icon?: string;
  duration?: number;
}

export interface ModalOptions {
  title?: string;
  content?: string;
  showCancel?: boolean;
  cancelText?: string;
  confirmText?: string;
}

export interface LaunchOptions {
  path: string;
  query: Record<string, string>;
  scene: number;
  referrerInfo: Record<string, never>;
}

export interface PreviewSettings {
  language: string;
  theme: 'light' | 'dark';
  width: number;
  height: number;
}

/** What the shim needs from the preview around it. */
export interface ShimHost {
  navigate(kind: 'navigateTo' | 'redirectTo' | 'reLaunch', url: string): void;
  navigateBack(delta: number): void;
  setTitle(title: string): void;
  toast(options: ToastOptions | null): void;
  loading(title: string | null): void;
  modal(options: ModalOptions): Promise<boolean>;
  showImage(src: string, caption: string): void;
  settings(): PreviewSettings;
  launchOptions(): LaunchOptions;
  /** The current page's own selector query (j-component implements it per component). */
  selectorQuery(): unknown;
  log(message: string): void;
}

type Callbacks = {
  success?: (res: Record<string, unknown>) => void;
  fail?: (res: { errMsg: string }) => void;
  complete?: (res: Record<string, unknown>) => void;
};
type Opts = Callbacks & Record<string, unknown>;
type ApiFn = (...args: never[]) => unknown;

export const STORAGE_PREFIX = 'mp-preview:';

/** Runs an async-style wx API: callbacks when given, otherwise a Promise, like wx does. */
function asyncApi(name: string, run: (opts: Opts) => Record<string, unknown> | Promise<Record<string, unknown>>) {
  return (opts: Opts = {}): Promise<Record<string, unknown>> | undefined => {
    const hasCallbacks = !!(opts.success || opts.fail || opts.complete);
    const done = Promise.resolve()
      .then(() => run(opts))
      .then(
        (res) => {
          const out = { errMsg: `${name}:ok`, ...res };
          opts.success?.(out);
          opts.complete?.(out);
          return out;
        },
        (err: unknown) => {
          const out = { errMsg: `${name}:fail ${err instanceof Error ? err.message : String(err)}` };
          opts.fail?.(out);
          opts.complete?.(out);
          if (!hasCallbacks) throw out;
          return out;
        },
      );
    if (hasCallbacks) {
      done.catch(() => undefined);
      return undefined;
    }
    return done;
  };
}

function createStorage(store: Storage) {
  const keys = (): string[] => {
    const out: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const k = store.key(i);
      if (k && k.startsWith(STORAGE_PREFIX)) out.push(k.slice(STORAGE_PREFIX.length));
    }
    return out;
  };
  // Values are kept JSON-wrapped so numbers, booleans and objects come back with their type, as in wx.
  const get = (key: string): unknown => {
    const raw = store.getItem(STORAGE_PREFIX + key);
    if (raw === null) return '';
    try {
      return (JSON.parse(raw) as { v: unknown }).v;
    } catch {
      return '';
    }
  };
  const set = (key: string, value: unknown): void => {
    if (typeof key !== 'string' || key === '')
      throw new Error('setStorageSync:fail parameter error: key should be a non-empty string');
    store.setItem(STORAGE_PREFIX + key, JSON.stringify({ v: value }));
  };
  const remove = (key: string): void => store.removeItem(STORAGE_PREFIX + key);
  const clear = (): void => keys().forEach(remove);
  const info = () => ({
    keys: keys(),
    currentSize: Math.ceil(keys().reduce((n, k) => n + (store.getItem(STORAGE_PREFIX + k) ?? '').length, 0) / 1024),
    limitSize: 10240,
  });
  return {
    getStorageSync: get,
    setStorageSync: set,
    removeStorageSync: remove,
    clearStorageSync: clear,
    getStorageInfoSync: info,
    getStorage: asyncApi('getStorage', (o) => {
      const key = String(o.key);
      if (store.getItem(STORAGE_PREFIX + key) === null) throw new Error('data not found');
      return { data: get(key) };
    }),
    setStorage: asyncApi('setStorage', (o) => (set(String(o.key), o.data), {})),
    removeStorage: asyncApi('removeStorage', (o) => (remove(String(o.key)), {})),
    clearStorage: asyncApi('clearStorage', () => (clear(), {})),
    getStorageInfo: asyncApi('getStorageInfo', () => info()),
  };
}

function createCanvasApis(host: ShimHost) {
  return {
    createOffscreenCanvas(opts: { type?: string; width?: number; height?: number } = {}): HTMLCanvasElement {
      const canvas = document.createElement('canvas');
      canvas.width = opts.width ?? 300;
      canvas.height = opts.height ?? 150;
      // wx's OffscreenCanvas can make images to draw; a DOM Image does the same job.
      Object.assign(canvas, { createImage: () => new Image() });
      return canvas;
    },
    canvasToTempFilePath: asyncApi('canvasToTempFilePath', (o) => {
      const canvas = o.canvas as HTMLCanvasElement | undefined;
      if (!canvas || typeof canvas.toDataURL !== 'function')
        throw new Error('only the canvas-object form (type 2d / offscreen) works in the browser preview');
      const type = o.fileType === 'jpg' ? 'image/jpeg' : 'image/png';
      const x = Number(o.x ?? 0);
      const y = Number(o.y ?? 0);
      const w = Number(o.width ?? canvas.width - x);
      const h = Number(o.height ?? canvas.height - y);
      const out = document.createElement('canvas');
      out.width = Number(o.destWidth ?? w);
      out.height = Number(o.destHeight ?? h);
      out.getContext('2d')?.drawImage(canvas, x, y, w, h, 0, 0, out.width, out.height);
      return { tempFilePath: out.toDataURL(type, Number(o.quality ?? 1)) };
    }),
    saveImageToPhotosAlbum: asyncApi('saveImageToPhotosAlbum', (o) => {
      host.showImage(String(o.filePath), 'Saved to the album (wx.saveImageToPhotosAlbum)');
      return {};
    }),
    previewImage: asyncApi('previewImage', (o) => {
      const urls = (o.urls as string[] | undefined) ?? [];
      host.showImage(String(o.current ?? urls[0] ?? ''), 'wx.previewImage');
      return {};
    }),
  };
}

function systemApis(host: ShimHost) {
  const windowInfo = () => {
    const s = host.settings();
    const statusBarHeight = 20;
    return {
      pixelRatio: 2,
      screenWidth: s.width,
      screenHeight: s.height,
      windowWidth: s.width,
      windowHeight: s.height - statusBarHeight - 44,
      statusBarHeight,
      safeArea: {
        left: 0,
        right: s.width,
        top: statusBarHeight,
        bottom: s.height,
        width: s.width,
        height: s.height - statusBarHeight,
      },
      screenTop: statusBarHeight + 44,
    };
  };
  const appBaseInfo = () => {
    const s = host.settings();
    return {
      SDKVersion: '3.7.12',
      version: '8.0.50',
      language: s.language,
      theme: s.theme,
      enableDebug: false,
      fontSizeSetting: 16,
      host: { env: 'WeChat' },
    };
  };
  const deviceInfo = () => ({
    brand: 'browser',
    model: 'browser preview',
    system: 'Browser',
    platform: 'devtools',
    benchmarkLevel: 1,
  });
  return {
    getWindowInfo: windowInfo,
    getAppBaseInfo: appBaseInfo,
    getDeviceInfo: deviceInfo,
    getSystemSetting: () => ({
      bluetoothEnabled: false,
      locationEnabled: false,
      wifiEnabled: true,
      deviceOrientation: 'portrait',
    }),
    getSystemInfoSync: () => ({ ...deviceInfo(), ...windowInfo(), ...appBaseInfo() }),
    getSystemInfo: asyncApi('getSystemInfo', () => ({ ...deviceInfo(), ...windowInfo(), ...appBaseInfo() })),
    getLaunchOptionsSync: () => host.launchOptions(),
    getEnterOptionsSync: () => host.launchOptions(),
    // Opened from Moments (scene 1154, `_scene=1154`), WeChat runs the page in single-page mode.
    getApiCategory: () => (host.launchOptions().scene === 1154 ? 'browseOnly' : 'default'),
    getAccountInfoSync: () => ({ miniProgram: { appId: 'touristappid', envVersion: 'develop', version: '' } }),
  };
}

function uiApis(host: ShimHost) {
  const nav = (kind: 'navigateTo' | 'redirectTo' | 'reLaunch') =>
    asyncApi(kind, (o) => {
      host.navigate(kind, String(o.url ?? ''));
      return {};
    });
  return {
    navigateTo: nav('navigateTo'),
    redirectTo: nav('redirectTo'),
    reLaunch: nav('reLaunch'),
    switchTab: asyncApi('switchTab', (o) => (host.navigate('reLaunch', String(o.url ?? '')), {})),
    navigateBack: asyncApi('navigateBack', (o) => (host.navigateBack(Number(o.delta ?? 1)), {})),
    setNavigationBarTitle: asyncApi('setNavigationBarTitle', (o) => (host.setTitle(String(o.title ?? '')), {})),
    setNavigationBarColor: asyncApi('setNavigationBarColor', () => ({})),
    showToast: asyncApi('showToast', (o) => {
      host.toast({
        title: String(o.title ?? ''),
        icon: o.icon as string | undefined,
        duration: Number(o.duration ?? 1500),
      });
      return {};
    }),
    hideToast: asyncApi('hideToast', () => (host.toast(null), {})),
    showLoading: asyncApi('showLoading', (o) => (host.loading(String(o.title ?? '')), {})),
    hideLoading: asyncApi('hideLoading', () => (host.loading(null), {})),
    showModal: asyncApi('showModal', async (o) => {
      const confirm = await host.modal(o as ModalOptions);
      return { confirm, cancel: !confirm };
    }),
    showShareMenu: asyncApi('showShareMenu', () => ({})),
    hideShareMenu: asyncApi('hideShareMenu', () => ({})),
    updateShareMenu: asyncApi('updateShareMenu', () => ({})),
    getSetting: asyncApi('getSetting', () => ({ authSetting: { 'scope.writePhotosAlbum': true } })),
    openSetting: asyncApi('openSetting', () => ({ authSetting: { 'scope.writePhotosAlbum': true } })),
    authorize: asyncApi('authorize', () => ({})),
    // The browser has no privacy consent pop-up: the preview answers as a user who has agreed to the guideline.
    requirePrivacyAuthorize: asyncApi('requirePrivacyAuthorize', () => ({})),
    setClipboardData: asyncApi('setClipboardData', async (o) => {
      const data = String(o.data ?? '');
      try {
        await navigator.clipboard?.writeText(data);
      } catch {
        // the browser may refuse without a user gesture; the preview still reports success like wx
      }
      host.toast({ title: '内容已复制', icon: 'success', duration: 1500 });
      return {};
    }),
    nextTick: (cb: () => void) => void Promise.resolve().then(cb),
    createSelectorQuery: () => host.selectorQuery(),
  };
}

/** Page hooks WeChat's canIUse answers for (preview/runtime/main.ts calls them from the share panel). */
const PAGE_HOOKS = ['onShareAppMessage', 'onShareTimeline'];

/** Creates the preview's `wx`. `store` is localStorage in the browser. */
export function createWxShim(host: ShimHost, store: Storage): Record<string, unknown> {
  const api: Record<string, unknown> = {
    env: { USER_DATA_PATH: 'wxfile://usr' },
    ...createStorage(store),
    ...systemApis(host),
    ...uiApis(host),
    ...createCanvasApis(host),
  };
  // An API is usable when the shim implements it; so are the page hooks the preview's share panel calls.
  api.canIUse = (schema: string) =>
    typeof schema === 'string' && (schema.split('.')[0] in api || PAGE_HOOKS.includes(schema));
  const warned = new Set<string>();
  const missing = (name: string): ApiFn => {
    const fn = (opts?: Opts) => {
      const message = `wx.${name} is not available in the browser preview`;
      if (!warned.has(name)) {
        warned.add(name);
        host.log(message);
      }
      const res = { errMsg: `${name}:fail ${message}` };
      if (opts && typeof opts === 'object') {
        opts.fail?.(res);
        opts.complete?.(res);
      }
      return undefined;
    };
    return fn as ApiFn;
  };
  return new Proxy(api, {
    get(target, prop) {
      if (typeof prop !== 'string') return undefined;
      if (prop in target) return target[prop];
      // Probes that are not API calls (thenables, serialisers) must see "nothing here".
      if (prop === 'then' || prop === 'toJSON' || prop.startsWith('__')) return undefined;
      return missing(prop);
    },
  });
}
