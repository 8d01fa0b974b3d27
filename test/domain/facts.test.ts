import { ALL_FACTS, ALL_ROWS } from '../../scripts/lib/all-rows';
import { getCompanion, getFact, getRow, getStep } from '../../miniprogram/domain/library/rows';
import { SOURCE_KEYS, SOURCES } from '../../miniprogram/domain/sources/source-table';
import { PERSONA_SETUPS } from './persona-setups';
import type { ContentRow, Part } from '../../miniprogram/domain/row-types';
import { isReported, rowParts } from '../../scripts/lib/row-parts';
import { LANGS, pick } from '../../miniprogram/domain/text';
import {
  checkedDates,
  citedKeys,
  ContentIdRow,
  idRows,
  newIds,
  numbersIn,
  personaRows,
  contentAvailable,
  readContent,
  sourceRows,
  textCells,
} from '../helpers/content-md';

// Without ../shared (and outside CI) the tie to CONTENT.md is skipped, saying so; in CI readContent fails loudly.
const strict = process.env.CI === 'true';
const available = contentAvailable() || strict;
const md = available ? readContent() : '';
const rows = idRows(md);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What a row says in one language, as pages show it (the steps of a list are numbered). */
function written(row: ContentRow, lang: 'zh' | 'en'): string {
  const parts = rowParts(row).map((part) => pick(part, lang));
  const seed = row.kind === 'fact' && row.seed ? pick(row.seed, lang) : '';
  const list =
    row.kind === 'fact'
      ? (row.list ?? []).map((item, i) => `${i + 1} ${item.map((part) => pick(part, lang)).join(' ')}`)
      : [];
  return [seed, ...parts, ...list].join(' ');
}

const count = (text: string, mark: string): number => text.split(mark).length - 1;

/**
 * Every row (of those the domain has: the order test names the missing ones) where what the domain holds differs
 * from what CONTENT.md says, as { id, domain, content }: all of them at once, so one run lists every row to mend.
 */
function mismatches(
  ofDomain: (domain: ContentRow, row: ContentIdRow) => unknown,
  ofContent: (row: ContentIdRow) => unknown,
): { id: string; domain: unknown; content: unknown }[] {
  return rows.flatMap((row) => {
    const found = getRow(row.id);
    if (!found) return [];
    const domain = ofDomain(found, row);
    const content = ofContent(row);
    return JSON.stringify(domain) === JSON.stringify(content) ? [] : [{ id: row.id, domain, content }];
  });
}

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
        expect({
          id: row.id,
          zh: !!part.zh.trim(),
          en: !!pick(part, 'en').trim() && pick(part, 'en') !== part.zh,
        }).toEqual({ id: row.id, zh: true, en: true });
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

(available ? describe : describe.skip)('the domain holds CONTENT.md, edition 3', () => {
  it('has every row of CONTENT.md with an id, in order, of the right kind, and no other', () => {
    expect(ALL_ROWS.map((r) => `${r.kind} ${r.id}`)).toEqual(rows.map((r) => `${r.kind} ${r.id}`));
  });

  it('has the Sources table as it stands: every key, title, date and url', () => {
    const table = sourceRows(md);
    expect(
      Object.fromEntries(
        SOURCE_KEYS.map((key) => {
          const { title, date, url } = SOURCES[key];
          return [key, { title, date, url }];
        }),
      ),
    ).toEqual(table);
    expect(Object.values(table).filter((s) => s.url).length).toBeGreaterThan(100);
  });

  it('has every row that edition 3 adds', () => {
    const added = newIds(md);
    expect(added).toHaveLength(4 + 9 + 4 + 2 + 4 + 9 + 6);
    expect(added.filter((id) => !getRow(id))).toEqual([]);
  });

  it('knows the persona table as it stands (a persona added or changed on one side fails)', () => {
    const table = personaRows(md);
    expect(Object.fromEntries(Object.entries(table).map(([id, cells]) => [id, cells.setup]))).toEqual(PERSONA_SETUPS);
  });

  it('cites the sources each row cites, in order', () => {
    expect(
      mismatches(
        (domain) => ({ sources: [...domain.sources] }),
        (row) => ({ sources: citedKeys(row) }),
      ),
    ).toEqual([]);
  });

  it('dates each row with its own checked date', () => {
    const dates = checkedDates(
      md,
      rows.map((r) => r.id),
    );
    expect(Object.values(dates)).toContain('2026-12-01');
    expect(Object.values(dates)).toContain('2026-11-24');
    expect(
      mismatches(
        (domain) => domain.checked,
        (row) => dates[row.id],
      ),
    ).toEqual([]);
  });

  it('has a 2017 claim exactly where CONTENT.md has one, and marks changed exactly the rows that say Changed', () => {
    expect(
      mismatches(
        (domain) => (domain.kind === 'fact' ? { seed: domain.seed !== null, changed: domain.changed } : null),
        (row) =>
          row.kind === 'fact'
            ? { seed: row.cells['2017 article'] !== '—', changed: /\bChanged\b/.test(row.cells.now) }
            : null,
      ),
    ).toEqual([]);
  });

  it('marks as reported (据报道) and as inference (advice) exactly as many parts as CONTENT.md marks', () => {
    const marks = (parts: Part[]) => ({
      reported: parts.filter((p) => p.mark === 'reported').length,
      inference: parts.filter((p) => p.mark === 'inference').length,
    });
    expect(
      mismatches(
        (domain) => marks(rowParts(domain)),
        (row) => {
          const text = textCells(row).join(' | ');
          return { reported: count(text, '**reported**'), inference: count(text, '*inference*') };
        },
      ),
    ).toEqual([]);
  });

  it('states every figure of CONTENT.md in both languages', () => {
    const missing = (domain: ContentRow, row: ContentIdRow) => {
      const figures = numbersIn(textCells(row).join(' | '));
      return Object.fromEntries(LANGS.map((lang) => [lang, figures.filter((n) => !written(domain, lang).includes(n))]));
    };
    expect(mismatches(missing, () => ({ zh: [], en: [] }))).toEqual([]);
  });

  it('states no figure in English that CONTENT.md does not (a figure changed on one side only fails)', () => {
    const extra = (domain: ContentRow, row: ContentIdRow) => {
      const figures = new Set(numbersIn(textCells(row).join(' | ')));
      return numbersIn(written(domain, 'en')).filter((n) => !figures.has(n));
    };
    expect(mismatches(extra, () => [])).toEqual([]);
  });

  it('states no figure in Chinese that the English does not (months and 万 aside, which CONTENT.md writes in words)', () => {
    const spelled = (text: string) => text.replace(/\b(one|once)\b/gi, '1');
    const extra = (domain: ContentRow) => {
      const english = new Set(numbersIn(spelled(written(domain, 'en'))));
      return numbersIn(written(domain, 'zh').replace(/\d+\s*[月万]/g, '')).filter((n) => !english.has(n));
    };
    expect(mismatches(extra, () => [])).toEqual([]);
  });

  it('lists the seven access steps of mp.process, one per launch-plan step', () => {
    expect(getFact('mp.process')?.list).toHaveLength(rows.filter((r) => r.id.startsWith('lp.mp.')).length);
    expect(ALL_FACTS.filter((f) => f.list).map((f) => f.id)).toEqual(['mp.process']);
  });
});
