/** Base-library feature checks, so pages hide what an old WeChat cannot do instead of failing. */
export function canUse(schema: string): boolean {
  try {
    return typeof wx.canIUse === 'function' && wx.canIUse(schema);
  } catch {
    return false;
  }
}

export function canShareToTimeline(): boolean {
  return canUse('onShareTimeline') && typeof wx.showShareMenu === 'function';
}

export function canUseOffscreenCanvas(): boolean {
  return typeof wx.createOffscreenCanvas === 'function' && typeof wx.canvasToTempFilePath === 'function';
}

/** Turns on the share menu; with Moments only where the base library supports it. */
export function enableShareMenu(withTimeline: boolean): void {
  try {
    wx.showShareMenu({
      withShareTicket: false,
      menus: withTimeline ? ['shareAppMessage', 'shareTimeline'] : ['shareAppMessage'],
    });
  } catch {
    // Share menu stays at WeChat's default.
  }
}

/** The launch scene of a page opened from Moments, which runs it in single-page mode (CONTENT.md mp.timeline). */
export const MOMENTS_SCENE = 1154;

/**
 * Single-page mode: opened from Moments, the page cannot navigate, log in or open most APIs. Known from
 * wx.getApiCategory() ('browseOnly', base library 2.33.0+) or, on older ones, from the launch scene.
 */
export function isBrowseOnly(): boolean {
  try {
    if (typeof wx.getApiCategory === 'function') return wx.getApiCategory() === 'browseOnly';
  } catch {
    // fall through to the scene
  }
  try {
    return typeof wx.getLaunchOptionsSync === 'function' && wx.getLaunchOptionsSync().scene === MOMENTS_SCENE;
  } catch {
    return false;
  }
}
