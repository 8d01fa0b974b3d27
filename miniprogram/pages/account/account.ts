import { openedType } from '../../components/account-card/props';
import { QR_LINK_BASE } from '../../config';
import { AccountTypeId } from '../../domain/account-types';
import { accountTypeName } from '../../domain/guide/account-cards';
import { openingData } from '../../domain/guide/opening-view';
import { t } from '../../domain/i18n/strings';
import { readLaunchEntry } from '../../domain/links/launch-entry';
import { accountPath, COMPARE_PATH, HOME_PATH, pathOfEntry, QUIZ_PATH, typePlanPath } from '../../domain/links/routes';
import { definePage, PageContext } from '../../platform/define-page';
import { guide, loadFacts, loadGuide, prefetchSources } from '../../platform/subpackages';
import { goBack, openPage, replacePage } from '../../platform/navigation';
import { fillOpenSections, retrySection, SectionsData, toggleSection } from '../../platform/sections';

/**
 * One account type's page. It opens from a link (`type=`), a mini program code's scene or a scanned QR link
 * (`q`); one carrying a result hands over to the result page. An unknown, tampered or damaged entry shows a
 * notice and the four types.
 */
interface AccountState {
  type: AccountTypeId | null;
  /** The entry was a damaged scene or QR link (the notice says so), not just an unknown type. */
  damagedLink: boolean;
  /** Where a scanned result link goes instead of this page. */
  handOver: string | null;
}

/** The items of a section of this page's type, by index, from the rows (there once loadFacts said so). */
const sectionItems =
  (ctx: PageContext<AccountState, SectionsData>) =>
  (index: number): unknown[] | null =>
    guide().accountSectionItems(ctx.state.type, index, ctx.lang);

definePage<AccountState, SectionsData>({
  // The head and the lines that decide come from the library: the page waits for it. The rows its sections list
  // come after it rendered (the facts subpackage; home starts both downloads in the background).
  waitFor: loadGuide,
  init(query) {
    const entry = readLaunchEntry(query, QR_LINK_BASE, { type: 'type' });
    return {
      type: entry.kind === 'type' ? entry.type : null,
      damagedLink: entry.kind === 'damaged' && entry.source !== 'type',
      handOver: entry.kind === 'result' || entry.kind === 'plan' ? pathOfEntry(entry) : null,
    };
  },
  view: (state, lang) =>
    state.handOver ? openingData(lang) : guide().accountPageData(state.type, lang, state.damagedLink),
  title: (state, lang) => accountTypeName(state.type, lang) || t('page.account.title', lang),
  ready(ctx) {
    if (ctx.state.handOver) {
      replacePage(ctx.state.handOver);
      return;
    }
    fillOpenSections(ctx, sectionItems(ctx), loadFacts);
    // Its source drawers read the sources subpackage: fetched now, so the first tap need not wait.
    prefetchSources();
  },
  share: (state, lang) =>
    state.type
      ? { title: t('share.account', lang, { name: accountTypeName(state.type, lang) }), path: accountPath(state.type) }
      : { title: t('share.home', lang), path: HOME_PATH },
  handlers: {
    /** Opens or closes a section; its items load the first time it opens. */
    onToggle(ctx, event) {
      toggleSection(ctx, event, sectionItems(ctx), loadFacts);
    },
    /** Tries again to download a section's items. */
    onRetrySection(ctx, event) {
      retrySection(ctx, event, sectionItems(ctx), loadFacts);
    },
    onOpenType(_ctx, event) {
      const id = openedType(event.detail);
      if (id) replacePage(accountPath(id));
    },
    onOpenPlan(ctx) {
      if (ctx.state.type) openPage(typePlanPath(ctx.state.type));
    },
    onCompare() {
      openPage(COMPARE_PATH);
    },
    onFindMyType() {
      openPage(QUIZ_PATH);
    },
    onBackHome() {
      goBack();
    },
  },
});
