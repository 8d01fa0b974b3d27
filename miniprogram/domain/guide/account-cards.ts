import { ACCOUNT_TYPE_IDS, AccountTypeId, isAccountTypeId } from '../account-types';
import { t } from '../i18n/strings';
import { Lang, pick } from '../text';
import { ACCOUNT_TYPES } from './knowledge';

/**
 * What the home page and the type names need of the guide, and nothing of facts/: home lives in the main package,
 * which every newcomer downloads before the first page renders (README "Cold start"), so this module imports no
 * fact row. The views with facts (account-views) re-export these.
 */

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

/** What an account card prints before its facts. */
export interface AccountCardLabels {
  who: string;
  quota: string;
}

export function accountCardLabels(lang: Lang): AccountCardLabels {
  return { who: t('home.cardWho', lang), quota: t('home.cardQuota', lang) };
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

/** The home page: what the app answers, the four cards and the ways on; `damaged` says a link could not be read. */
export function homePageData(lang: Lang, damaged: boolean) {
  return {
    lang,
    notice: damaged ? t('notice.damagedLink', lang) : '',
    cards: listAccountCards(lang),
    ui: {
      headline: t('home.headline', lang),
      intro: t('home.intro', lang),
      findMyType: t('home.findMyType', lang),
      compareLink: t('home.compareLink', lang),
      overseasLink: t('home.overseasLink', lang),
      aboutLink: t('home.aboutLink', lang),
      typesTitle: t('home.typesTitle', lang),
      switchTo: t('lang.switchTo', lang),
      switchAria: t('lang.switchAria', lang),
    },
    cardLabels: accountCardLabels(lang),
  };
}
