// The facts subpackage (app.json root domain/facts): every row of CONTENT.md that has an id, in Chinese (their
// English is domain/facts-en's). The plan, about and overseas wait for them; a type page renders its head and the
// lines that decide from the library alone and fills its sections as they arrive. platform/subpackages.ts loadFacts
// hands them to the library (addRows). This file is the package's one door.
export { ALL_ROWS } from './all';
