import { ARTICLE, Fact, getFact, Source } from './facts/all';
import { Lang, pick } from './text';

/** A fact localized and flattened for setData. */
export interface FactView {
  id: string;
  text: string;
  /** What the 2017 article said; '' when there is no seed or nothing changed. */
  seedText: string;
  changed: boolean;
  /** The UI must label this "reported / 据报道". */
  reported: boolean;
  sourceText: string;
  checked: string;
}

const ARTICLE_TITLE = { zh: '2017 原文', en: 'the original 2017 article' };

/** A source's title in the reader's language (only the 2017 article has two names). */
export function sourceTitle(source: Source, lang: Lang): string {
  return source === ARTICLE ? pick(ARTICLE_TITLE, lang) : source.title;
}

export function sourceLabel(source: Source, lang: Lang): string {
  const title = sourceTitle(source, lang);
  if (!source.date) return title;
  return lang === 'en' ? `${title} (${source.date})` : `${title}（${source.date}）`;
}

export function toFactView(fact: Fact, lang: Lang): FactView {
  return {
    id: fact.id,
    text: pick(fact.now, lang),
    seedText: fact.changed && fact.seed ? pick(fact.seed, lang) : '',
    changed: fact.changed,
    reported: fact.reported,
    sourceText: fact.sources.map((source) => sourceLabel(source, lang)).join(lang === 'en' ? '; ' : '；'),
    checked: fact.checked,
  };
}

/** Views of the known ids, in order; unknown ids are skipped (the knowledge tests make sure there are none). */
export function factViews(ids: readonly string[], lang: Lang): FactView[] {
  const views: FactView[] = [];
  for (const id of ids) {
    const fact = getFact(id);
    if (fact) views.push(toFactView(fact, lang));
  }
  return views;
}
