/** Languages the app speaks. Chinese is the default and the fallback. */
export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

/** A piece of user-facing text in both languages. */
export interface Text {
  zh: string;
  en: string;
}

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/** The text in the given language, falling back to Chinese where the English is empty. */
export function pick(text: Text, lang: Lang): string {
  return (lang === 'en' && text.en) || text.zh;
}

/** Maps a WeChat language code (zh_CN, zh_HK, en, en_US …) to the app's language. */
export function langFromWechat(code: unknown): Lang {
  return typeof code === 'string' && code.toLowerCase().startsWith('en') ? 'en' : 'zh';
}
