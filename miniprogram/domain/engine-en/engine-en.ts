// The engine-en subpackage (app.json root domain/engine-en): the English of the recommendation's reasons, advice and
// setups, by their Chinese, which a Chinese reader never needs. A result (platform/subpackages.ts loadResult) loads it
// beside the result's views when the reader's language is English; until it is there, or if it fails, they read in
// Chinese.
// This file is the package's one door.
import { AUDIENCE_RULES_EN } from './audience-rules';
import { CAPABILITY_RULES_EN } from './capability-rules';
import { ENTITY_RULES_EN } from './entity-rules';
import { GOAL_RULES_EN } from './goal-rules';
import { SHARED_TEXTS_EN } from './shared-texts';
import { ADVICE_EN } from './advice';
export { ENGINE_EN } from './strings';
import { SETUP_EN } from './setup';

/** Every reason's, advice's and setup's English, by its Chinese. */
export const ENGINE_TEXTS_EN: Readonly<Record<string, string>> = {
  ...AUDIENCE_RULES_EN,
  ...CAPABILITY_RULES_EN,
  ...ENTITY_RULES_EN,
  ...GOAL_RULES_EN,
  ...SHARED_TEXTS_EN,
  ...ADVICE_EN,
  ...SETUP_EN,
};
