/** Toasts and confirmations that never throw (an old base library or a closed page just skips them). */
export function showToast(title: string, icon: 'success' | 'none' = 'none'): void {
  try {
    wx.showToast({ title, icon });
  } catch {
    // The page still shows its state.
  }
}

/** Asks a yes/no question; resolves true only on an explicit confirm. */
export function confirm(options: {
  title: string;
  content: string;
  confirmText?: string;
  cancelText?: string;
}): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      wx.showModal({
        title: options.title,
        content: options.content,
        ...(options.confirmText ? { confirmText: options.confirmText } : {}),
        ...(options.cancelText ? { cancelText: options.cancelText } : {}),
        success: (res) => resolve(!!res.confirm),
        fail: () => resolve(false),
      });
    } catch {
      resolve(false);
    }
  });
}
