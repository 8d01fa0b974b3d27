import { HOME_PATH } from '../domain/links/routes';

/** Page navigation that never throws: a failed navigateTo (page stack full) falls back to redirectTo. */
export function openPage(url: string): void {
  wx.navigateTo({
    url,
    fail: () => {
      wx.redirectTo({ url, fail: () => wx.reLaunch({ url }) });
    },
  });
}

export function replacePage(url: string): void {
  wx.redirectTo({ url, fail: () => wx.reLaunch({ url }) });
}

/** Back, or home when the page was opened directly from a share card or QR code and has nothing behind it. */
export function goBack(): void {
  let depth = 2;
  try {
    depth = typeof getCurrentPages === 'function' ? getCurrentPages().length : 2;
  } catch {
    depth = 2;
  }
  if (depth > 1) wx.navigateBack({ delta: 1, fail: () => wx.reLaunch({ url: HOME_PATH }) });
  else wx.reLaunch({ url: HOME_PATH });
}

/** Starts over at a page with nothing behind it (e.g. "retake the quiz" from a result). */
export function relaunch(url: string): void {
  wx.reLaunch({ url });
}
