import { SOURCE_TITLES } from './source-titles';
import { SourceKey, SOURCES } from './source-table';
import { StringKey, t } from './i18n/strings';
import { Lang } from '../text';

/** One source as the drawer and the about page list it: its title in the reader's language, date and link. */
export interface SourceItemView {
  key: string;
  title: string;
  date: string;
  /** The page a reader can open; '' where CONTENT.md gives none (the drawer says so). */
  url: string;
}

/** Source dates as CONTENT.md writes them ("undated, current doc", "rule 2023-12-20" …), in the reader's language. */
const DATE_FORMS: readonly [RegExp, StringKey][] = [
  [/^undated, current doc$/, 'source.undatedCurrent'],
  [/^undated, current doc \(copy\)$/, 'source.undatedCurrentCopy'],
  [/^copy (.+)$/, 'source.copy'],
  [/^effective (.+)$/, 'source.effective'],
  [/^data as of (.+)$/, 'source.dataAsOf'],
  [/^changelog (.+)$/, 'source.changelog'],
  [/^undated$/, 'source.undated'],
  [/^rule (.+)$/, 'source.rule'],
  [/^fees from (.+)$/, 'source.feesFrom'],
  [/^updated (.+)$/, 'source.updated'],
  [/^edited (.+)$/, 'source.edited'],
];

export function sourceDate(date: string, lang: Lang): string {
  for (const [form, key] of DATE_FORMS) {
    const match = form.exec(date);
    if (match) return t(key, lang, { date: match[1] ?? '' });
  }
  return date;
}

/**
 * A source's title as the reader's UI shows it (source-titles.ts), else CONTENT.md's title as it stands; in the
 * Chinese UI a Chinese title's trailing " (site)" takes full-width brackets, as Chinese text does.
 */
export function sourceTitle(key: SourceKey, lang: Lang): string {
  const own = SOURCE_TITLES[key]?.[lang];
  if (own) return own;
  const title = SOURCES[key].title;
  return lang === 'zh' && /^[\u4e00-\u9fff]/.test(title) ? title.replace(/ \(([^()]*)\)$/, '（$1）') : title;
}

export function sourceItem(key: SourceKey, lang: Lang): SourceItemView {
  const source = SOURCES[key];
  return { key, title: sourceTitle(key, lang), date: sourceDate(source.date, lang), url: source.url ?? '' };
}

/** The sources behind some rows, in order, each once (a row cites only keys of the table: facts.test checks it). */
export function sourceItems(keys: readonly SourceKey[], lang: Lang): SourceItemView[] {
  return keys.filter((key, i) => keys.indexOf(key) === i).map((key) => sourceItem(key, lang));
}
