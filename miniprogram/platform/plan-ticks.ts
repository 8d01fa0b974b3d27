import { parseTicks, ticksKey, TicksRecord } from '../domain/plan/ticks';
import { readStored, writeStored } from './storage';

/**
 * The ticks of each launch plan on this phone. A record that cannot be read shows as no ticks and stays where it
 * is until the user ticks again (it is never removed on read), so a bad link or an odd value never deletes it.
 */
export function loadTicks(planKey: string): string[] {
  return readStored(ticksKey(planKey), parseTicks) ?? [];
}

/** false when storage is full or unavailable: the page keeps the tick on screen for this visit. */
export function saveTicks(planKey: string, record: TicksRecord): boolean {
  return writeStored(ticksKey(planKey), record);
}
