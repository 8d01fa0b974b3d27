import { FactView, toFactView } from './fact-view';
import { getFact } from './facts/all';
import { t } from './i18n/strings';
import { Lang } from './text';

/**
 * A fact as a page first shows it: the claim, the "changed since 2017" note and the "reported" flag.
 * The source and checked date (the bulkiest part) come from factSource() when the reader asks for them,
 * which keeps a detail page's first setData inside the budget.
 */
export type FactLine = Omit<FactView, 'sourceText' | 'checked'>;

export interface FactSourceView {
  sourceText: string;
  checked: string;
}

export function toFactLine(view: FactView): FactLine {
  return { id: view.id, text: view.text, seedText: view.seedText, changed: view.changed, reported: view.reported };
}

/** Source and checked date of one fact; null for an unknown id. */
export function factSource(id: unknown, lang: Lang): FactSourceView | null {
  const fact = typeof id === 'string' ? getFact(id) : undefined;
  if (!fact) return null;
  const view = toFactView(fact, lang);
  return { sourceText: view.sourceText, checked: view.checked };
}

/** The fact-item component's labels in `lang` (passed down by the page, so facts render without their own setData). */
export function factLabels(lang: Lang): Record<'changed' | 'seedLabel' | 'reported' | 'source' | 'checked' | 'showSource' | 'hideSource', string> {
  return {
    changed: t('fact.changed', lang),
    seedLabel: t('fact.seedLabel', lang),
    reported: t('fact.reported', lang),
    source: t('fact.source', lang),
    checked: t('fact.checked', lang),
    showSource: t('fact.showSource', lang),
    hideSource: t('fact.hideSource', lang),
  };
}
