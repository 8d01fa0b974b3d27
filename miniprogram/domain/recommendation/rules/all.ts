import { AUDIENCE_RULES, FREQUENCY_RULES } from './audience-rules';
import { CERTIFY_RULES, BUILD_RULES, NATIVE_RULES, PAYMENT_RULES } from './capability-rules';
import { entityRules } from './entity-rules';
import { GOAL_RULES } from './goal-rules';
import { Rule } from './rule';

/**
 * The scoring table: each rule ties one answer (question + option) to one effect on one account type, with the
 * CONTENT.md facts behind it; what it says to the user is in domain/result-views/reason-words.ts, by the rule's id.
 * All scoring lives in rules/, one table per topic, so it can be read and reviewed as a table; recommender.ts only
 * applies it.
 */
export const RULES: readonly Rule[] = [
  ...entityRules(),
  ...GOAL_RULES,
  ...FREQUENCY_RULES,
  ...AUDIENCE_RULES,
  ...PAYMENT_RULES,
  ...BUILD_RULES,
  ...CERTIFY_RULES,
  ...NATIVE_RULES,
];
