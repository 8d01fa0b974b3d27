import { ALL_ROWS } from '../../miniprogram/domain/facts/all';
import { addRows } from '../../miniprogram/domain/library/rows';

/**
 * Hands every row to the library (on a phone the facts subpackage does it as it arrives, platform/subpackages.ts
 * loadFacts), for code that holds the whole domain at once: the web page, the facts document, the bench, jest.
 */
export function addAllRows(): void {
  addRows(ALL_ROWS);
}
