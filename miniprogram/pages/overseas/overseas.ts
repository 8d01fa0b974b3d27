import { t } from '../../domain/i18n/strings';
import { accountPath, OVERSEAS_PATH, QUIZ_PATH } from '../../domain/links/routes';
import { definePage } from '../../platform/define-page';
import { guide, loadGuideAndFacts, prefetchSources } from '../../platform/subpackages';
import { openPage } from '../../platform/navigation';
import { SectionsData, toggleSection } from '../../platform/sections';

/** Overseas entities (境外主体): what a company or body outside the mainland can open, and how it differs. */
type OverseasState = Record<string, never>;

definePage<OverseasState, SectionsData>({
  // Facts come from the library subpackage: the page waits for it.
  waitFor: loadGuideAndFacts,
  init: () => ({}),
  view: (_state, lang) => guide().overseasPageData(lang),
  title: (_state, lang) => t('page.overseas.title', lang),
  // Its source drawers read the sources subpackage: fetched now, so the first tap need not wait.
  ready: () => prefetchSources(),
  share: (_state, lang) => ({ title: t('share.overseas', lang), path: OVERSEAS_PATH }),
  handlers: {
    onToggle(ctx, event) {
      toggleSection(ctx, event, (index) => guide().overseasSectionItems(index, ctx.lang));
    },
    onMiniprogram: () => openPage(accountPath('miniprogram')),
    onFindMyType: () => openPage(QUIZ_PATH),
  },
});
