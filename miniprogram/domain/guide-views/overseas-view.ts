import { CHUNK_BYTES } from '../budget';
import { Lang } from '../text';
import type { ItemView } from '../library/guide/account-views';
import { factLabels, itemViews, openWithinBudget, sectionViews, t } from './library-parts';
import { OVERSEAS_SECTIONS } from './type-sections';

/** The overseas page at first: what it answers, its sections (the first that fit the budget open) and the ways on. */
export function overseasPageData(lang: Lang) {
  const head = {
    lang,
    ui: {
      title: t('overseas.title', lang),
      intro: t('overseas.intro', lang),
      findMyType: t('account.findMyType', lang),
      miniprogram: t('overseas.miniprogram', lang),
    },
    labels: factLabels(lang),
  };
  return {
    ...head,
    sections: openWithinBudget({ sections: sectionViews(OVERSEAS_SECTIONS, lang) }, head, CHUNK_BYTES),
  };
}

/** The items of one section of the overseas page, for loading it on first open; null for anything else. */
export function overseasSectionItems(index: number, lang: Lang): ItemView[] | null {
  const section = OVERSEAS_SECTIONS[index];
  return section ? itemViews(section.ids, lang) : null;
}
