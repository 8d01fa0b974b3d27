import { ALL_FACTS, ALL_ROWS, getCompanion, getFact, getRow, getStep } from '../../miniprogram/domain/facts/all';
import { SOURCE_KEYS, SOURCES } from '../../miniprogram/domain/facts/sources';
import { ContentRow, isReported, rowParts } from '../../miniprogram/domain/facts/types';
import {
  checkedDates,
  citedKeys,
  ContentIdRow,
  idRows,
  numbersIn,
  readContent,
  sourceRows,
  textCells,
} from '../helpers/content-md';

const md = readContent();
const rows = idRows(md);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What a row says in one language, as pages show it (the steps of a list are numbered). */
function written(row: ContentRow, lang: 'zh' | 'en'): string {
  const parts = rowParts(row).map((part) => part[lang]);
  const seed = row.kind === 'fact' && row.seed ? row.seed[lang] : '';
  const list =
    row.kind === 'fact'
      ? (row.list ?? []).map((item, i) => `${i + 1} ${item.map((part) => part[lang]).join(' ')}`)
      : [];
  return [seed, ...parts, ...list].join(' ');
}

/** CONTENT.md's "none found" fee is itself marked as our inference (free) in the section's introduction. */
const noneFound = (row: ContentIdRow): number => (row.kind === 'step' && row.cells.fee === 'none found' ? 1 : 0);
const count = (text: string, mark: string): number => text.split(mark).length - 1;
const domainRow = (row: ContentIdRow): ContentRow => {
  const found = getRow(row.id);
  if (!found) throw new Error(`${row.id} is in CONTENT.md but not in the domain`);
  return found;
};

describe('facts, launch steps and companions', () => {
  it('have unique ids, known sources and a YYYY-MM-DD checked date', () => {
    expect(new Set(ALL_ROWS.map((r) => r.id)).size).toBe(ALL_ROWS.length);
    for (const row of ALL_ROWS) {
      expect({ id: row.id, sources: row.sources.length > 0 }).toEqual({ id: row.id, sources: true });
      for (const key of row.sources) expect(SOURCE_KEYS).toContain(key);
      expect(row.checked).toMatch(DATE);
    }
  });

  it('have every part in both languages, and changed facts a 2017 claim', () => {
    for (const row of ALL_ROWS) {
      for (const part of rowParts(row))
        expect({ id: row.id, zh: !!part.zh.trim(), en: !!part.en.trim() }).toEqual({ id: row.id, zh: true, en: true });
      if (row.kind === 'fact' && row.changed) expect(row.seed).not.toBeNull();
    }
  });

  it('finds rows by id and kind, and nothing else', () => {
    expect(getFact('svc.quota')?.id).toBe('svc.quota');
    expect(getStep('lp.mp.4')?.id).toBe('lp.mp.4');
    expect(getCompanion('comp.shop')?.id).toBe('comp.shop');
    expect(getFact('lp.mp.4')).toBeUndefined();
    for (const id of ['', 'svc', '__proto__', 'constructor', 'toString', 'SVC.QUOTA', 7, null])
      expect(getRow(id)).toBeUndefined();
  });

  it('marks a row reported exactly when a part of it is', () => {
    expect(isReported(getFact('svc.quota')!)).toBe(false);
    expect(isReported(getFact('sub.quota')!)).toBe(true);
  });
});

describe('the domain holds CONTENT.md, edition 2', () => {
  it('has every row of CONTENT.md with an id, in order, of the right kind, and no other', () => {
    expect(ALL_ROWS.map((r) => `${r.kind} ${r.id}`)).toEqual(rows.map((r) => `${r.kind} ${r.id}`));
  });

  it('has the Sources table as it stands: every key, title and date', () => {
    const table = sourceRows(md);
    expect(
      Object.fromEntries(SOURCE_KEYS.map((key) => [key, { title: SOURCES[key].title, date: SOURCES[key].date }])),
    ).toEqual(table);
  });

  it('cites the sources each row cites, in order', () => {
    for (const row of rows)
      expect({ id: row.id, sources: [...domainRow(row).sources] }).toEqual({ id: row.id, sources: citedKeys(row) });
  });

  it('dates each row with its own checked date', () => {
    const dates = checkedDates(
      md,
      rows.map((r) => r.id),
    );
    expect(Object.values(dates)).toContain('2026-11-23');
    for (const row of rows)
      expect({ id: row.id, checked: domainRow(row).checked }).toEqual({ id: row.id, checked: dates[row.id] });
  });

  it('has a 2017 claim exactly where CONTENT.md has one, and marks changed exactly the rows that say Changed', () => {
    for (const row of rows.filter((r) => r.kind === 'fact')) {
      const fact = getFact(row.id)!;
      expect({ id: row.id, seed: fact.seed !== null }).toEqual({ id: row.id, seed: row.cells['2017 article'] !== '—' });
      expect({ id: row.id, changed: fact.changed }).toEqual({ id: row.id, changed: /\bChanged\b/.test(row.cells.now) });
    }
  });

  it('marks as reported (据报道) and as inference (advice) exactly as many parts as CONTENT.md marks', () => {
    for (const row of rows) {
      const parts = rowParts(domainRow(row));
      const text = textCells(row).join(' | ');
      expect({ id: row.id, reported: parts.filter((p) => p.mark === 'reported').length }).toEqual({
        id: row.id,
        reported: count(text, '**reported**'),
      });
      expect({ id: row.id, inference: parts.filter((p) => p.mark === 'inference').length }).toEqual({
        id: row.id,
        inference: count(text, '*inference*') + noneFound(row),
      });
    }
  });

  it('states every figure of CONTENT.md in both languages', () => {
    for (const row of rows) {
      const figures = numbersIn(textCells(row).join(' | '));
      for (const lang of ['zh', 'en'] as const) {
        const text = written(domainRow(row), lang);
        const missing = figures.filter((n) => !text.includes(n));
        expect({ id: row.id, lang, missing }).toEqual({ id: row.id, lang, missing: [] });
      }
    }
  });

  it('states no figure in English that CONTENT.md does not (a figure changed on one side only fails)', () => {
    for (const row of rows) {
      const figures = new Set(numbersIn(textCells(row).join(' | ')));
      const extra = numbersIn(written(domainRow(row), 'en')).filter((n) => !figures.has(n));
      expect({ id: row.id, extra }).toEqual({ id: row.id, extra: [] });
    }
  });

  it('states no figure in Chinese that the English does not (months and 万 aside, which CONTENT.md writes in words)', () => {
    const spelled = (text: string) => text.replace(/\b(one|once)\b/gi, '1');
    const extra = rows
      .map((row) => {
        const english = new Set(numbersIn(spelled(written(domainRow(row), 'en'))));
        const chinese = numbersIn(written(domainRow(row), 'zh').replace(/\d+\s*[月万]/g, ''));
        return { id: row.id, extra: chinese.filter((n) => !english.has(n)) };
      })
      .filter((r) => r.extra.length > 0);
    expect(extra).toEqual([]);
  });

  it('lists the seven access steps of mp.process, one per launch-plan step', () => {
    expect(getFact('mp.process')?.list).toHaveLength(rows.filter((r) => r.id.startsWith('lp.mp.')).length);
    expect(ALL_FACTS.filter((f) => f.list).map((f) => f.id)).toEqual(['mp.process']);
  });
});
