import { QR_LINK_BASE } from '../../config';
import { isAccountTypeId } from '../../domain/account-types';
import { listAccountCards } from '../../domain/account-views';
import { t } from '../../domain/i18n/strings';
import { readLaunchEntry } from '../../domain/launch-entry';
import { pathOfEntry } from '../../domain/routes';
import { typePath } from '../../domain/share-codec';
import { Lang } from '../../domain/text';
import { currentLang, saveLang, setPageTitle } from '../../platform/language';
import { EntryQuery } from '../../platform/launch';
import { openPage } from '../../platform/navigation';

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
      const entry = readLaunchEntry(query, QR_LINK_BASE, { type: 'type' });
      this.setData(view(lang, entry.kind === 'damaged' ? t('notice.damagedLink', lang) : ''));
      setPageTitle(t('page.home.title', lang));
      const url = pathOfEntry(entry);
      if (url) openPage(url);
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
