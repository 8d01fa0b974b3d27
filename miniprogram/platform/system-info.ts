/**
 * vant (@vant/weapp common/utils.js and version.js) reads wx.getSystemInfoSync() while its modules load, so one
 * throw from it (it is deprecated for getWindowInfo / getDeviceInfo / getAppBaseInfo, and can fail) leaves every
 * page with a vant component blank. app.ts guards it once, before any page loads: a failure answers from the
 * newer APIs, and where those fail too, from defaults that render a phone-sized page.
 */
type Api = Pick<WechatMiniprogram.Wx, 'getSystemInfoSync'> &
  Partial<Pick<WechatMiniprogram.Wx, 'getWindowInfo' | 'getDeviceInfo' | 'getAppBaseInfo'>>;

const DEFAULTS = {
  platform: 'unknown',
  system: '',
  SDKVersion: '3.6.0',
  language: 'zh_CN',
  windowWidth: 375,
  windowHeight: 667,
  pixelRatio: 2,
};

function newer(api: Api): Record<string, unknown> {
  const out: Record<string, unknown> = { ...DEFAULTS };
  const reads: ((() => object) | undefined)[] = [
    api.getWindowInfo && (() => api.getWindowInfo!()),
    api.getDeviceInfo && (() => api.getDeviceInfo!()),
    api.getAppBaseInfo && (() => api.getAppBaseInfo!()),
  ];
  for (const read of reads) {
    try {
      if (read) Object.assign(out, read());
    } catch {
      // Keep what the others and the defaults gave.
    }
  }
  return out;
}

export function guardSystemInfo(api: Api = wx): void {
  const original = api.getSystemInfoSync;
  if (typeof original !== 'function') return;
  const guarded = (): WechatMiniprogram.SystemInfo => {
    try {
      return original.call(api);
    } catch {
      // A partial SystemInfo: what vant and this app read of it (platform, SDKVersion, sizes, language).
      return newer(api) as unknown as WechatMiniprogram.SystemInfo;
    }
  };
  try {
    api.getSystemInfoSync = guarded;
  } catch {
    // A read-only wx: nothing to guard with.
  }
}
