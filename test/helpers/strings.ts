import { STRINGS, translator } from '../../miniprogram/domain/i18n/strings';
import { APP_EN } from '../../miniprogram/domain/app-en/app-en';
import { WAITING_EN } from '../../miniprogram/domain/i18n/waiting-en';
import { ENGINE_EN } from '../../miniprogram/domain/engine-en/strings';
import { ENGINE_ZH } from '../../miniprogram/domain/result-views/i18n/zh';
import { LIBRARY_EN } from '../../miniprogram/domain/library-en/strings';
import { ROW_PAGES_EN } from '../../miniprogram/domain/steps-en/strings';
import { PLAN_EN } from '../../miniprogram/domain/plan-en/strings';
import { LIBRARY_ZH } from '../../miniprogram/domain/library/i18n/zh';
import { SOURCES_EN } from '../../miniprogram/domain/sources/i18n/en';
import { SOURCES_ZH } from '../../miniprogram/domain/sources/i18n/zh';

/**
 * t() over every string table, the main package's and those that download with a subpackage (the library's, the
 * result views', the sources'; their English from library-en and facts-en, engine-en, quiz-en), for tests that
 * read a page's text by its keys.
 */
export const t = translator(
  { ...LIBRARY_ZH, ...ENGINE_ZH, ...SOURCES_ZH },
  { ...LIBRARY_EN, ...ROW_PAGES_EN, ...PLAN_EN, ...ENGINE_EN, ...SOURCES_EN },
);

/** The string tables of each package, by language: the main package's first. */
export const STRING_TABLES = [
  { name: 'main', zh: STRINGS.zh, en: { ...WAITING_EN, ...APP_EN } },
  { name: 'library', zh: LIBRARY_ZH, en: { ...LIBRARY_EN, ...ROW_PAGES_EN, ...PLAN_EN } },
  { name: 'result-views', zh: ENGINE_ZH, en: ENGINE_EN },
  { name: 'sources', zh: SOURCES_ZH, en: SOURCES_EN },
] as const;

/** Every UI string of one language, whichever package's table holds it. */
export const allStrings = (lang: 'zh' | 'en'): Record<string, string> =>
  Object.assign({}, ...STRING_TABLES.map((table) => table[lang]));
