import type * as LibraryModule from '../library/library';

// What these views read of the library: its rows, item and fact views, strings and a type's plan. A subpackage
// requires only itself and the main package, so the library is handed in once both have arrived
// (platform/subpackages.ts loadGuide), and each part here calls through to it.
type Library = typeof LibraryModule;
let library: Library | null = null;

/** Hands the loaded library to these views. */
export function useLibrary(loaded: Library): void {
  library = loaded;
}

function lib(): Library {
  // A programming error, never shown: the pages that show these views wait for loadGuide, which hands it in first.
  if (!library) throw new Error('guide-views.noLibrary');
  return library;
}

export const t: Library['t'] = (...args) => lib().t(...args);
export const tCount: Library['tCount'] = (...args) => lib().tCount(...args);
export const allRows: Library['allRows'] = () => lib().allRows();
export const itemViews: Library['itemViews'] = (...args) => lib().itemViews(...args);
export const sectionViews: Library['sectionViews'] = (...args) => lib().sectionViews(...args);
export const openWithinBudget: Library['openWithinBudget'] = (...args) => lib().openWithinBudget(...args);
export const factLabels: Library['factLabels'] = (...args) => lib().factLabels(...args);
export const typePlan: Library['typePlan'] = (...args) => lib().typePlan(...args);
export const timeText: Library['timeText'] = (...args) => lib().timeText(...args);
