export type SaveResult = 'saved' | 'denied' | 'failed';

/** Saves an image to the phone's album; 'denied' when the user refused (or earlier refused) album access. */
export function saveImageToAlbum(filePath: string): Promise<SaveResult> {
  return new Promise((resolve) => {
    try {
      wx.saveImageToPhotosAlbum({
        filePath,
        success: () => resolve('saved'),
        fail: (err) => resolve(/auth|deny|denied|authorize/i.test(err && err.errMsg ? err.errMsg : '') ? 'denied' : 'failed'),
      });
    } catch {
      resolve('failed');
    }
  });
}

/** Opens WeChat's permission settings so the user can allow the album; resolves whether it is now allowed. */
export function openAlbumSettings(): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      wx.openSetting({
        success: (res) => resolve(!!(res.authSetting && res.authSetting['scope.writePhotosAlbum'])),
        fail: () => resolve(false),
      });
    } catch {
      resolve(false);
    }
  });
}

export function previewImage(path: string): void {
  try {
    wx.previewImage({ urls: [path], current: path });
  } catch {
    // The poster stays visible on the page.
  }
}
