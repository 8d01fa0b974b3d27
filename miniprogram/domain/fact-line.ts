import { FactView, toFactView } from './fact-view';
import { getFact } from './facts';
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
