import { storedRecord } from '../stored-record';

/**
 * The ticks of one launch plan as stored on the phone: a versioned record of the step ids ticked off. Reading
 * never throws: anything unreadable is no ticks. Ids of steps a later edition no longer has are kept, so a
 * content update never loses what the user ticked; the page only shows the ids its plan has.
 */
export const TICKS_VERSION = 1;

export interface TicksRecord {
  v: typeof TICKS_VERSION;
  done: string[];
}

const STEP_ID = /^lp\.[a-z]+\.\d+$/;

/** The ticked step ids of a stored record (or its JSON text from an older writer); null when it is not one. */
export function parseTicks(raw: unknown): string[] | null {
  const record = storedRecord(raw);
  if (!record || record.v !== TICKS_VERSION || !Array.isArray(record.done)) return null;
  const ids = record.done.filter((id): id is string => typeof id === 'string' && STEP_ID.test(id));
  return ids.filter((id, i) => ids.indexOf(id) === i);
}

/** The record after ticking or unticking one step; other ids (known or not) are kept. */
export function toggleTick(done: readonly string[], id: string, on: boolean): TicksRecord {
  const rest = done.filter((x) => x !== id);
  return { v: TICKS_VERSION, done: on ? [...rest, id] : rest };
}

/** Where a plan's ticks live: one storage key per plan, so a broken record never touches another plan's. */
export function ticksKey(planKey: string): string {
  return `plan.ticks.${planKey}`;
}
