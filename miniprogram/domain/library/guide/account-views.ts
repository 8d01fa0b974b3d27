import { jsonBytes } from '../../budget';
import { CompanionLine, companionLine, FactLine, factLine, PartView, partViews, StepLine, stepLine } from './fact-view';
import { getRow } from '../rows';
import { isStepId } from '../../row-types';
import { t, tCount } from '../i18n/strings';
import type { SectionInfo, SectionKey } from '../../guide-views/type-sections';
import { Lang } from '../../text';

// The cards, the type names and the home page need no fact row: they live in account-cards, which home (in the main
// package) loads without facts/ (README "Cold start"). Re-exported so the guide's views keep one import.
export { accountCardLabels, accountTypeName, homePageData, listAccountCards } from '../../guide/account-cards';
export type { AccountCardLabels, AccountCardView } from '../../guide/account-cards';

/**
 * One line that decides, as the top of a type's page shows it: what it is about, the condensed text, and the rows
 * it condenses (`src`), whose sources open on tap.
 */
export interface DecisionLine {
  id: string;
  label: string;
  parts: PartView[];
  src: readonly string[];
}

/** One thing a section shows: a fact, a numbered launch step, a companion, or a line that decides. */
export type ItemView =
  | ({ k: 'fact' } & FactLine)
  | ({ k: 'step'; n: number } & StepLine)
  | ({ k: 'comp' } & CompanionLine)
  | ({ k: 'line' } & DecisionLine);

export interface SectionView {
  key: SectionKey;
  title: string;
  /** What is inside, shown while it is closed ("7 步 · 约 5–48 个工作日"). */
  hint: string;
  items: ItemView[];
}

/**
 * The items of a list of ids. Steps are numbered from 1 within the list; steps that follow a fact with its own
 * ordered list (mp.process) take their titles from it, so the access process is written once, in its words.
 * `withSeeds` shows changed facts' 2017 claims inline (the about page's changes); elsewhere they sit in the drawer.
 */
export function itemViews(ids: readonly string[], lang: Lang, withSeeds = false): ItemView[] {
  const items: ItemView[] = [];
  let titles: PartView[][] = [];
  let n = 0;
  for (const id of ids) {
    const row = getRow(id);
    if (!row) continue;
    if (row.kind === 'fact') {
      titles = (row.list ?? []).map((item) => partViews(item, lang));
      n = 0;
      items.push({ k: 'fact', ...(factLine(id, lang, withSeeds) as FactLine) });
    } else if (row.kind === 'step') {
      const step = stepLine(id, lang) as StepLine;
      items.push({ k: 'step', n: ++n, ...step, title: titles[n - 1] ?? step.title });
    } else {
      items.push({ k: 'comp', ...(companionLine(id, lang) as CompanionLine) });
    }
  }
  return items;
}

/**
 * Sections as a page shows them: titled, with what is inside and their items (none before the rows arrive: the
 * hint counts the ids). `timeOf` gives the time to go live of a section of launch steps, for its hint ("7 步 ·
 * 2–35 个工作日"); '' leaves the count alone.
 */
export function sectionViews(
  sections: readonly SectionInfo[],
  lang: Lang,
  timeOf: (key: SectionKey) => string = () => '',
): SectionView[] {
  return sections.map((section) => {
    const steps = section.ids.filter(isStepId).length;
    const time = steps ? timeOf(section.key) : '';
    const hint = time
      ? tCount('section.hintStepsTime', steps, lang, { time })
      : steps
        ? tCount('section.hintSteps', steps, lang)
        : tCount('section.hintItems', section.ids.length, lang);
    return { key: section.key, title: t(`section.${section.key}`, lang), hint, items: itemViews(section.ids, lang) };
  });
}

/**
 * A section as the page holds it: closed ones have no items until first opened. `wait` says an open one's items
 * are still coming (the facts subpackage, platform/sections.ts) or could not download.
 */
export interface SectionState {
  key: SectionKey;
  title: string;
  hint: string;
  open: boolean;
  items: ItemView[];
  wait?: '' | 'loading' | 'failed';
}

/**
 * Which sections open at first render: the first always, later ones in order while the whole first setData
 * stays within `budget` bytes (the rest load on tap), so a long page still arrives in one small setData. Before
 * the rows arrive only the first opens, saying its items are on their way.
 */
export function openWithinBudget(detail: { sections: SectionView[] }, head: unknown, budget: number): SectionState[] {
  const sections: SectionState[] = detail.sections.map((s) => ({
    key: s.key,
    title: s.title,
    hint: s.hint,
    open: false,
    items: [],
  }));
  let used = jsonBytes(head) + jsonBytes(sections);
  for (let i = 0; i < sections.length; i++) {
    const items = detail.sections[i].items;
    const extra = jsonBytes(items) + 12;
    if (i > 0 && (items.length === 0 || used + extra > budget)) break;
    sections[i] = { ...sections[i], open: true, items, ...(items.length === 0 ? { wait: 'loading' as const } : {}) };
    used += extra;
  }
  return sections;
}
