import { sourceTitle } from './fact-view';
import { ALL_FACTS, CHECKED, Source } from './facts/all';
import { Lang, pick } from './text';

export interface AboutView {
  checked: string;
  /** Every source once, in order of first use, with the facts it supports. */
  sources: { title: string; date: string; factIds: string[] }[];
  /** Facts that changed since the 2017 article: what it said and what holds now. */
  changes: { id: string; seed: string; now: string }[];
}

export function aboutView(lang: Lang): AboutView {
  const bySource = new Map<Source, string[]>();
  for (const fact of ALL_FACTS) {
    for (const source of fact.sources) {
      const ids = bySource.get(source) ?? [];
      ids.push(fact.id);
      bySource.set(source, ids);
    }
  }
  return {
    checked: CHECKED,
    sources: Array.from(bySource, ([source, factIds]) => ({
      title: sourceTitle(source, lang),
      date: source.date ?? '',
      factIds,
    })),
    changes: ALL_FACTS.filter((fact) => fact.changed && fact.seed).map((fact) => ({
      id: fact.id,
      seed: fact.seed ? pick(fact.seed, lang) : '',
      now: pick(fact.now, lang),
    })),
  };
}
