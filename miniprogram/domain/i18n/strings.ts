import { Lang } from '../text';
import { EN } from './en';
import { StringKey, ZH } from './zh';

export type { StringKey } from './zh';

/** The UI string table: one flat object per language with identical keys. */
export const STRINGS: Record<Lang, Record<StringKey, string>> = { zh: ZH, en: EN };

export const STRING_KEYS = Object.keys(ZH) as StringKey[];

export function isStringKey(value: unknown): value is StringKey {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ZH, value);
}

/**
 * The UI string for `key` in `lang`, falling back to Chinese (and to the key itself if even that is missing,
 * so a typo shows up on screen instead of a blank). `{name}` is replaced by params.name; unknown
 * placeholders are left as they are.
 */
export function t(key: StringKey, lang: Lang, params?: Record<string, string | number>): string {
  const table = STRINGS[lang] ?? STRINGS.zh;
  const template = (Object.prototype.hasOwnProperty.call(table, key) && table[key]) || ZH[key] || String(key);
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole: string, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Keys with a singular form beside them (`<key>.one`, the same text in Chinese). */
type CountKey = 'section.hintSteps' | 'section.hintStepsTime' | 'section.hintItems';

/** The string for a count: "1 step", "5 steps" (Chinese has one form). `{count}` is filled in. */
export function tCount(key: CountKey, count: number, lang: Lang, params: Record<string, string | number> = {}): string {
  return t(count === 1 ? `${key}.one` : key, lang, { ...params, count });
}
