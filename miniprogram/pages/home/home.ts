import { isAccountTypeId } from '../../domain/account-types';
import { listAccountCards } from '../../domain/account-views';
import { t } from '../../domain/i18n/strings';
import { decodeScene, sharePath, typePath } from '../../domain/share-codec';
import { Lang } from '../../domain/text';
import { currentLang, saveLang, setPageTitle } from '../../platform/language';
import { sceneOf, EntryQuery } from '../../platform/launch';
import { openPage } from '../../platform/navigation';

/** Where a QR code or link asked to go: a page to open, nothing, or a damaged payload (shown as a notice). */
type Entry = { kind: 'open'; url: string } | { kind: 'none' } | { kind: 'error' };

/**
 * A mini program code's scene (`t=<type>` or `r=<share code>`, decoded by the share codec) or a plain
 * `?type=<id>` link. Anything unreadable keeps the reader on home with a notice instead of failing silently.
 */
function entryOf(query: EntryQuery): Entry {
  const scene = sceneOf(query);
  if (scene === undefined) {
    if (query.type === undefined) return { kind: 'none' };
    return isAccountTypeId(query.type) ? { kind: 'open', url: `/${typePath(query.type)}` } : { kind: 'error' };
  }
  const decoded = decodeScene(scene);
  switch (decoded.kind) {
    case 'type':
      return { kind: 'open', url: `/${typePath(decoded.type)}` };
    case 'result':
      return { kind: 'open', url: `/${sharePath(decoded.answers)}` };
    case 'none':
      return { kind: 'none' };
    default:
      return { kind: 'error' };
  }
}

function view(lang: Lang, notice: string) {
  return {
    lang,
    notice,
    cards: listAccountCards(lang),
    ui: {
      headline: t('home.headline', lang),
      intro: t('home.intro', lang),
      findMyType: t('home.findMyType', lang),
      compareLink: t('home.compareLink', lang),
      aboutLink: t('home.aboutLink', lang),
      typesTitle: t('home.typesTitle', lang),
      switchTo: t('lang.switchTo', lang),
      switchAria: t('lang.switchAria', lang),
      appTitle: t('app.title', lang),
      appSubtitle: t('app.subtitle', lang),
    },
    cardLabels: { who: t('home.cardWho', lang), quota: t('home.cardQuota', lang) },
  };
}

Component({
  data: {
    lang: 'zh' as Lang,
    notice: '',
  },
  methods: {
    onLoad(query: EntryQuery = {}) {
      const lang = currentLang();
      const entry = entryOf(query);
      this.setData(view(lang, entry.kind === 'error' ? t('notice.damagedLink', lang) : ''));
      setPageTitle(t('page.home.title', lang));
      if (entry.kind === 'open') openPage(entry.url);
    },
    onShow() {
      // The language may have been switched on another page.
      const lang = currentLang();
      if (lang !== this.data.lang) this.applyLang(lang);
    },
    applyLang(lang: Lang) {
      const notice = this.data.notice ? t('notice.damagedLink', lang) : '';
      this.setData(view(lang, notice));
      setPageTitle(t('page.home.title', lang));
    },
    onLangChange(event: WechatMiniprogram.CustomEvent<{ lang: Lang }>) {
      saveLang(event.detail.lang);
      this.applyLang(event.detail.lang);
    },
    onOpenType(event: WechatMiniprogram.CustomEvent<{ id: unknown }>) {
      const id = event.detail.id;
      if (isAccountTypeId(id)) openPage(`/${typePath(id)}`);
    },
    onFindMyType() {
      openPage('/pages/quiz/quiz');
    },
    onCompare() {
      openPage('/pages/compare/compare');
    },
    onAbout() {
      openPage('/pages/about/about');
    },
    onShareAppMessage() {
      return { title: t('share.home', this.data.lang), path: '/pages/home/home' };
    },
  },
});
