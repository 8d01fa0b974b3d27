import { getCompanion, getFact, getRow, getStep } from '../rows';
import type { Marked, Parts } from '../../row-types';
import { t } from '../i18n/strings';
import type * as SourcesModule from '../../sources/sources';
import type { SourceItemView } from '../../sources/source-view';
import { Lang, pick } from '../../text';

/**
 * Facts as pages show them: localized, flat, with short keys because they travel in setData. A part keeps its
 * mark, so 据报道 (reported) and 建议 (advice, for an inference) sit exactly on the words CONTENT.md marks.
 */
/** One part of a fact as a page shows it: the one marked-text form (facts/types Marked). */
export type PartView = Marked;

export interface FactLine {
  id: string;
  parts: PartView[];
  /** What the 2017 article said, shown beside what holds now (the about page's changes); '' elsewhere. */
  seed: string;
}

/** One launch-plan step: what it is, what to prepare, how long it takes, what it costs. */
export interface StepLine {
  id: string;
  title: PartView[];
  needs: PartView[];
  time: PartView[];
  fee: PartView[];
}

export interface CompanionLine {
  id: string;
  what: PartView[];
  who: PartView[];
  how: PartView[];
}

export type { SourceItemView };

/** The sources subpackage, handed in by the page once it loaded (the library never requires another package). */
export type Sources = Pick<typeof SourcesModule, 'sourceItems'>;

/** A row's sources and checked date, loaded when the reader asks for them. */
export interface SourceView {
  items: SourceItemView[];
  checked: string;
  /** What the 2017 article said, for a row that changed since; '' otherwise. */
  seed: string;
}

/**
 * English parts are joined by a space (Chinese runs on). The space ends the part before, so it stands before the
 * next part's badge, not between the badge and its words.
 */
export function partViews(parts: Parts, lang: Lang): PartView[] {
  return parts.map((part, i) => {
    const view: PartView = { t: pick(part, lang) + (i < parts.length - 1 && lang === 'en' ? ' ' : '') };
    if (part.mark) view.m = part.mark;
    return view;
  });
}

/** The parts as one plain string, joined as partViews joins them (for titles and lines without badges). */
export function partsText(parts: Parts, lang: Lang): string {
  return partViews(parts, lang)
    .map((view) => view.t)
    .join('');
}

/**
 * A fact as a page shows it. The 2017 claim of a changed row sits in the source drawer (EDITORIAL.md: how a fact
 * changed belongs there and on the about page), so only the about page's list of changes asks for it inline.
 */
export function factLine(id: string, lang: Lang, withSeed = false): FactLine | null {
  const fact = getFact(id);
  if (!fact) return null;
  const seed = withSeed && fact.changed && fact.seed ? pick(fact.seed, lang) : '';
  return { id, parts: partViews(fact.now, lang), seed };
}

export function stepLine(id: string, lang: Lang): StepLine | null {
  const step = getStep(id);
  if (!step) return null;
  return {
    id,
    title: partViews(step.step, lang),
    needs: partViews(step.needs, lang),
    time: partViews(step.time, lang),
    fee: partViews(step.fee, lang),
  };
}

export function companionLine(id: string, lang: Lang): CompanionLine | null {
  const row = getCompanion(id);
  if (!row) return null;
  return { id, what: partViews(row.what, lang), who: partViews(row.who, lang), how: partViews(row.how, lang) };
}

/**
 * Sources and checked date of any row (fact, step or companion), or of several rows at once (their sources in
 * order, each once, and the latest checked date); null when no id is known. The titles, dates and links come from
 * the sources subpackage (`sources`), which loads when a reader first asks for them.
 */
export function sourceView(id: unknown, lang: Lang, sources: Sources): SourceView | null {
  const rows = (Array.isArray(id) ? id : [id]).map((one) => getRow(one)).filter((row) => row !== undefined);
  if (rows.length === 0) return null;
  const row = rows[0];
  const seed = !Array.isArray(id) && row.kind === 'fact' && row.changed && row.seed ? pick(row.seed, lang) : '';
  return {
    items: sources.sourceItems(
      rows.flatMap((one) => one.sources),
      lang,
    ),
    checked: rows.map((one) => one.checked).reduce((a, b) => (b > a ? b : a)),
    seed,
  };
}

export type FactLabels = Record<
  | 'changed'
  | 'seedLabel'
  | 'reported'
  | 'inference'
  | 'source'
  | 'checked'
  | 'showSource'
  | 'hideSource'
  | 'copyLink'
  | 'copied'
  | 'copyFailed'
  | 'noUrl'
  | 'needs'
  | 'time'
  | 'fee'
  | 'who'
  | 'how'
  | 'loading'
  | 'sourcesFailed',
  string
>;

/** The labels fact, step and companion items need, passed down by the page (so items render without their own setData). */
export function factLabels(lang: Lang): FactLabels {
  return {
    changed: t('fact.changed', lang),
    seedLabel: t('fact.seedLabel', lang),
    reported: t('fact.reported', lang),
    inference: t('fact.inference', lang),
    source: t('fact.source', lang),
    checked: t('fact.checked', lang),
    showSource: t('fact.showSource', lang),
    hideSource: t('fact.hideSource', lang),
    copyLink: t('source.copyLink', lang),
    copied: t('source.copied', lang),
    copyFailed: t('source.copyFailed', lang),
    noUrl: t('source.noUrl', lang),
    needs: t('step.needs', lang),
    time: t('step.time', lang),
    fee: t('step.fee', lang),
    who: t('comp.who', lang),
    how: t('comp.how', lang),
    loading: t('notice.loading', lang),
    sourcesFailed: t('notice.sourcesFailed', lang),
  };
}
