import * as fs from 'fs';
import * as path from 'path';

/** One fact row of /work/shared/CONTENT.md (beside the repo in CI: ../shared/CONTENT.md). */
export interface ContentRow {
  id: string;
  seed: string;
  now: string;
  source: string;
}

export const CONTENT_PATH = path.resolve(__dirname, '../../../shared/CONTENT.md');

/** The fact rows of CONTENT.md, or null when the file is not there. */
export function readContentRows(): ContentRow[] | null {
  if (!fs.existsSync(CONTENT_PATH)) return null;
  const rows: ContentRow[] = [];
  for (const line of fs.readFileSync(CONTENT_PATH, 'utf8').split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    // | id | 2017 article | now | source |  →  ['', id, seed, now, source, '']
    if (cells.length === 6 && /^[a-z]+\.[a-z]+$/.test(cells[1])) {
      rows.push({ id: cells[1], seed: cells[2], now: cells[3], source: cells[4] });
    }
  }
  return rows;
}
