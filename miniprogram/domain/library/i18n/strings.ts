import { Lang } from '../../text';
import { StringKey as MainKey, translator } from '../../i18n/strings';
import { LIBRARY_ZH, LibraryKey } from './zh';

/** Every key code in the library subpackage may show: its own and the main package's. */
export type StringKey = MainKey | LibraryKey;

/**
 * The English of the library's own strings: empty until an English reader's library-en arrives (addEnglishStrings),
 * and until then each reads in Chinese.
 */
const LIBRARY_EN: Partial<Record<LibraryKey, string>> = {};

/** Adds English strings: library-en's, and the row pages' that come with facts-en. */
export function addEnglishStrings(table: Readonly<Partial<Record<LibraryKey, string>>>): void {
  Object.assign(LIBRARY_EN, table);
}

/** The UI string for `key` in `lang` (domain/i18n/strings.ts t), the library's own strings included. */
export const t = translator(LIBRARY_ZH, LIBRARY_EN);

/** Keys with a singular form beside them (`<key>.one`, the same text in Chinese). */
type CountKey =
  'section.hintSteps' | 'section.hintStepsTime' | 'section.hintItems' | 'about.factCount' | 'plan.unstated';

/** The string for a count: "1 step", "5 steps" (Chinese has one form). `{count}` is filled in. */
export function tCount(key: CountKey, count: number, lang: Lang, params: Record<string, string | number> = {}): string {
  return t(count === 1 ? `${key}.one` : key, lang, { ...params, count });
}
