import { StringKey as MainKey, translator } from '../../i18n/strings';
import { ENGINE_EN } from './en';
import { ENGINE_ZH, EngineKey } from './zh';

/** Every key code in the recommendation subpackage may show: its own and the main package's. */
export type StringKey = MainKey | EngineKey;

/** The UI string for `key` in `lang` (domain/i18n/strings.ts t), the recommendation's own strings included. */
export const t = translator(ENGINE_ZH, ENGINE_EN);
