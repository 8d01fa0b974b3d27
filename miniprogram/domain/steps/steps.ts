// The steps subpackage (app.json root domain/steps): the launch steps (lp.*) and the companions (comp.*) of
// CONTENT.md, in Chinese (their English is domain/steps-en's). A plan waits for them and for nothing of the other
// rows (domain/facts); a type page and the pages that list facts take both. platform/subpackages.ts loadSteps hands
// them to the library (addRows). This file is the package's one door.
export { STEP_ROWS } from './all';
