import { privacyErrorOf } from '../../domain/privacy/privacy';
import { canUse } from '../capabilities';

/**
 * WeChat's privacy consent (base library 2.32.3+; CONTENT.md mp.privacy). requirePrivacy() asks WeChat
 * whether the user has agreed to the 用户隐私保护指引 before the album is written; if not, WeChat shows its
 * own consent pop-up (the official one) and answers with the user's choice.
 *
 * The app registers no wx.onNeedPrivacyAuthorization listener on purpose: that one listener would switch the
 * whole app to a custom consent sheet (an agree button with open-type="agreePrivacyAuthorization" on every
 * page that may call a privacy interface), and the official pop-up already names the guideline and lets the
 * user read it. Where the base library has none of this there is nothing to ask: 'unsupported'.
 */
export type PrivacyConsent = 'agreed' | 'refused' | 'undeclared' | 'unsupported';

/** Asks for consent before a privacy interface; resolves how it went (never rejects). */
export function requirePrivacy(): Promise<PrivacyConsent> {
  if (!canUse('requirePrivacyAuthorize') || typeof wx.requirePrivacyAuthorize !== 'function')
    return Promise.resolve('unsupported');
  return new Promise((resolve) => {
    try {
      wx.requirePrivacyAuthorize({
        success: () => resolve('agreed'),
        fail: (err) => {
          const error = privacyErrorOf(err);
          // Any other failure: let the save itself run and report what WeChat says then.
          resolve(error === 'undeclared' ? 'undeclared' : error === 'not-agreed' ? 'refused' : 'unsupported');
        },
      });
    } catch {
      resolve('unsupported');
    }
  });
}
