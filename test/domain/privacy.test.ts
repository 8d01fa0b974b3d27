import * as fs from 'fs';
import * as path from 'path';
import { POSTER_CODE_IMAGE, QR_LINK_BASE } from '../../miniprogram/config';
import { isPublicLinkBase } from '../../miniprogram/domain/links/qr-link';
import { privacyErrorOf, saveFailureOf } from '../../miniprogram/domain/privacy/privacy';
import { PRIVACY_INTERFACES } from '../../miniprogram/domain/privacy/interfaces';

const MP = path.resolve(__dirname, '../../miniprogram');

/**
 * wx APIs that WeChat treats as privacy interfaces (its 用户隐私保护指引 content list), as far as a page like
 * ours could call them. Any of them in the code must be declared in domain/privacy/interfaces.ts.
 */
const KNOWN_PRIVACY_APIS = [
  'saveImageToPhotosAlbum',
  'saveVideoToPhotosAlbum',
  'chooseImage',
  'chooseMedia',
  'chooseVideo',
  'chooseMessageFile',
  'getLocation',
  'chooseLocation',
  'startLocationUpdate',
  'getClipboardData',
  'setClipboardData',
  'getUserProfile',
  'getWeRunData',
  'chooseAddress',
  'startRecord',
  'getRecorderManager',
  'createCameraContext',
  'openBluetoothAdapter',
];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'miniprogram_npm' ? [] : sources(full);
    return /\.(ts|wxml)$/.test(e.name) ? [full] : [];
  });
}

describe('privacy interfaces', () => {
  it('declares exactly the privacy interfaces the code calls', () => {
    const used = new Set<string>();
    for (const file of sources(MP)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const api of KNOWN_PRIVACY_APIS) if (new RegExp(`\\bwx\\.${api}\\b`).test(text)) used.add(api);
    }
    expect(PRIVACY_INTERFACES.map((p) => p.api).sort()).toEqual([...used].sort());
    expect(PRIVACY_INTERFACES).toEqual([
      {
        api: 'saveImageToPhotosAlbum',
        declare: { zh: '相册（仅写入）权限', en: 'photo album (write only)' },
        purpose: expect.objectContaining({ zh: '把推荐结果海报保存到手机相册' }),
      },
      {
        api: 'setClipboardData',
        declare: { zh: '剪切板（仅写入）', en: 'clipboard (write only)' },
        purpose: expect.objectContaining({ zh: '复制事实来源的网址，方便在浏览器里打开' }),
      },
    ]);
  });

  it('tells errno 104 (not agreed) and 112 (not declared) apart, with or without errno', () => {
    expect(
      privacyErrorOf({ errno: 104, errMsg: 'saveImageToPhotosAlbum:fail privacy permission is not authorized' }),
    ).toBe('not-agreed');
    expect(
      privacyErrorOf({ errMsg: 'getUserProfile:fail privacy permission is not authorized or buttonId is wrong' }),
    ).toBe('not-agreed');
    expect(privacyErrorOf({ errno: 112, errMsg: 'x' })).toBe('undeclared');
    expect(
      privacyErrorOf({ errMsg: 'saveImageToPhotosAlbum:fail api scope is not declared in the privacy agreement' }),
    ).toBe('undeclared');
    for (const other of [
      undefined,
      null,
      'fail',
      {},
      { errno: 103 },
      { errMsg: 'saveImageToPhotosAlbum:fail auth deny' },
    ])
      expect(privacyErrorOf(other)).toBeNull();
  });

  it('classifies a failed save: privacy first (a 104 message also says "authorized"), then album permission', () => {
    expect(
      saveFailureOf({ errno: 104, errMsg: 'saveImageToPhotosAlbum:fail privacy permission is not authorized' }),
    ).toBe('privacy-refused');
    expect(
      saveFailureOf({
        errno: 112,
        errMsg: 'saveImageToPhotosAlbum:fail api scope is not declared in the privacy agreement',
      }),
    ).toBe('privacy-undeclared');
    expect(saveFailureOf({ errMsg: 'saveImageToPhotosAlbum:fail auth deny' })).toBe('denied');
    expect(saveFailureOf({ errMsg: 'saveImageToPhotosAlbum:fail authorize no response' })).toBe('denied');
    expect(saveFailureOf({ errMsg: 'saveImageToPhotosAlbum:fail cancel' })).toBe('failed');
    expect(saveFailureOf(undefined)).toBe('failed');
  });
});

describe('shipped config', () => {
  it('holds no QR link base a phone cannot reach (null, or https on a real domain)', () => {
    expect(QR_LINK_BASE === null || isPublicLinkBase(QR_LINK_BASE)).toBe(true);
    expect(POSTER_CODE_IMAGE === null || POSTER_CODE_IMAGE.startsWith('/assets/')).toBe(true);
  });
});
