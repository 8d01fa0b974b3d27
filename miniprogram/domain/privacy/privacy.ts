/**
 * WeChat's privacy errors (CONTENT.md mp.privacy): a privacy interface works only when the owner has declared
 * what it collects in the 用户隐私保护指引 (admin console) and the user has agreed; undeclared ones are disabled.
 * The interfaces the app calls are listed in ./interfaces.ts.
 */
/**
 * Why a privacy-checked call failed, from WeChat's error: errno 104 (the user has not agreed to the privacy
 * guideline, or refused its pop-up), errno 112 (the interface is not declared in the guideline), or null
 * when it is neither. Older base libraries send no errno, only the message, so both are read.
 */
export type PrivacyError = 'not-agreed' | 'undeclared';

export function privacyErrorOf(err: unknown): PrivacyError | null {
  const e = err && typeof err === 'object' ? (err as { errno?: unknown; errMsg?: unknown }) : {};
  const message = typeof e.errMsg === 'string' ? e.errMsg : '';
  if (e.errno === 112 || /not declared in the privacy agreement/i.test(message)) return 'undeclared';
  if (e.errno === 104 || /privacy permission is not authorized/i.test(message)) return 'not-agreed';
  return null;
}

/** What became of a save to the album. */
export type SaveResult = 'saved' | 'denied' | 'privacy-refused' | 'privacy-undeclared' | 'failed';

/**
 * A failed wx.saveImageToPhotosAlbum: privacy errors first (a 104 message also contains "authorized"),
 * then a refused album permission (scope.writePhotosAlbum: "auth deny", "authorize no response" …).
 */
export function saveFailureOf(err: unknown): Exclude<SaveResult, 'saved'> {
  const privacy = privacyErrorOf(err);
  if (privacy === 'undeclared') return 'privacy-undeclared';
  if (privacy === 'not-agreed') return 'privacy-refused';
  const message =
    err && typeof err === 'object' && typeof (err as { errMsg?: unknown }).errMsg === 'string'
      ? (err as { errMsg: string }).errMsg
      : '';
  return /auth|deny|denied|authorize/i.test(message) ? 'denied' : 'failed';
}
