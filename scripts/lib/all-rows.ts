import type { ContentRow } from '../../miniprogram/domain/row-types';
import { ALL_FACTS } from '../../miniprogram/domain/facts/all';
import { ALL_STEPS, STEP_ROWS } from '../../miniprogram/domain/steps/all';
import { addRows } from '../../miniprogram/domain/library/rows';
import * as Library from '../../miniprogram/domain/library/library';
import { useLibrary } from '../../miniprogram/domain/guide-views/library-parts';

export { ALL_FACTS, ALL_STEPS };

/** Every row of CONTENT.md that has an id, in its order: facts, launch steps and companions (two subpackages). */
export const ALL_ROWS: readonly ContentRow[] = [...ALL_FACTS, ...STEP_ROWS];

/**
 * Hands every row to the library, and the library to the guide views (on a phone the subpackages do it as they
 * arrive, platform/subpackages.ts loadSteps, loadFacts, loadGuide), for code that holds the whole domain at once:
 * the web page, the facts document, the bench, jest.
 */
export function addAllRows(): void {
  addRows('facts', ALL_FACTS);
  addRows('steps', STEP_ROWS);
  useLibrary(Library);
}
