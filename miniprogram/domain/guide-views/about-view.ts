import { CHUNK_BYTES, countWithinBudget } from '../budget';
import type { ItemView } from '../library/guide/account-views';
import type { SourceItemView } from '../library/guide/fact-view';
import { allRows, factLabels, itemViews, t, tCount } from './library-parts';
import type * as SourcesModule from '../sources/sources';
import { Lang, LANGS } from '../text';
import { APP_VERSION } from '../version';

/** The about page's lists, built from the same rows every other page shows. */
export interface AboutView {
  /** The most recent checked date of any row. */
  latest: string;
  /** CONTENT.md's Sources table, in its order, with how many rows cite each source. */
  sources: (SourceItemView & { count: string })[];
  /** Facts that changed since the 2017 article, as pages show them: what it said beside what holds now. */
  changes: ItemView[];
}

/** The sources subpackage, which the about page waits for beside the library (its list is the Sources table). */
export type AboutSources = Pick<typeof SourcesModule, 'SOURCE_KEYS' | 'sourceItem'>;

export function aboutView(lang: Lang, sources: AboutSources): AboutView {
  const rows = allRows();
  const cited = new Map<string, number>();
  for (const row of rows) for (const key of row.sources) cited.set(key, (cited.get(key) ?? 0) + 1);
  return {
    latest: rows.reduce((latest, row) => (row.checked > latest ? row.checked : latest), ''),
    sources: sources.SOURCE_KEYS.map((key) => ({
      ...sources.sourceItem(key, lang),
      count: tCount('about.factCount', cited.get(key) ?? 0, lang),
    })),
    changes: itemViews(
      rows.filter((row) => row.kind === 'fact' && row.changed).map((row) => row.id),
      lang,
      true,
    ),
  };
}

/** The about page at first: texts, the legend of the marks, language choice and version; lists load on tap. */
export function aboutPageData(lang: Lang, sources: AboutSources) {
  const view = aboutView(lang, sources);
  return {
    lang,
    sourcesOpen: false,
    changesOpen: false,
    sources: [],
    changes: [],
    moreSources: '',
    moreChanges: '',
    ui: {
      title: t('about.title', lang),
      intro: t('about.intro', lang),
      checkedAll: t('about.checkedAll', lang, { date: view.latest }),
      reportedNote: t('about.reportedNote', lang),
      adviceNote: t('about.adviceNote', lang),
      reported: t('fact.reported', lang),
      inference: t('fact.inference', lang),
      disclaimer: t('about.disclaimer', lang),
      sources: `${t('about.sourcesTitle', lang)} · ${t('about.sourceCount', lang, { count: view.sources.length })}`,
      changes: `${t('about.changesTitle', lang)} · ${t('about.changeCount', lang, { count: view.changes.length })}`,
      language: t('about.languageTitle', lang),
      version: t('about.versionTitle', lang),
    },
    labels: factLabels(lang),
    version: t('app.version', lang, { version: APP_VERSION }),
    langs: LANGS.map((id) => ({ id, name: t(id === 'zh' ? 'lang.zh' : 'lang.en', lang), on: id === lang })),
  };
}

export type AboutList = 'sources' | 'changes';

/**
 * The next items of a list that fit one action's budget, as path updates (earlier items are not sent again),
 * and the "show N more" label for the rest ('' when all are shown).
 */
export function aboutListChunk(
  list: AboutList,
  start: number,
  lang: Lang,
  sources: AboutSources,
): Record<string, unknown> {
  const all: unknown[] = aboutView(lang, sources)[list];
  const count = countWithinBudget(all, start, CHUNK_BYTES);
  const update: Record<string, unknown> = {};
  for (let i = start; i < start + count; i++) update[`${list}[${i}]`] = all[i];
  const left = all.length - start - count;
  update[list === 'sources' ? 'moreSources' : 'moreChanges'] =
    left > 0 ? t('about.showMore', lang, { count: left }) : '';
  return update;
}
