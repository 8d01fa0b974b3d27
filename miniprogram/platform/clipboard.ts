import { showToast } from './feedback';

/** Puts text on the clipboard; resolves false where WeChat refuses (or the base library lacks the API). */
export function copyText(text: string): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      wx.setClipboardData({ data: text, success: () => resolve(true), fail: () => resolve(false) });
    } catch {
      resolve(false);
    }
  });
}

/**
 * Copies a source's address (a tapped element's data-url) and says in a toast whether it worked; ignores anything
 * that is not a non-empty string, so a tampered dataset copies nothing.
 */
export function copyLink(url: unknown, toast: { copied: string; failed: string }): Promise<void> {
  if (typeof url !== 'string' || !url) return Promise.resolve();
  return copyText(url).then((ok) => showToast(ok ? toast.copied : toast.failed));
}
