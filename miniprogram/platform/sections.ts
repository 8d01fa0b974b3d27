import { datasetOf, PageContext, PageEvent } from './define-page';
// What a section's items need downloaded first (platform/subpackages.ts loadFacts).
import type { Loader } from './subpackages';

interface SectionData {
  open: boolean;
  items: readonly unknown[];
  /** Its items are on their way (a subpackage downloads) or could not download. */
  wait?: '' | 'loading' | 'failed';
}

/** What the section helpers read of a page's data. */
export interface SectionsData {
  sections?: readonly SectionData[];
}

type Ctx<S> = PageContext<S, SectionsData>;
type Load = (index: number) => unknown[] | null;

/** Items that need no download: there at once. */
const THERE: Loader = (done) => done(true);

/**
 * Fills the sections at `indexes` once `wait` says their subpackage is there, in one setData: at once when it is,
 * else after it arrives, saying meanwhile that they load. A failed download says so; the section's retry (or a tap
 * on its title, closed and opened again) tries again. A section the reader closed meanwhile stays closed.
 */
function fill<S>(ctx: Ctx<S>, indexes: number[], load: Load, wait: Loader, saidLoading = false): void {
  // Whether the loading line went out: then the answer comes later, and leaves each section open or closed as the
  // reader left it meanwhile. `saidLoading`: the sections rendered saying so already (openWithinBudget's `wait`).
  let shown = saidLoading;
  let answered = false;
  wait((ok) => {
    answered = true;
    const patch: Record<string, unknown> = {};
    for (const index of indexes) {
      const key = `sections[${index}]`;
      if (!shown) patch[`${key}.open`] = true;
      const items = ok ? load(index) : null;
      if (items) {
        patch[`${key}.items`] = items;
        // Only a section that said it loads or failed has a line to take away.
        if (ctx.data.sections?.[index]?.wait) patch[`${key}.wait`] = '';
      } else patch[`${key}.wait`] = 'failed';
    }
    ctx.setData(patch);
  });
  if (answered || shown) return;
  shown = true;
  const patch: Record<string, unknown> = {};
  for (const index of indexes) {
    patch[`sections[${index}].open`] = true;
    patch[`sections[${index}].wait`] = 'loading';
  }
  ctx.setData(patch);
}

/**
 * Opens or closes the tapped section (data-index) of a page whose `sections` came from openWithinBudget; a
 * closed section's items load from `load` the first time it opens, in the same single setData, once `wait` says
 * the subpackage they need is there (fill; by default they need none).
 */
export function toggleSection<S>(ctx: Ctx<S>, event: PageEvent, load: Load, wait: Loader = THERE): void {
  const index = Number(datasetOf(event).index);
  const section = ctx.data.sections?.[index];
  if (!section) return;
  if (section.open || section.items.length > 0) {
    ctx.setData({ [`sections[${index}].open`]: !section.open });
    return;
  }
  fill(ctx, [index], load, wait);
}

/** The retry of a section whose items could not download (its button's data-index). */
export function retrySection<S>(ctx: Ctx<S>, event: PageEvent, load: Load, wait: Loader): void {
  const index = Number(datasetOf(event).index);
  if (ctx.data.sections?.[index]?.wait === 'failed') fill(ctx, [index], load, wait);
}

/** After a render: fills the sections that opened before their items were there (openWithinBudget's `wait`). */
export function fillOpenSections<S>(ctx: Ctx<S>, load: Load, wait: Loader): void {
  const indexes = (ctx.data.sections ?? []).flatMap((section, index) => (section.wait === 'loading' ? [index] : []));
  if (indexes.length > 0) fill(ctx, indexes, load, wait, true);
}
