import fc from 'fast-check';
import {
  Answers,
  AUDIENCE_IDS,
  BUILD_IDS,
  CERTIFY_IDS,
  ENTITY_IDS,
  FREQUENCY_IDS,
  GOAL_IDS,
  NATIVE_IDS,
  PAYMENT_IDS,
  TRADE_IDS,
} from '../../miniprogram/domain/quiz/questionnaire';
import { V1_OPTION_IDS, V1Answers } from '../../miniprogram/domain/links/share-codec-v1';

/** Any valid answer set: each question answered or not; goals a non-empty set in any order. */
export const answersArb: fc.Arbitrary<Answers> = fc.record(
  {
    entity: fc.constantFrom(...ENTITY_IDS),
    goals: fc.shuffledSubarray([...GOAL_IDS], { minLength: 1 }),
    trade: fc.constantFrom(...TRADE_IDS),
    frequency: fc.constantFrom(...FREQUENCY_IDS),
    audience: fc.constantFrom(...AUDIENCE_IDS),
    payment: fc.constantFrom(...PAYMENT_IDS),
    build: fc.constantFrom(...BUILD_IDS),
    certify: fc.constantFrom(...CERTIFY_IDS),
    native: fc.constantFrom(...NATIVE_IDS),
  },
  { requiredKeys: [] },
);

/** What might come back from storage or an old link: valid values mixed with junk, duplicate goals, extra keys. */
export const looseAnswersArb: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    entity: fc.oneof(fc.constantFrom<unknown>(...ENTITY_IDS), fc.anything()),
    goals: fc.oneof(fc.array(fc.oneof(fc.constantFrom<unknown>(...GOAL_IDS), fc.string())), fc.anything()),
    trade: fc.constantFrom<unknown>(...TRADE_IDS, 'Catering', 0),
    frequency: fc.oneof(fc.constantFrom<unknown>(...FREQUENCY_IDS), fc.string()),
    audience: fc.constantFrom<unknown>(...AUDIENCE_IDS, 'everyone', null),
    payment: fc.constantFrom<unknown>(...PAYMENT_IDS, true, 1),
    build: fc.constantFrom<unknown>(...BUILD_IDS, 'yes', 'OWN'),
    // Version 1's question: no longer a key of the current answers.
    developer: fc.constantFrom<unknown>('yes', 'no'),
    certify: fc.constantFrom<unknown>(...CERTIFY_IDS, undefined),
    native: fc.constantFrom<unknown>(...NATIVE_IDS, ''),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);

/** Any valid answer set of the version-1 quiz (eight questions, 'developer' instead of trade and build). */
export const v1AnswersArb: fc.Arbitrary<V1Answers> = fc.record(
  {
    entity: fc.constantFrom(...V1_OPTION_IDS.entity),
    goals: fc.shuffledSubarray([...V1_OPTION_IDS.goals], { minLength: 1 }),
    frequency: fc.constantFrom(...V1_OPTION_IDS.frequency),
    audience: fc.constantFrom(...V1_OPTION_IDS.audience),
    payment: fc.constantFrom(...V1_OPTION_IDS.payment),
    developer: fc.constantFrom(...V1_OPTION_IDS.developer),
    certify: fc.constantFrom(...V1_OPTION_IDS.certify),
    native: fc.constantFrom(...V1_OPTION_IDS.native),
  },
  { requiredKeys: [] },
);
