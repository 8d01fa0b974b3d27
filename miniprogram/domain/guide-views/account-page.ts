import { AccountTypeId, isAccountTypeId } from '../account-types';
import { CHUNK_BYTES } from '../budget';
import { factLabels, itemViews, openWithinBudget, sectionViews, t, timeText, typePlan } from './library-parts';
import { Lang, pick } from '../text';
import type { DecisionLine, ItemView, SectionView } from '../library/guide/account-views';
import { accountCardLabels, listAccountCards } from '../guide/account-cards';
import { DIMENSIONS } from './comparison-table';
import { ACCOUNT_TYPES } from '../guide/knowledge';
import { SectionKey, TYPE_PAGES } from './type-sections';

/** Sections that list a launch route's steps: their hint gives the route's time to go live. */
const STEP_ROUTES: Partial<Record<SectionKey, 'self' | 'provider'>> = {
  steps: 'self',
  process: 'self',
  providerSteps: 'provider',
};

export interface AccountDetailView {
  id: AccountTypeId;
  name: string;
  summary: string;
  analogy: string;
  icon: string;
  tags: string[];
  /** The lines that decide, at the top. */
  decide: ({ k: 'line' } & DecisionLine)[];
  sections: SectionView[];
}

/** The lines that decide for a type, condensed as the comparison condenses them, with the rows behind each. */
export function decisionLines(id: AccountTypeId, lang: Lang): ({ k: 'line' } & DecisionLine)[] {
  return TYPE_PAGES[id].decide.flatMap((dimension) => {
    const row = DIMENSIONS.find((d) => d.id === dimension);
    if (!row) return [];
    const cell = row.values[id];
    const text = pick(cell.text, lang);
    return [
      {
        k: 'line' as const,
        id: dimension,
        label: pick(row.label, lang),
        parts: [cell.reported ? { t: text, m: 'reported' as const } : { t: text }],
        src: cell.factIds,
      },
    ];
  });
}

/** The detail page of one type; null for anything that is not a known id (e.g. a tampered link). */
export function getAccountDetail(id: unknown, lang: Lang): AccountDetailView | null {
  if (!isAccountTypeId(id)) return null;
  const info = ACCOUNT_TYPES[id];
  const sections = sectionViews(TYPE_PAGES[id].sections, lang, (key) => {
    const route = STEP_ROUTES[key];
    return route ? timeText(typePlan(id, route).days, lang) : '';
  });
  return {
    id,
    name: pick(info.name, lang),
    summary: pick(info.summary, lang),
    analogy: pick(info.analogy, lang),
    icon: info.icon,
    tags: info.tags.map((tag) => pick(tag, lang)),
    decide: decisionLines(id, lang),
    sections,
  };
}

function accountLabels(lang: Lang, damagedLink: boolean) {
  return {
    analogy: t('account.analogy', lang),
    tags: t('account.tags', lang),
    decide: t('section.decide', lang),
    compareWith: t('account.compareWith', lang),
    plan: t('account.plan', lang),
    findMyType: t('account.findMyType', lang),
    allTypes: t('account.allTypes', lang),
    unknownType: t(damagedLink ? 'notice.damagedLinkTypes' : 'notice.unknownType', lang),
    backHome: t('notice.backHome', lang),
    // A section whose rows are still coming, or could not download (platform/sections.ts).
    loading: t('notice.loading', lang),
    loadFailed: t('notice.loadFailed', lang),
    retry: t('common.retry', lang),
  };
}

/**
 * Everything an account page shows at first: the header, the lines that decide, every section's title with what
 * is inside, and the first sections that fit the budget. An unknown type (or a damaged link) gets a notice and
 * the four cards.
 */
export function accountPageData(id: unknown, lang: Lang, damagedLink = false) {
  const ui = accountLabels(lang, damagedLink);
  const detail = getAccountDetail(id, lang);
  if (!detail) {
    return {
      lang,
      found: false,
      ui,
      cards: listAccountCards(lang),
      cardLabels: accountCardLabels(lang),
    };
  }
  const head = {
    lang,
    found: true,
    id: detail.id,
    head: { name: detail.name, summary: detail.summary, analogy: detail.analogy, icon: detail.icon },
    tags: detail.tags,
    decide: detail.decide,
    ui,
    labels: factLabels(lang),
  };
  return { ...head, sections: openWithinBudget(detail, head, CHUNK_BYTES) };
}

/** The items of one section of a type's page, for loading it on first open; null for anything unknown. */
export function accountSectionItems(id: unknown, index: number, lang: Lang): ItemView[] | null {
  if (!isAccountTypeId(id)) return null;
  const section = TYPE_PAGES[id].sections[index];
  return section ? itemViews(section.ids, lang) : null;
}
