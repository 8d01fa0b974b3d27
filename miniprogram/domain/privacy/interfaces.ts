/**
 * Every privacy interface (隐私接口) the app calls, with what the owner declares for it in the 用户隐私保护指引
 * (CONTENT.md mp.privacy; the README's release section shows the same list). test/domain/privacy.test.ts
 * checks the code calls no other. Nothing at run time needs this list, so the upload compile leaves it out.
 *
 * `"__usePrivacyCheck__": true` in app.json is not used: WeChat's privacy guide says it only switched the
 * checks on early, before 2023-10-17; since then they apply whether or not app.json has it.
 */
export interface PrivacyInterface {
  /** The wx API name. */
  api: string;
  /** The kind of information as the guideline form names it. */
  declare: { zh: string; en: string };
  /** Why the app uses it, in the owner's words for the guideline. */
  purpose: { zh: string; en: string };
}

export const PRIVACY_INTERFACES: readonly PrivacyInterface[] = [
  {
    api: 'saveImageToPhotosAlbum',
    declare: { zh: '相册（仅写入）权限', en: 'photo album (write only)' },
    purpose: { zh: '把推荐结果海报保存到手机相册', en: 'saving the result poster to the phone’s album' },
  },
  {
    api: 'setClipboardData',
    declare: { zh: '剪切板（仅写入）', en: 'clipboard (write only)' },
    purpose: {
      zh: '复制事实来源的网址，方便在浏览器里打开',
      en: 'copying the web address of a fact’s source, to open it in a browser',
    },
  },
];
