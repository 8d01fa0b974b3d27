import type { CompanionFact, ContentRow, Fact, StepFact } from '../row-types';

/**
 * The rows the library's views read: empty until their subpackages arrive and are handed in (addRows, by
 * platform/subpackages.ts): the launch steps and companions (domain/steps), which a plan needs, and the account-type
 * facts (domain/facts), which a type page and the pages that list facts add. Until then a view shows what needs no
 * row (a type's head, the lines that decide, its sections' titles) and leaves the items to come.
 */
export type RowPart = 'facts' | 'steps';

const PARTS: Record<RowPart, readonly ContentRow[]> = { facts: [], steps: [] };
let ROWS: readonly ContentRow[] = [];
let BY_ID = new Map<string, ContentRow>();

/** Hands in one part of the rows; whichever arrives first, they keep CONTENT.md's order (the facts first). */
export function addRows(part: RowPart, rows: readonly ContentRow[]): void {
  PARTS[part] = rows;
  ROWS = [...PARTS.facts, ...PARTS.steps];
  BY_ID = new Map(ROWS.map((row) => [row.id, row]));
}

/** Every row, in CONTENT.md order; none before the facts arrive. */
export const allRows = (): readonly ContentRow[] => ROWS;

/** The row with this CONTENT.md id, or undefined (a Map, so '__proto__' and friends are just unknown). */
export function getRow(id: unknown): ContentRow | undefined {
  return typeof id === 'string' ? BY_ID.get(id) : undefined;
}

export function getFact(id: unknown): Fact | undefined {
  const row = getRow(id);
  return row && row.kind === 'fact' ? row : undefined;
}

export function getStep(id: unknown): StepFact | undefined {
  const row = getRow(id);
  return row && row.kind === 'step' ? row : undefined;
}

export function getCompanion(id: unknown): CompanionFact | undefined {
  const row = getRow(id);
  return row && row.kind === 'companion' ? row : undefined;
}
