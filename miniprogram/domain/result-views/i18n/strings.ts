import { StringKey as MainKey, translator } from '../../i18n/strings';
import { ENGINE_ZH, EngineKey } from './zh';

/** Every key the result's views may show: their own and the main package's. */
export type StringKey = MainKey | EngineKey;

/**
 * The English of the views' own strings: empty until an English reader's engine-en arrives (addEnglishStrings), and
 * until then each reads in Chinese.
 */
const ENGINE_EN: Partial<Record<EngineKey, string>> = {};

export function addEnglishStrings(table: Readonly<Record<EngineKey, string>>): void {
  Object.assign(ENGINE_EN, table);
}

/** The UI string for `key` in `lang` (domain/i18n/strings.ts t), the views' own strings included. */
export const t = translator(ENGINE_ZH, ENGINE_EN);
