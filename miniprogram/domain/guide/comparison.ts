import { ACCOUNT_TYPE_IDS, AccountTypeId, isAccountTypeId } from '../account-types';
import { accountTypeName } from './account-cards';
import { t } from '../i18n/strings';
import { comparePath } from '../links/routes';
import { Lang, pick } from '../text';
import { CellValue, DimensionId, DIMENSIONS, Level } from './comparison-table';

function sameValue(a: CellValue, b: CellValue): boolean {
  return a.level === b.level && a.text.zh === b.text.zh && a.text.en === b.text.en && !!a.reported === !!b.reported;
}

/** Known ids, deduplicated, in the guide's order (so columns never depend on the link's order). */
export function normalizeTypes(types: readonly unknown[]): AccountTypeId[] {
  const wanted = new Set(types.filter(isAccountTypeId));
  return ACCOUNT_TYPE_IDS.filter((id) => wanted.has(id));
}

/** Dimensions where the selected types do not all have the same value (level and text). */
export function differingDimensions(types: readonly AccountTypeId[]): DimensionId[] {
  const ids = normalizeTypes(types);
  if (ids.length < 2) return [];
  return DIMENSIONS.filter((dim) => ids.some((id) => !sameValue(dim.values[id], dim.values[ids[0]]))).map(
    (dim) => dim.id,
  );
}

/** Level codes as a cell carries them: the page shows ui.y / ui.n / ui.p, and nothing for a note ('i'). */
const LEVEL_CODE: Readonly<Record<Level, 'y' | 'n' | 'p' | 'i'>> = { yes: 'y', no: 'n', partial: 'p', info: 'i' };

/**
 * One table cell as setData carries it: [text] for a note, [text, level code] otherwise, and a third element 1 for a
 * reported claim. A tuple, because 48 of them travel in the page's first setData and object keys would cost a
 * quarter of the budget.
 */
export type CellView = [string] | [string, 'y' | 'n' | 'p' | 'i'] | [string, 'y' | 'n' | 'p' | 'i', 1];

export interface CompareView {
  columns: { id: AccountTypeId; name: string }[];
  rows: { id: DimensionId; label: string; cells: CellView[] }[];
  /** Rows before the only-differences filter. */
  total: number;
}

/** The comparison table for the selected types (unknown ids ignored, duplicates dropped, guide order). */
export function compareView(types: readonly AccountTypeId[], onlyDifferences: boolean, lang: Lang): CompareView {
  const ids = normalizeTypes(types);
  const differing = new Set(differingDimensions(ids));
  const dimensions = onlyDifferences ? DIMENSIONS.filter((dim) => differing.has(dim.id)) : DIMENSIONS;
  return {
    columns: ids.map((id) => ({ id, name: accountTypeName(id, lang) })),
    rows: dimensions.map((dim) => ({
      id: dim.id,
      label: pick(dim.label, lang),
      cells: ids.map((id): CellView => {
        const value = dim.values[id];
        const text = pick(value.text, lang);
        if (value.reported) return [text, LEVEL_CODE[value.level], 1];
        return value.level === 'info' ? [text] : [text, LEVEL_CODE[value.level]];
      }),
    })),
    total: DIMENSIONS.length,
  };
}

/** `types=service,miniprogram` from a link; unknown ids dropped, fewer than two means all four. Never throws. */
export function typesFromLink(raw: unknown): AccountTypeId[] {
  let text = typeof raw === 'string' ? raw : '';
  try {
    text = decodeURIComponent(text);
  } catch {
    text = ''; // a malformed % sequence from a hand-edited link: show all four
  }
  const types = normalizeTypes(text.split(','));
  return types.length >= 2 ? types : [...ACCOUNT_TYPE_IDS];
}

/** The selection after tapping one type's chip: off if it was on, else on (guide order kept). */
export function toggleType(selected: readonly AccountTypeId[], id: unknown): AccountTypeId[] {
  return selected.includes(id as AccountTypeId) ? selected.filter((x) => x !== id) : normalizeTypes([...selected, id]);
}

/** Everything the compare page shows for one state: chips, the table (only with two or more types) and labels. */
export function comparePageData(selected: readonly AccountTypeId[], onlyDiff: boolean, lang: Lang) {
  const enough = selected.length >= 2;
  const view = compareView(enough ? selected : [], onlyDiff, lang);
  // Type names travel once: chips and column heads both read them from `names`.
  return {
    lang,
    onlyDiff,
    enough,
    names: Object.fromEntries(ACCOUNT_TYPE_IDS.map((id) => [id, accountTypeName(id, lang)])),
    chips: ACCOUNT_TYPE_IDS.map((id) => ({ id, on: selected.includes(id) })),
    columns: view.columns.map((column) => column.id),
    rows: view.rows.map((row) => ({ label: row.label, cells: row.cells })),
    shown: t('compare.rowsShown', lang, { shown: view.rows.length, total: view.total }),
    // Two columns fit a phone; more scroll sideways, which the cut-off column alone does not make obvious.
    swipeHint: view.columns.length > 2 ? t('compare.swipeHint', lang, { count: view.columns.length }) : '',
    ui: {
      onlyDifferences: t('compare.onlyDifferences', lang),
      pickTypes: t('compare.pickTypes', lang),
      pickTwo: t('compare.pickTwo', lang),
      noDifferences: t('compare.noDifferences', lang),
      y: t('compare.level.yes', lang),
      n: t('compare.level.no', lang),
      p: t('compare.level.partial', lang),
      reported: t('fact.reported', lang),
    },
  };
}

/** The chat card of a comparison: the types' names, and a path that reopens the same table. */
export function compareShare(selected: readonly AccountTypeId[], onlyDiff: boolean, lang: Lang) {
  const names = selected.map((id) => accountTypeName(id, lang)).join(lang === 'en' ? ' / ' : '、');
  return { title: t('share.compare', lang, { names }), path: comparePath(selected, onlyDiff) };
}
