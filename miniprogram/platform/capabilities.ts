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
