import { t } from '../../domain/i18n/strings';
import { overseasPageData, overseasSectionItems } from '../../domain/guide/overseas-view';
import { accountPath, OVERSEAS_PATH, QUIZ_PATH } from '../../domain/links/routes';
import { definePage } from '../../platform/define-page';
import { openPage } from '../../platform/navigation';
import { SectionsData, toggleSection } from '../../platform/sections';

/** Overseas entities (境外主体): what a company or body outside the mainland can open, and how it differs. */
type OverseasState = Record<string, never>;

definePage<OverseasState, SectionsData>({
  init: () => ({}),
  view: (_state, lang) => overseasPageData(lang),
  title: (_state, lang) => t('page.overseas.title', lang),
  share: (_state, lang) => ({ title: t('share.overseas', lang), path: OVERSEAS_PATH }),
  handlers: {
    onToggle(ctx, event) {
      toggleSection(ctx, event, (index) => overseasSectionItems(index, ctx.lang));
    },
    onMiniprogram: () => openPage(accountPath('miniprogram')),
    onFindMyType: () => openPage(QUIZ_PATH),
  },
});
