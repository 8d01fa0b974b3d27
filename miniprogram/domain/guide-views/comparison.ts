import { ACCOUNT_TYPE_IDS, AccountTypeId, isAccountTypeId } from '../account-types';
import { accountTypeName } from '../guide/account-cards';
import { t } from './library-parts';
import { comparePath } from '../links/routes';
import { Lang, pick } from '../text';
import { CellValue, Dimension, DimensionId, DIMENSIONS, Level } from './comparison-table';

/** Cells are written in Chinese (their English is library-en's, by the Chinese): the same Chinese is the same cell. */
function sameValue(a: CellValue, b: CellValue): boolean {
  return a.level === b.level && a.text.zh === b.text.zh && !!a.reported === !!b.reported;
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

/** A cell that already opens with its answer ("有，需认证", "No, certified or not") needs no badge saying it again. */
const SAYS_IT = /^(有|没有|不能|能|无|Yes\b|No\b|Not\b|Cannot\b)/;

/** The badge a cell shows: none for a note, for a burden (work is never a plus) or where the text says it first. */
function badgeOf(dim: Dimension, value: CellValue, text: string): 'y' | 'n' | 'p' | 'i' {
  if (dim.burden || SAYS_IT.test(text)) return 'i';
  return LEVEL_CODE[value.level];
}

function cellView(dim: Dimension, value: CellValue, lang: Lang): CellView {
  const text = pick(value.text, lang);
  const badge = badgeOf(dim, value, text);
  if (value.reported) return [text, badge, 1];
  return badge === 'i' ? [text] : [text, badge];
}

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
      cells: ids.map((id) => cellView(dim, dim.values[id], lang)),
    })),
    total: DIMENSIONS.length,
  };
}

/** How the page shows the types: two side by side, or all four, one dimension at a time. */
export type CompareMode = 'pair' | 'all';

export interface CompareState {
  mode: CompareMode;
  /** The two types side by side, in the order they were picked (columns follow the guide's order). */
  pair: AccountTypeId[];
  onlyDiff: boolean;
}

/**
 * The page's first state. A link with exactly two types opens them side by side; a link with more (older links
 * carried all four) opens the list of all four. Otherwise the two the reader is deciding between (their result's
 * pick and runner-up) sit side by side, and without a result the list of four opens. Never throws.
 */
export function compareStateOf(rawTypes: unknown, diff: unknown, deciding: readonly AccountTypeId[]): CompareState {
  let text = typeof rawTypes === 'string' ? rawTypes : '';
  try {
    text = decodeURIComponent(text);
  } catch {
    text = ''; // a malformed % sequence from a hand-edited link: as if it named none
  }
  const linked = normalizeTypes(text.split(','));
  const onlyDiff = diff === '1';
  if (linked.length === 2) return { mode: 'pair', pair: linked, onlyDiff };
  if (linked.length > 2) return { mode: 'all', pair: linked.slice(0, 2), onlyDiff };
  const own = normalizeTypes(deciding);
  return own.length === 2 ? { mode: 'pair', pair: own, onlyDiff } : { mode: 'all', pair: [], onlyDiff };
}

/** The pair after tapping one type's chip: off if it was on; else on, and the earlier of two already on makes room. */
export function toggleType(pair: readonly AccountTypeId[], id: unknown): AccountTypeId[] {
  if (!isAccountTypeId(id)) return [...pair];
  if (pair.includes(id)) return pair.filter((x) => x !== id);
  return [...pair, id].slice(-2);
}

/**
 * A line of the list of four: the types that give an answer, as indexes into the page's `order` (names travel
 * once), then the answer's cell. A tuple, because 48 of them travel in one setData.
 */
export type ListLine = [number[], ...CellView];

/**
 * One dimension of the list of four. With "only differences" on, types that give the same answer share one line,
 * so each answer is read once.
 */
function listRows(onlyDiff: boolean, lang: Lang): { label: string; lines: ListLine[] }[] {
  return DIMENSIONS.map((dim) => {
    const lines: ListLine[] = [];
    ACCOUNT_TYPE_IDS.forEach((id, index) => {
      const same = onlyDiff
        ? lines.find((line) => sameValue(dim.values[ACCOUNT_TYPE_IDS[line[0][0]]], dim.values[id]))
        : undefined;
      if (same) same[0].push(index);
      else lines.push([[index], ...cellView(dim, dim.values[id], lang)]);
    });
    return { label: pick(dim.label, lang), lines };
  });
}

/** Everything the compare page shows for one state: the view switch, the pair's chips and table, or the list of four. */
export function comparePageData(state: CompareState, lang: Lang) {
  const enough = state.pair.length === 2;
  const all = state.mode === 'all';
  // The table of the two side by side, when that view has its two.
  const table = !all && enough ? compareView(state.pair, state.onlyDiff, lang) : null;
  // Only what the view renders: the other view's parts go empty, so nothing stale stays in the page's data.
  return {
    lang,
    mode: state.mode,
    onlyDiff: state.onlyDiff,
    enough,
    names: Object.fromEntries(ACCOUNT_TYPE_IDS.map((id) => [id, accountTypeName(id, lang)])),
    order: ACCOUNT_TYPE_IDS,
    chips: all ? [] : ACCOUNT_TYPE_IDS.map((id) => ({ id, on: state.pair.includes(id) })),
    columns: table ? table.columns.map((column) => column.id) : [],
    rows: table ? table.rows.map((row) => ({ label: row.label, cells: row.cells })) : [],
    list: all ? listRows(state.onlyDiff, lang) : [],
    shown: all
      ? t(state.onlyDiff ? 'compare.listMerged' : 'compare.listAll', lang)
      : table
        ? t('compare.rowsShown', lang, { shown: table.rows.length, total: table.total })
        : '',
    ui: {
      pair: t('compare.modePair', lang),
      all: t('compare.modeAll', lang),
      onlyDifferences: t('compare.onlyDifferences', lang),
      ...(all
        ? {}
        : {
            pickTypes: t('compare.pickTypes', lang),
            pickTwo: t('compare.pickTwo', lang),
            noDifferences: t('compare.noDifferences', lang),
          }),
      y: t('compare.level.yes', lang),
      n: t('compare.level.no', lang),
      p: t('compare.level.partial', lang),
      reported: t('fact.reported', lang),
    },
  };
}

/** The chat card of a comparison: the types' names, and a path that reopens the same view. */
export function compareShare(state: CompareState, lang: Lang) {
  const types = state.mode === 'all' || state.pair.length < 2 ? [...ACCOUNT_TYPE_IDS] : normalizeTypes(state.pair);
  const names = types.map((id) => accountTypeName(id, lang)).join(lang === 'en' ? ' / ' : '、');
  return { title: t('share.compare', lang, { names }), path: comparePath(types, state.onlyDiff) };
}
