import { QR_LINK_BASE } from '../../config';
import { openedType } from '../../components/account-card/props';
import { chosenLang } from '../../components/lang-switch/props';
import { homePageData } from '../../domain/guide/account-cards';
import { t } from '../../domain/i18n/strings';
import { readLaunchEntry } from '../../domain/links/launch-entry';
import {
  ABOUT_PATH,
  accountPath,
  COMPARE_PATH,
  HOME_PATH,
  OVERSEAS_PATH,
  pathOfEntry,
  QUIZ_PATH,
} from '../../domain/links/routes';
import { definePage } from '../../platform/define-page';
import { prefetchEngine, prefetchLibrary } from '../../platform/subpackages';
import { openPage } from '../../platform/navigation';

/**
 * Home: the four types and the ways on. A scanned QR link, a mini program code or a `type=` link opens the page
 * it names on top of home; anything unreadable stays on home with a notice.
 */
interface HomeState {
  damaged: boolean;
  /** Where the launch entry asked to go, until it has been opened. */
  goTo: string | null;
}

definePage<HomeState>({
  init(query) {
    const entry = readLaunchEntry(query, QR_LINK_BASE, { type: 'type' });
    return { damaged: entry.kind === 'damaged', goTo: pathOfEntry(entry) };
  },
  view: (state, lang) => homePageData(lang, state.damaged),
  title: (_state, lang) => t('page.home.title', lang),
  ready(ctx) {
    // The likely next pages (a result, a type, a plan) then open without waiting for their subpackages.
    prefetchEngine();
    prefetchLibrary();
    const goTo = ctx.state.goTo;
    if (!goTo) return;
    ctx.state = { ...ctx.state, goTo: null };
    openPage(goTo);
  },
  share: (_state, lang) => ({ title: t('share.home', lang), path: HOME_PATH }),
  handlers: {
    onLangChange(ctx, event) {
      const lang = chosenLang(event.detail);
      if (lang) ctx.setLang(lang);
    },
    onOpenType(_ctx, event) {
      const id = openedType(event.detail);
      if (id) openPage(accountPath(id));
    },
    onFindMyType: () => openPage(QUIZ_PATH),
    onCompare: () => openPage(COMPARE_PATH),
    onOverseas: () => openPage(OVERSEAS_PATH),
    onAbout: () => openPage(ABOUT_PATH),
  },
});
