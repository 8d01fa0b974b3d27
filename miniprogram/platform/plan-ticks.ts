import { parseTicks, ticksKey, TicksRecord } from '../domain/plan/ticks';
import { readStoredStrict, writeStored } from './storage';

/**
 * The ticks of each launch plan on this phone, or null when storage could not be read at all: then nothing may be
 * written over the record (the next tick would erase every earlier one), and the page says so. A record that
 * reads but is corrupt shows as no ticks and stays until the user ticks again (it is never removed on read).
 */
export function loadTicks(planKey: string): string[] | null {
  const read = readStoredStrict(ticksKey(planKey), parseTicks);
  return read.ok ? (read.value ?? []) : null;
}

/** false when storage is full or unavailable: the page keeps the tick on screen for this visit. */
export function saveTicks(planKey: string, record: TicksRecord): boolean {
  return writeStored(ticksKey(planKey), record);
}
