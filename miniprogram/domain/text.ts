/** Languages the app speaks. Chinese is the default and the fallback. */
export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

/** A piece of user-facing text in both languages. */
export interface Text {
  zh: string;
  en: string;
}

/** Text whose English is in a catalog (addEnglish), by its Chinese: the rows and reasons that write only Chinese. */
export const zhText = (zh: string): Text => ({ zh, en: '' });

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/**
 * The key of a Chinese text in an English catalog: its FNV-1a hash in base 36 (up to 7 characters), so a catalog
 * carries a short key instead of the Chinese again. test/domain/english-catalogs.test.ts checks no two texts share one.
 */
export function textKey(zh: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < zh.length; i++) hash = Math.imul(hash ^ zh.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}

/**
 * English that downloads apart from the text it translates, by textKey of the Chinese (the fact tables' English,
 * domain/library-en): a Chinese reader never downloads it. Empty until the library adds it for an English reader.
 */
const ENGLISH: Record<string, string> = {};

export function addEnglish(catalog: Readonly<Record<string, string>>): void {
  Object.assign(ENGLISH, catalog);
}

/** The English of a Chinese text from the catalogs added so far; '' when none has it. */
export function englishOf(zh: string): string {
  const key = textKey(zh);
  return Object.prototype.hasOwnProperty.call(ENGLISH, key) ? ENGLISH[key] : '';
}

/**
 * The text in the given language: in English, its own English, else the catalog's (addEnglish), else the Chinese,
 * so English that has not downloaded reads as Chinese rather than as a blank.
 */
export function pick(text: Text, lang: Lang): string {
  if (lang !== 'en') return text.zh;
  return text.en || englishOf(text.zh) || text.zh;
}

/** Maps a WeChat language code (zh_CN, zh_HK, en, en_US …) to the app's language. */
export function langFromWechat(code: unknown): Lang {
  return typeof code === 'string' && code.toLowerCase().startsWith('en') ? 'en' : 'zh';
}
