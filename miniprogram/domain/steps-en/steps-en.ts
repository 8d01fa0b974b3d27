// The steps-en subpackage (app.json root domain/steps-en): the English of domain/steps' rows, under a key of their
// Chinese (domain/text.ts textKey), and of the strings only the pages that wait for rows show (compare, about,
// overseas; the plan's are domain/plan-en's). platform/subpackages.ts loadSteps loads it beside the steps
// when the reader's language is English; until it is there, or if it fails, they read in Chinese. This file is the
// package's one door.
import { COMPANIONS_EN } from './companions';
import { LAUNCH_STEPS_EN } from './launch-steps';
import { PROVIDER_STEPS_EN } from './provider-steps';

export { ROW_PAGES_EN } from './strings';

/** The English of every launch step and companion, under a key of its Chinese. */
export const STEPS_TEXTS_EN: Readonly<Record<string, string>> = {
  ...COMPANIONS_EN,
  ...LAUNCH_STEPS_EN,
  ...PROVIDER_STEPS_EN,
};
