// The facts subpackage (app.json root domain/facts): the account-type rows of CONTENT.md, in Chinese (their
// English is domain/facts-en's); the launch steps and companions are domain/steps'. About and overseas wait for
// them; a type page renders its head and the lines that decide from the library alone and fills its sections as
// they arrive; a plan never needs them. platform/subpackages.ts loadFacts hands them to the library (addRows). This
// file is the package's one door.
export { ALL_FACTS } from './all';
