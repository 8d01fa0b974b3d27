import { datasetOf, PageContext, PageEvent } from './define-page';

interface SectionData {
  open: boolean;
  items: readonly unknown[];
}

/** What toggleSection reads of a page's data. */
export interface SectionsData {
  sections?: readonly SectionData[];
}

/**
 * Opens or closes the tapped section (data-index) of a page whose `sections` came from openWithinBudget; a
 * closed section's items load from `load` the first time it opens, in the same single setData.
 */
export function toggleSection<S>(
  ctx: PageContext<S, SectionsData>,
  event: PageEvent,
  load: (index: number) => unknown[] | null,
): void {
  const index = Number(datasetOf(event).index);
  const section = ctx.data.sections?.[index];
  if (!section) return;
  if (section.open || section.items.length > 0) {
    ctx.setData({ [`sections[${index}].open`]: !section.open });
    return;
  }
  const items = load(index);
  if (items) ctx.setData({ [`sections[${index}].open`]: true, [`sections[${index}].items`]: items });
}
