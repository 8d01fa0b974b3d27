import { isLang, Lang, langFromWechat } from '../domain/text';
import { readStored, writeStored } from './storage';

const LANG_KEY = 'lang.v1';

/** WeChat's own language: getAppBaseInfo on newer base libraries, getSystemInfoSync on older ones. */
function wechatLanguage(): string | undefined {
  try {
    if (typeof wx.getAppBaseInfo === 'function') return wx.getAppBaseInfo().language;
    return wx.getSystemInfoSync().language;
  } catch {
    return undefined;
  }
}

/** The user's choice if they made one, else WeChat's language. */
export function currentLang(): Lang {
  return readStored(LANG_KEY, (raw) => (isLang(raw) ? raw : null)) ?? langFromWechat(wechatLanguage());
}

/**
 * Written only when the user picks a language, so it may go over a record that could not be read: the pick is the
 * whole record, and nothing earlier is lost.
 */
export function saveLang(lang: Lang): void {
  writeStored(LANG_KEY, lang);
}

export function setPageTitle(title: string): void {
  try {
    wx.setNavigationBarTitle({ title, fail: () => undefined });
  } catch {
    // Title stays as in the page JSON.
  }
}
