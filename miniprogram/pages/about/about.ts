import { aboutView } from '../../domain/about-view';
import { countWithinBudget } from '../../domain/budget';
import { t } from '../../domain/i18n/strings';
import { Lang, LANGS } from '../../domain/text';
import { APP_VERSION } from '../../domain/version';
import { currentLang, saveLang, setPageTitle } from '../../platform/language';

/** Bytes of changes sent per tap; the rest come with "show more", so every action stays inside the budget. */
const CHANGES_PER_ACTION_BYTES = 3000;

interface AboutData {
  lang: Lang;
  sourcesOpen: boolean;
  changesOpen: boolean;
  sources: { title: string; date: string; count: string }[];
  changes: { id: string; seed: string; now: string }[];
  /** "Show 5 more", or '' when every change is shown. */
  more: string;
}

/** First render: texts, language choice and version; sources and changes load when their section opens. */
function aboutData(lang: Lang) {
  const view = aboutView(lang);
  return {
    lang,
    sourcesOpen: false,
    changesOpen: false,
    sources: [],
    changes: [],
    more: '',
    ui: {
      title: t('about.title', lang),
      intro: t('about.intro', lang),
      checkedAll: t('about.checkedAll', lang, { date: view.checked }),
      reportedNote: t('about.reportedNote', lang),
      disclaimer: t('about.disclaimer', lang),
      sources: `${t('about.sourcesTitle', lang)} · ${t('about.sourceCount', lang, { count: view.sources.length })}`,
      changes: `${t('about.changesTitle', lang)} · ${t('about.changeCount', lang, { count: view.changes.length })}`,
      seedLabel: t('about.seedLabel', lang),
      nowLabel: t('about.nowLabel', lang),
      language: t('about.languageTitle', lang),
      version: t('about.versionTitle', lang),
    },
    version: t('app.version', lang, { version: APP_VERSION }),
    langs: LANGS.map((id) => ({ id, name: t(id === 'zh' ? 'lang.zh' : 'lang.en', lang), on: id === lang })),
  };
}

Component({
  data: {
    lang: 'zh',
    sourcesOpen: false,
    changesOpen: false,
    sources: [],
    changes: [],
    more: '',
  } as AboutData,
  methods: {
    onLoad() {
      this.render(currentLang());
    },
    onShow() {
      const lang = currentLang();
      if (lang !== this.data.lang) this.render(lang);
    },
    render(lang: Lang) {
      this.setData(aboutData(lang));
      setPageTitle(t('page.about.title', lang));
    },
    onPickLang(event: WechatMiniprogram.CustomEvent<Record<string, never>, Record<string, never>, { lang: Lang }>) {
      const lang = event.currentTarget.dataset.lang;
      if (lang === this.data.lang || !LANGS.includes(lang)) return;
      saveLang(lang);
      this.render(lang);
    },
    onToggleSources() {
      if (this.data.sources.length > 0) {
        this.setData({ sourcesOpen: !this.data.sourcesOpen });
        return;
      }
      const { lang } = this.data;
      const sources = aboutView(lang).sources.map((source) => ({
        title: source.title,
        date: source.date || t('about.undated', lang),
        count: t('about.factCount', lang, { count: source.factIds.length }),
      }));
      this.setData({ sourcesOpen: true, sources });
    },
    onToggleChanges() {
      if (this.data.changes.length > 0) {
        this.setData({ changesOpen: !this.data.changesOpen });
        return;
      }
      this.loadChanges({ changesOpen: true });
    },
    onMoreChanges() {
      this.loadChanges({});
    },
    /** Appends the next changes that fit in the per-action budget (path updates, so earlier ones are not resent). */
    loadChanges(update: Record<string, unknown>) {
      const { lang } = this.data;
      const all = aboutView(lang).changes;
      const start = this.data.changes.length;
      const count = countWithinBudget(all, start, CHANGES_PER_ACTION_BYTES);
      for (let i = start; i < start + count; i++) update[`changes[${i}]`] = all[i];
      const left = all.length - start - count;
      update.more = left > 0 ? t('about.showMore', lang, { count: left }) : '';
      this.setData(update);
    },
    onShareAppMessage() {
      return { title: t('share.about', this.data.lang), path: '/pages/about/about' };
    },
  },
});
