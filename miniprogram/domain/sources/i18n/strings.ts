import { StringKey as MainKey, translator } from '../../i18n/strings';
import { SOURCES_EN } from './en';
import { SOURCES_ZH, SourcesKey } from './zh';

/** Every key code in the sources subpackage may show: its own and the main package's. */
export type StringKey = MainKey | SourcesKey;

/** The UI string for `key` in `lang` (domain/i18n/strings.ts t), the sources' own strings included. */
export const t = translator(SOURCES_ZH, SOURCES_EN);
