import { ALL_FACTS, CHECKED, getFact } from '../../miniprogram/domain/facts/all';
import { CONTENT_PATH, readContentRows } from '../helpers/content-md';

const rows = readContentRows();
const DATE = /^\d{4}-\d{2}-\d{2}$/;

describe('facts', () => {
  it('have unique ids, at least one source and a YYYY-MM-DD checked date', () => {
    expect(new Set(ALL_FACTS.map((f) => f.id)).size).toBe(ALL_FACTS.length);
    for (const fact of ALL_FACTS) {
      expect(fact.sources.length).toBeGreaterThan(0);
      for (const source of fact.sources) expect(source.title.trim()).not.toBe('');
      expect(fact.checked).toMatch(DATE);
      expect(fact.checked).toBe(CHECKED);
    }
  });

  it('have text in both languages, and changed facts have a seed that differs from now', () => {
    for (const fact of ALL_FACTS) {
      expect(fact.now.zh.trim()).not.toBe('');
      expect(fact.now.en.trim()).not.toBe('');
      if (fact.seed) {
        expect(fact.seed.zh.trim()).not.toBe('');
        expect(fact.seed.en.trim()).not.toBe('');
      }
      if (fact.changed) {
        expect(fact.seed).not.toBeNull();
        expect(fact.seed?.en).not.toBe(fact.now.en);
      }
    }
  });

  it('gives source dates as YYYY, or YYYY-MM-DD', () => {
    for (const source of ALL_FACTS.flatMap((f) => f.sources)) {
      if (source.date !== undefined) expect(source.date).toMatch(/^\d{4}(-\d{2}-\d{2})?$/);
    }
  });

  it('finds facts by id and nothing else', () => {
    expect(getFact('svc.quota')?.id).toBe('svc.quota');
    for (const id of ['', 'svc', '__proto__', 'constructor', 'toString', 'SVC.QUOTA']) expect(getFact(id)).toBeUndefined();
  });
});

describe('facts against CONTENT.md', () => {
  const has = rows !== null;
  if (!has) {
    it.skip(`CONTENT.md not found at ${CONTENT_PATH}: id comparison skipped`, () => undefined);
  }
  (has ? it : it.skip)('holds every CONTENT.md id and no other', () => {
    expect(ALL_FACTS.map((f) => f.id).sort()).toEqual(rows!.map((r) => r.id).sort());
  });

  (has ? it : it.skip)('marks unverified rows as reported, and only those', () => {
    for (const row of rows!) {
      expect({ id: row.id, reported: getFact(row.id)?.reported }).toEqual({ id: row.id, reported: /unverified/i.test(row.now) });
    }
  });

  (has ? it : it.skip)('has no seed where CONTENT.md has —, marks "Changed" rows changed and "Same" rows unchanged', () => {
    for (const row of rows!) {
      const fact = getFact(row.id)!;
      expect({ id: row.id, seed: fact.seed === null }).toEqual({ id: row.id, seed: row.seed === '—' });
      if (/^Changed/.test(row.now)) expect({ id: row.id, changed: fact.changed }).toEqual({ id: row.id, changed: true });
      if (/^Same\b/.test(row.now)) expect({ id: row.id, changed: fact.changed }).toEqual({ id: row.id, changed: false });
    }
  });

  (has ? it : it.skip)('keeps every number of CONTENT.md in both languages', () => {
    const numbers = (s: string) => s.match(/\d+(?:[.,:]\d+)*/g) ?? [];
    for (const row of rows!) {
      const fact = getFact(row.id)!;
      for (const lang of ['zh', 'en'] as const) {
        const written = `${fact.seed?.[lang] ?? ''} ${fact.now[lang]}`;
        for (const n of numbers(`${row.seed} ${row.now}`)) {
          expect({ id: row.id, lang, n, found: written.includes(n) }).toEqual({ id: row.id, lang, n, found: true });
        }
      }
    }
  });

  (has ? it : it.skip)('cites the 2017 article exactly where CONTENT.md does', () => {
    for (const row of rows!) {
      const citesArticle = getFact(row.id)!.sources.some((s) => s.title.includes('2017 原文'));
      expect({ id: row.id, citesArticle }).toEqual({ id: row.id, citesArticle: row.source.startsWith('the article') });
    }
  });

  (has ? it : it.skip)('takes every dated source from CONTENT.md', () => {
    const content = rows!.map((r) => r.source).join('\n');
    for (const source of ALL_FACTS.flatMap((f) => f.sources)) {
      if (source.date && source.date !== '2017') expect(content).toContain(source.date);
      if (source.url) expect(content).toContain(source.url);
    }
  });
});
