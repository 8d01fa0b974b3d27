import type { AboutList } from '../../domain/guide-views/about-view';
import { t } from '../../domain/i18n/strings';
import { ABOUT_PATH } from '../../domain/links/routes';
import { isLang } from '../../domain/text';
import { copyLink } from '../../platform/clipboard';
import { datasetOf, definePage, PageContext } from '../../platform/define-page';
import { guide, loadFactsAndSources, sources } from '../../platform/subpackages';

/** About: what the guide is, what its marks mean, its sources and the changes since 2017 (loaded on tap), language. */
type AboutState = Record<string, never>;

/** What the handlers read back: the lists loaded so far and whether each is open. */
interface AboutData {
  sources: readonly unknown[];
  changes: readonly unknown[];
  sourcesOpen: boolean;
  changesOpen: boolean;
}

const OPEN_KEY: Record<AboutList, 'sourcesOpen' | 'changesOpen'> = { sources: 'sourcesOpen', changes: 'changesOpen' };

/** Opens or closes a list; the first open loads as much as fits one action's budget. */
function toggle(ctx: PageContext<AboutState, AboutData>, list: AboutList): void {
  const loaded = ctx.data[list];
  const open = OPEN_KEY[list];
  if (loaded.length > 0) ctx.setData({ [open]: !ctx.data[open] });
  else ctx.setData({ [open]: true, ...guide().aboutListChunk(list, 0, ctx.lang, sources()) });
}

function more(ctx: PageContext<AboutState, AboutData>, list: AboutList): void {
  ctx.setData(guide().aboutListChunk(list, ctx.data[list].length, ctx.lang, sources()));
}

definePage<AboutState, AboutData>({
  // Facts come from the library subpackage, its list from the sources subpackage: the page waits for both.
  waitFor: loadFactsAndSources,
  init: () => ({}),
  view: (_state, lang) => guide().aboutPageData(lang, sources()),
  title: (_state, lang) => t('page.about.title', lang),
  share: (_state, lang) => ({ title: t('share.about', lang), path: ABOUT_PATH }),
  handlers: {
    onPickLang(ctx, event) {
      const lang = datasetOf(event).lang;
      if (isLang(lang)) ctx.setLang(lang);
    },
    onToggleSources: (ctx) => toggle(ctx, 'sources'),
    onToggleChanges: (ctx) => toggle(ctx, 'changes'),
    onMoreSources: (ctx) => more(ctx, 'sources'),
    onMoreChanges: (ctx) => more(ctx, 'changes'),
    onCopyLink: (ctx, event) =>
      copyLink(datasetOf(event).url, {
        copied: t('source.copied', ctx.lang),
        failed: t('source.copyFailed', ctx.lang),
      }),
  },
});
