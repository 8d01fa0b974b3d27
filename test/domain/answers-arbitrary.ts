import fc from 'fast-check';
import {
  Answers,
  AUDIENCE_IDS,
  CERTIFY_IDS,
  DEVELOPER_IDS,
  ENTITY_IDS,
  FREQUENCY_IDS,
  GOAL_IDS,
  NATIVE_IDS,
  PAYMENT_IDS,
} from '../../miniprogram/domain/quiz/questionnaire';

/** Any valid answer set: each question answered or not; goals a non-empty set in any order. */
export const answersArb: fc.Arbitrary<Answers> = fc.record(
  {
    entity: fc.constantFrom(...ENTITY_IDS),
    goals: fc.shuffledSubarray([...GOAL_IDS], { minLength: 1 }),
    frequency: fc.constantFrom(...FREQUENCY_IDS),
    audience: fc.constantFrom(...AUDIENCE_IDS),
    payment: fc.constantFrom(...PAYMENT_IDS),
    developer: fc.constantFrom(...DEVELOPER_IDS),
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
    frequency: fc.oneof(fc.constantFrom<unknown>(...FREQUENCY_IDS), fc.string()),
    audience: fc.constantFrom<unknown>(...AUDIENCE_IDS, 'everyone', null),
    payment: fc.constantFrom<unknown>(...PAYMENT_IDS, true, 1),
    developer: fc.constantFrom<unknown>(...DEVELOPER_IDS, 'YES'),
    certify: fc.constantFrom<unknown>(...CERTIFY_IDS, undefined),
    native: fc.constantFrom<unknown>(...NATIVE_IDS, ''),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);
