import * as fs from 'fs';
import * as path from 'path';

/**
 * ../shared/CONTENT.md: beside the repo in CI, and in every developer checkout. CONTENT_MD names it for a copy of
 * the repo that sits elsewhere (Stryker's sandbox, set by stryker.config.js).
 */
export const CONTENT_PATH = process.env.CONTENT_MD ?? path.resolve(__dirname, '../../../shared/CONTENT.md');

/** One table row of CONTENT.md: its cells by header, and the section heading above the table. */
export interface ContentTableRow {
  section: string;
  headers: string[];
  cells: Record<string, string>;
}

/** One row with a CONTENT id (who.entities, lp.mp.4, comp.shop …). */
export interface ContentIdRow extends ContentTableRow {
  id: string;
  /** 'fact' (| id | 2017 article | now | source |), 'step' (launch plan) or 'companion'. */
  kind: 'fact' | 'step' | 'companion';
}

export function readContent(): string {
  if (!fs.existsSync(CONTENT_PATH))
    throw new Error(`CONTENT.md is missing at ${CONTENT_PATH}: it is the only source of facts`);
  return fs.readFileSync(CONTENT_PATH, 'utf8');
}

/**
 * Whether the check against CONTENT.md can run here. A clone without ../shared (a contributor's fork) skips it
 * and says so; CI (CI=true) must never skip it, so there a missing CONTENT.md is a failure.
 */
export function contentAvailable(): boolean {
  if (fs.existsSync(CONTENT_PATH)) return true;
  if (process.env.CI === 'true') return false;
  console.warn(`CONTENT.md check skipped: no ${CONTENT_PATH} (the facts' spec lives in ../shared; set CONTENT_MD)`);
  return false;
}

const cellsOf = (line: string): string[] =>
  line
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim());

/** Every markdown table row of the file, with its headers and the nearest heading above it. */
export function tableRows(md: string): ContentTableRow[] {
  const out: ContentTableRow[] = [];
  let section = '';
  let headers: string[] | null = null;
  for (const line of md.split('\n')) {
    if (line.startsWith('#')) section = line.replace(/^#+\s*/, '');
    if (!line.startsWith('|')) {
      headers = null;
      continue;
    }
    const cells = cellsOf(line);
    if (!headers) headers = cells;
    else if (!cells.every((cell) => /^-+$/.test(cell))) {
      out.push({ section, headers, cells: Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ''])) });
    }
  }
  return out;
}

const ID = /^[a-z]+(\.[a-z0-9]+)+$/;

/** The rows that carry an id, in file order, with their kind told by the table's headers. */
export function idRows(md: string): ContentIdRow[] {
  return tableRows(md)
    .filter((row) => row.headers[0] === 'id' && ID.test(row.cells.id))
    .map((row) => ({
      ...row,
      id: row.cells.id,
      kind: row.headers.includes('2017 article') ? 'fact' : row.headers.includes('step') ? 'step' : 'companion',
    }));
}

/** The Sources table: key → { title, date, url } (url null where CONTENT.md has "—"). */
export function sourceRows(md: string): Record<string, { title: string; date: string; url: string | null }> {
  const out: Record<string, { title: string; date: string; url: string | null }> = {};
  for (const row of tableRows(md)) {
    if (row.headers[0] === 'key') {
      const url = row.cells.url ?? '—';
      out[row.cells.key] = { title: row.cells['title (site)'], date: row.cells.date, url: url === '—' ? null : url };
    }
  }
  return out;
}

/** Source keys a row cites, in order: '[art]; [svc-guide]' → ['art', 'svc-guide']. */
export function citedKeys(row: ContentIdRow): string[] {
  return Array.from(row.cells.source.matchAll(/\[([a-z0-9-]+)\]/g), (m) => m[1]);
}

/** The cells of a row that hold its text (everything but the id and the source). */
export function textCells(row: ContentIdRow): string[] {
  return row.headers.filter((h) => h !== 'id' && h !== 'source').map((h) => row.cells[h]);
}

/** Ids a line of CONTENT.md names: 'svc.quota, lp.prov.1–6' → svc.quota, lp.prov.1 … lp.prov.6. */
export function idsNamed(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/\b([a-z]+(?:\.[a-z0-9]+)*)\.(\d+)[–-](\d+)\b|\b([a-z]+(?:\.[a-z0-9]+)+)\b/g)) {
    if (m[1]) for (let n = Number(m[2]); n <= Number(m[3]); n++) out.push(`${m[1]}.${n}`);
    else out.push(m[4]);
  }
  return out;
}

/** The list of a Changes line: its first sentence, glosses in brackets left out. */
const listPart = (line: string): string => line.replace(/\([^)]*\)/g, '').split(/\.\s/)[0];

/**
 * The `checked` date of each id, from the edition's rule in the introduction: "**D** for every row and step
 * listed under "Changes in edition N" at the end (new or edited), **E** for every other row and step", with the
 * ids read from that section's Edited and New lines. Fails loudly when the rule is worded differently, so a new
 * edition is looked at.
 */
export function checkedDates(md: string, ids: string[]): Record<string, string> {
  const rule =
    /\*\*(\d{4}-\d{2}-\d{2})\*\* for every row and step listed under "(Changes in edition \d+)"[^*]*\*\*(\d{4}-\d{2}-\d{2})\*\* for every other row/.exec(
      md,
    );
  if (!rule) throw new Error('CONTENT.md: the "last checked" rule is not worded as expected');
  const section = md.slice(md.indexOf(`## ${rule[2]}`));
  const listed = section
    .split('\n')
    .filter((line) => /^- \*\*(Edited|New):\*\*/.test(line))
    .flatMap((line) => idsNamed(listPart(line)));
  if (listed.length === 0) throw new Error(`CONTENT.md: "${rule[2]}" lists no ids`);
  const known = new Set(ids);
  const unknown = listed.filter((id) => !known.has(id));
  if (unknown.length) throw new Error(`CONTENT.md: "${rule[2]}" names ids no table has: ${unknown.join(', ')}`);
  return Object.fromEntries(ids.map((id) => [id, listed.includes(id) ? rule[1] : rule[3]]));
}

/** The ids "Changes in edition N" lists as new (checked by the facts test against the domain). */
export function newIds(md: string): string[] {
  const line = md.split('\n').find((l) => l.startsWith('- **New:**')) ?? '';
  return idsNamed(listPart(line));
}

/** The persona table: id → its cells (answers in words, setup, must also hold). */
export function personaRows(md: string): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const row of tableRows(md)) if (row.headers[0] === 'persona') out[row.cells.persona] = row.cells;
  return out;
}

/**
 * References to other rows ("(mp.icp)", "as lp.sub.3", "lp.prov.*") and citations inside a cell ("[pja26]") are
 * not figures: drop them before reading numbers.
 */
const REFERENCE =
  /\b(?:who|svc|sub|cert|ent|mp|lp|comp|prov|pay|nocode|os|cat)\.[a-z0-9*]+(?:\.[a-z0-9*]+)*|\[[a-z0-9-]+\]/g;

/** The figures a text states: 300, 1,000, 2018-11-16 → 2018 11 16, 8.0.24, 5:4, 00:00. */
export function numbersIn(text: string): string[] {
  return text.replace(REFERENCE, '').match(/\d+(?:[.,:]\d+)*/g) ?? [];
}
