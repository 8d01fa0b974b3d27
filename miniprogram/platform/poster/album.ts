import { saveFailureOf, SaveResult } from '../../domain/privacy/privacy';
import { canUse } from '../capabilities';

export type { SaveResult } from '../../domain/privacy/privacy';

/** Whether this base library can save to the album at all; where not, the page hides saving. */
export function canSaveToAlbum(): boolean {
  return typeof wx.saveImageToPhotosAlbum === 'function' && canUse('saveImageToPhotosAlbum');
}

/**
 * Saves an image to the phone's album; 'denied' when the user refused (or earlier refused) album access,
 * 'privacy-refused' / 'privacy-undeclared' for WeChat's privacy errors (errno 104 / 112, domain/privacy).
 */
export function saveImageToAlbum(filePath: string): Promise<SaveResult> {
  return new Promise((resolve) => {
    try {
      wx.saveImageToPhotosAlbum({
        filePath,
        success: () => resolve('saved'),
        fail: (err) => resolve(saveFailureOf(err)),
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
