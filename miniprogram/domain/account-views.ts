import { ACCOUNT_TYPE_IDS, AccountTypeId, isAccountTypeId } from './account-types';
import { FactView, factViews } from './fact-view';
import { t } from './i18n/strings';
import { ACCOUNT_TYPES } from './knowledge';
import { Lang, pick } from './text';

/** One home-page card. `tone` picks the card colour in WXSS. */
export interface AccountCardView {
  id: AccountTypeId;
  name: string;
  summary: string;
  who: string;
  quota: string;
  icon: string;
  tone: AccountTypeId;
}

export interface SectionView {
  key: string;
  title: string;
  facts: FactView[];
}

export interface AccountDetailView {
  id: AccountTypeId;
  name: string;
  summary: string;
  analogy: string;
  icon: string;
  tags: string[];
  sections: SectionView[];
  /** Choices that cannot be undone later (shown before the sections). */
  warnings: FactView[];
  /** Mini program access steps; [] for the other types. */
  steps: string[];
}

export function listAccountCards(lang: Lang): AccountCardView[] {
  return ACCOUNT_TYPE_IDS.map((id) => {
    const info = ACCOUNT_TYPES[id];
    return {
      id,
      name: pick(info.name, lang),
      summary: pick(info.summary, lang),
      who: pick(info.cardWho, lang),
      quota: pick(info.cardQuota, lang),
      icon: info.icon,
      tone: id,
    };
  });
}

/** The account type's name in `lang`, or '' for an unknown id. */
export function accountTypeName(id: unknown, lang: Lang): string {
  return isAccountTypeId(id) ? pick(ACCOUNT_TYPES[id].name, lang) : '';
}

/** The detail page of one type; null for anything that is not a known id (e.g. a tampered link). */
export function getAccountDetail(id: unknown, lang: Lang): AccountDetailView | null {
  if (!isAccountTypeId(id)) return null;
  const info = ACCOUNT_TYPES[id];
  return {
    id,
    name: pick(info.name, lang),
    summary: pick(info.summary, lang),
    analogy: pick(info.analogy, lang),
    icon: info.icon,
    tags: info.tags.map((tag) => pick(tag, lang)),
    sections: info.sections.map((section) => ({
      key: section.key,
      title: t(`section.${section.key}`, lang),
      facts: factViews(section.factIds, lang),
    })),
    warnings: factViews(info.irreversible, lang),
    steps: info.steps.map((step) => pick(step, lang)),
  };
}
