import { ACCOUNT_TYPE_IDS, AccountTypeId } from '../../domain/account-types';
import { accountTypeName } from '../../domain/account-views';
import { compareView, normalizeTypes } from '../../domain/comparison';
import { t } from '../../domain/i18n/strings';
import { Lang } from '../../domain/text';
import { currentLang, setPageTitle } from '../../platform/language';

interface CompareData {
  lang: Lang;
  onlyDiff: boolean;
  /** The four types as chips; `on` marks the selected ones (the selection lives only here). */
  chips: { id: AccountTypeId; name: string; on: boolean }[];
}

/** `types=service,miniprogram` from a link; unknown ids dropped, fewer than two means all four. */
function typesFromQuery(raw: unknown): AccountTypeId[] {
  let text = typeof raw === 'string' ? raw : '';
  try {
    text = decodeURIComponent(text);
  } catch {
    text = ''; // a malformed % sequence from a hand-edited link: show all four
  }
  const types = normalizeTypes(text.split(','));
  return types.length >= 2 ? types : [...ACCOUNT_TYPE_IDS];
}

/** Everything the page shows for one state: chips, the table (only with two or more types) and labels. */
function compareData(selected: AccountTypeId[], onlyDiff: boolean, lang: Lang) {
  const enough = selected.length >= 2;
  const view = compareView(enough ? selected : [], onlyDiff, lang);
  return {
    lang,
    onlyDiff,
    enough,
    chips: ACCOUNT_TYPE_IDS.map((id) => ({ id, name: accountTypeName(id, lang), on: selected.includes(id) })),
    columns: view.columns,
    rows: view.rows.map((row) => ({ label: row.label, cells: row.cells })),
    shown: t('compare.rowsShown', lang, { shown: view.rows.length, total: view.total }),
    // Two columns fit a phone; more scroll sideways, which the cut-off column alone does not make obvious.
    swipeHint: view.columns.length > 2 ? t('compare.swipeHint', lang, { count: view.columns.length }) : '',
    ui: {
      onlyDifferences: t('compare.onlyDifferences', lang),
      pickTypes: t('compare.pickTypes', lang),
      pickTwo: t('compare.pickTwo', lang),
      noDifferences: t('compare.noDifferences', lang),
      yes: t('compare.level.yes', lang),
      no: t('compare.level.no', lang),
      partial: t('compare.level.partial', lang),
    },
  };
}

Component({
  data: {
    lang: 'zh',
    onlyDiff: false,
    chips: [],
  } as CompareData,
  methods: {
    onLoad(query: Record<string, string | undefined> = {}) {
      this.render(typesFromQuery(query.types), query.diff === '1', currentLang());
    },
    onShow() {
      const lang = currentLang();
      if (lang !== this.data.lang) this.render(this.selected(), this.data.onlyDiff, lang);
    },
    selected(): AccountTypeId[] {
      return this.data.chips.filter((chip) => chip.on).map((chip) => chip.id);
    },
    render(selected: AccountTypeId[], onlyDiff: boolean, lang: Lang) {
      this.setData(compareData(selected, onlyDiff, lang));
      setPageTitle(t('page.compare.title', lang));
    },
    onToggleType(event: WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { id: string }>) {
      const id = event.currentTarget.dataset.id;
      const current = this.selected();
      const next = current.includes(id as AccountTypeId) ? current.filter((x) => x !== id) : normalizeTypes([...current, id]);
      this.render(next, this.data.onlyDiff, this.data.lang);
    },
    // van-switch sends the new value itself as the detail.
    onOnlyDiff(event: { detail: unknown }) {
      this.render(this.selected(), event.detail === true, this.data.lang);
    },
    onShareAppMessage() {
      const { onlyDiff, lang } = this.data;
      const selected = this.selected();
      const names = selected.map((id) => accountTypeName(id, lang)).join(lang === 'en' ? ' / ' : '、');
      return {
        title: t('share.compare', lang, { names }),
        path: `/pages/compare/compare?types=${selected.join(',')}${onlyDiff ? '&diff=1' : ''}`,
      };
    },
  },
});
