import { QR_LINK_BASE } from '../../config';
import { AccountTypeId } from '../../domain/account-types';
import { AccountCardView, getAccountDetail, listAccountCards, SectionView } from '../../domain/account-views';
import { jsonBytes } from '../../domain/budget';
import { factLabels, FactLine, toFactLine } from '../../domain/fact-line';
import { t } from '../../domain/i18n/strings';
import { readLaunchEntry } from '../../domain/launch-entry';
import { sharePath, typePath } from '../../domain/share-codec';
import { Lang } from '../../domain/text';
import { currentLang, setPageTitle } from '../../platform/language';
import { goBack, HOME_URL, openPage, replacePage } from '../../platform/navigation';

/** Sections open at first render, in order, while they fit in this many bytes; the rest load on tap. */
const FIRST_RENDER_BYTES = 3000;

interface SectionData {
  key: string;
  title: string;
  open: boolean;
  /** [] until the section is first opened. */
  facts: FactLine[];
}

interface AccountData {
  lang: Lang;
  /** Opened from a damaged QR link or scene: the not-found view says so instead of "unknown type". */
  damagedLink: boolean;
  /** '' until loaded; the type id when known. */
  id: AccountTypeId | '';
  found: boolean;
  head: { name: string; summary: string; analogy: string; icon: string };
  tags: string[];
  warnings: FactLine[];
  sections: SectionData[];
  steps: string[];
  cards: AccountCardView[];
  ui: Record<string, string>;
  factLabels: Record<string, string>;
  cardLabels: Record<string, string>;
}

const lines = (section: SectionView): FactLine[] => section.facts.map(toFactLine);

/** The first render of a known type: header, warnings, section titles, and the first sections that fit. */
function detailData(id: unknown, lang: Lang, damagedLink = false): Partial<AccountData> {
  const detail = getAccountDetail(id, lang);
  const ui = {
    analogy: t('account.analogy', lang),
    tags: t('account.tags', lang),
    warnings: t('section.warnings', lang),
    steps: t('account.steps', lang),
    compareWith: t('account.compareWith', lang),
    findMyType: t('account.findMyType', lang),
    allTypes: t('account.allTypes', lang),
    unknownType: t(damagedLink ? 'notice.damagedLinkTypes' : 'notice.unknownType', lang),
    backHome: t('notice.backHome', lang),
  };
  if (!detail) {
    return { lang, damagedLink, id: '', found: false, ui, cards: listAccountCards(lang), cardLabels: { who: t('home.cardWho', lang), quota: t('home.cardQuota', lang) } };
  }
  const base: Partial<AccountData> = {
    lang,
    id: detail.id,
    found: true,
    head: { name: detail.name, summary: detail.summary, analogy: detail.analogy, icon: detail.icon },
    tags: detail.tags,
    warnings: detail.warnings.map(toFactLine),
    steps: [],
    ui,
    factLabels: factLabels(lang),
  };
  const sections: SectionData[] = detail.sections.map((s) => ({ key: s.key, title: s.title, open: false, facts: [] }));
  let used = jsonBytes({ ...base, sections });
  for (let i = 0; i < sections.length; i++) {
    const facts = lines(detail.sections[i]);
    const steps = detail.sections[i].key === 'process' ? detail.steps : [];
    const extra = jsonBytes(facts) + jsonBytes(steps) + 12;
    // The first section (the definition) always opens; later ones only while they fit.
    if (i > 0 && used + extra > FIRST_RENDER_BYTES) break;
    sections[i] = { ...sections[i], open: true, facts };
    if (steps.length) base.steps = steps;
    used += extra;
  }
  return { ...base, sections };
}

Component({
  data: {
    lang: 'zh',
    id: '',
    found: true,
    sections: [],
  } as unknown as AccountData,
  methods: {
    onLoad(query: Record<string, string | undefined> = {}) {
      // A scanned QR link or scene may name a type or carry a result (then the result page takes over).
      const entry = readLaunchEntry(query, QR_LINK_BASE, { type: 'type' });
      if (entry.kind === 'result') {
        replacePage(`/${sharePath(entry.answers)}`);
        return;
      }
      const damagedLink = entry.kind === 'damaged' && entry.source !== 'type';
      this.render(entry.kind === 'type' ? entry.type : undefined, currentLang(), damagedLink);
    },
    onShow() {
      const lang = currentLang();
      if (this.data.id !== undefined && lang !== this.data.lang) this.render(this.data.found ? this.data.id : undefined, lang, this.data.damagedLink);
    },
    render(type: unknown, lang: Lang, damagedLink = false) {
      const data = detailData(type, lang, damagedLink);
      this.setData(data);
      setPageTitle(data.found && data.head ? data.head.name : t('page.account.title', lang));
    },
    /** Opens or closes a section; its facts (and the mini program steps) load the first time it opens. */
    onToggle(event: WechatMiniprogram.CustomEvent<Record<string, never>, Record<string, never>, { index: number }>) {
      const index = Number(event.currentTarget.dataset.index);
      const section = this.data.sections[index];
      if (!section) return;
      if (section.open || section.facts.length > 0) {
        this.setData({ [`sections[${index}].open`]: !section.open });
        return;
      }
      const detail = getAccountDetail(this.data.id, this.data.lang);
      const full = detail && detail.sections[index];
      if (!detail || !full) return;
      const update: Record<string, unknown> = { [`sections[${index}].open`]: true, [`sections[${index}].facts`]: lines(full) };
      if (full.key === 'process') update.steps = detail.steps;
      this.setData(update);
    },
    onOpenType(event: WechatMiniprogram.CustomEvent<{ id: unknown }>) {
      const detail = getAccountDetail(event.detail.id, this.data.lang);
      if (detail) replacePage(`/${typePath(detail.id)}`);
    },
    onCompare() {
      openPage('/pages/compare/compare');
    },
    onFindMyType() {
      openPage('/pages/quiz/quiz');
    },
    onBackHome() {
      goBack();
    },
    onShareAppMessage() {
      const { found, id, head, lang } = this.data;
      if (!found || !id) return { title: t('share.home', lang), path: HOME_URL };
      return { title: t('share.account', lang, { name: head.name }), path: `/${typePath(id)}` };
    },
  },
});
