import { Lang } from '../text';
import { WAITING_EN } from './waiting-en';
import { StringKey, ZH } from './zh';

export type { StringKey } from './zh';

/**
 * The UI string table, one flat object per language. The English comes from the app-en subpackage
 * (domain/app-en), for an English reader only: until addAppEnglish, every key but the waiting line's reads in Chinese.
 */
const EN: Partial<Record<StringKey, string>> = { ...WAITING_EN };
export const STRINGS: { zh: Record<StringKey, string>; en: Readonly<Partial<Record<StringKey, string>>> } = {
  zh: ZH,
  en: EN,
};

/** Hands over the English of the main package's strings (domain/app-en, once downloaded). */
export function addAppEnglish(table: Readonly<Partial<Record<StringKey, string>>>): void {
  Object.assign(EN, table);
}

export const STRING_KEYS = Object.keys(ZH) as StringKey[];

export function isStringKey(value: unknown): value is StringKey {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ZH, value);
}

/**
 * The UI string for `key` in `lang`, falling back to Chinese (and to the key itself if even that is missing,
 * so a typo shows up on screen instead of a blank). `{name}` is replaced by params.name; unknown
 * placeholders are left as they are.
 */
export function t(key: StringKey, lang: Lang, params?: Params): string {
  return lookup(STRINGS, key, lang, params);
}

type Params = Record<string, string | number>;
const has = (table: object, key: string): boolean => Object.prototype.hasOwnProperty.call(table, key);

function lookup<K extends string>(
  tables: { zh: Readonly<Record<K, string>>; en: Readonly<Partial<Record<K, string>>> },
  key: K,
  lang: Lang,
  params?: Params,
) {
  const table = tables[lang] ?? tables.zh;
  const template = (has(table, key) && table[key]) || tables.zh[key] || String(key);
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole: string, name: string) =>
    has(params, name) ? String(params[name]) : whole,
  );
}

/**
 * t() for a subpackage with strings of its own (domain/library/i18n, domain/result-views/i18n): its keys from its
 * tables, and every other key from the main package's, as t() gives them. Its English table may be filled later (an
 * English reader's download): a key it does not hold yet reads in Chinese.
 */
export function translator<K extends string>(
  zh: Readonly<Record<K, string>>,
  en: Readonly<Partial<Record<K, string>>>,
) {
  const tables = { zh, en };
  return (key: K | StringKey, lang: Lang, params?: Params): string =>
    has(zh, key) ? lookup(tables, key as K, lang, params) : t(key as StringKey, lang, params);
}
