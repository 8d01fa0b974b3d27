import type { CompanionFact, ContentRow, Fact, StepFact } from '../facts/types';

/**
 * The rows the library's views read: empty until the facts subpackage (domain/facts) arrives and is handed in
 * (addRows, by platform/subpackages.ts loadFacts). Until then a view shows what needs no row (a type's head, the
 * lines that decide, its sections' titles) and leaves the items to come.
 */
let ROWS: readonly ContentRow[] = [];
let BY_ID = new Map<string, ContentRow>();

export function addRows(rows: readonly ContentRow[]): void {
  ROWS = rows;
  BY_ID = new Map(rows.map((row) => [row.id, row]));
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
