import { isAccountTypeId } from '../../domain/account-types';
import { listAccountCards } from '../../domain/account-views';
import { t } from '../../domain/i18n/strings';
import { Lang } from '../../domain/text';
import { currentLang, saveLang, setPageTitle } from '../../platform/language';
import { sceneOf, EntryQuery } from '../../platform/launch';
import { openPage } from '../../platform/navigation';

const ACCOUNT_URL = '/pages/account/account?type=';

/** Where a QR code or link asked to go: a type's page, nothing, or a damaged payload. */
type Entry = { kind: 'type'; url: string } | { kind: 'none' } | { kind: 'error' };

/**
 * Minimal entry handling until the share codec lands: `?type=<id>` and scenes `t=<id>` / `type=<id>`.
 * Anything else in a scene counts as damaged, so the reader is told instead of silently landing here.
 */
function entryOf(query: EntryQuery): Entry {
  const scene = sceneOf(query);
  let type: unknown = query.type;
  if (scene !== undefined) {
    let decoded = scene;
    try {
      decoded = decodeURIComponent(scene);
    } catch {
      return { kind: 'error' };
    }
    const match = /^(?:t|type)=([a-z]+)$/.exec(decoded);
    type = match ? match[1] : undefined;
    if (!isAccountTypeId(type)) return { kind: 'error' };
  }
  if (type === undefined) return { kind: 'none' };
  return isAccountTypeId(type) ? { kind: 'type', url: ACCOUNT_URL + type } : { kind: 'error' };
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
      if (entry.kind === 'type') openPage(entry.url);
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
      if (isAccountTypeId(id)) openPage(ACCOUNT_URL + id);
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
