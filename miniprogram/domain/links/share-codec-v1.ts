import type {
  Answers,
  AudienceId,
  CertifyId,
  EntityId,
  FrequencyId,
  GoalId,
  NativeId,
  PaymentId,
  QuestionId,
} from '../quiz/questionnaire';

/**
 * Version 1 of the share code and of the saved quiz, FROZEN: codes beginning with '1' are out in the world (chat
 * cards, Moments posts, posters, codes printed on walls) and must open the answers they meant for years.
 *
 * Everything version 1 needs to be read is a constant in this file: its alphabet, its check character, its
 * questions in packing order, their option ids and the radices. It imports no value from the live questionnaire
 * (only types, which vanish when compiled), so a later change to the questions cannot change what an old code
 * decodes to. Never edit the decoding; a later version adds its own frozen module beside this one.
 *
 * The one part that follows the quiz is `upgradeV1Answers`, which maps version-1 answers onto the current
 * questionnaire (version 2): the share codec uses it for '1' codes, the saved quiz for version-1 records.
 */

/** The code's characters: [0-9A-Za-z], valid in a WeChat scene and in a URL query without escaping. */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE = 62;
export const V1_VERSION = '1';
const PAYLOAD_DIGITS = 4;
/** Version, 4 payload digits, check character. */
export const V1_CODE_LENGTH = 6;
const CHECK_WEIGHTS = [7, 11, 13, 17, 19];
const CHECK_OFFSET = 23;
const CODE_CHARS = /^[0-9A-Za-z]+$/;

/** Version 1's option ids per question, as the version-1 questionnaire had them. */
export const V1_OPTION_IDS = {
  entity: ['individual', 'enterprise', 'individual_business', 'government', 'media', 'other_org'],
  goals: ['content', 'service', 'sell', 'internal', 'tool'],
  frequency: ['daily', 'weekly', 'few_monthly', 'rarely'],
  audience: ['public', 'staff', 'both'],
  payment: ['yes', 'no', 'later'],
  developer: ['yes', 'no'],
  certify: ['yes', 'no', 'unsure'],
  native: ['yes', 'no'],
} as const;

type V1Options = typeof V1_OPTION_IDS;
export type V1QuestionId = keyof V1Options;

/** Version 1's answers: every question answered; goals the only multiple choice. */
export interface V1AnswerMap {
  entity: V1Options['entity'][number];
  goals: V1Options['goals'][number][];
  frequency: V1Options['frequency'][number];
  audience: V1Options['audience'][number];
  payment: V1Options['payment'][number];
  developer: V1Options['developer'][number];
  certify: V1Options['certify'][number];
  native: V1Options['native'][number];
}
export type V1Answers = Partial<V1AnswerMap>;

/** The packing order: version 1's questions in quiz order. */
export const V1_QUESTION_IDS: readonly V1QuestionId[] = [
  'entity',
  'goals',
  'frequency',
  'audience',
  'payment',
  'developer',
  'certify',
  'native',
];
/** Per question: option count + 1 (0 = unanswered), the goals a bit per goal (2^5). */
export const V1_RADICES: readonly number[] = [7, 32, 5, 4, 4, 3, 4, 3];
/** The number of payload values version 1 packs: 7·32·5·4·4·3·4·3. */
export const V1_CAPACITY = 645120;
export type V1DecodeError = 'bad_chars' | 'bad_version' | 'bad_value' | 'bad_checksum';
export type V1DecodeResult = { ok: true; answers: V1Answers } | { ok: false; error: V1DecodeError };

function checkChar(body: string): string {
  let sum = CHECK_OFFSET;
  for (let i = 0; i < body.length; i++) sum += ALPHABET.indexOf(body[i]) * CHECK_WEIGHTS[i % CHECK_WEIGHTS.length];
  return ALPHABET[sum % BASE];
}

function isOptionOfV1(id: V1QuestionId, value: unknown): boolean {
  return typeof value === 'string' && (V1_OPTION_IDS[id] as readonly string[]).includes(value);
}

/**
 * Reads a version-1 code exactly as the version-1 decoder did: 6 characters, the check character, a payload
 * below V1_CAPACITY; each single-choice digit 0 (unanswered) or option index + 1, the goals a bit mask (empty
 * mask: no goals). Keys come out in version-1 quiz order, goals in option order. Never throws.
 */
export function decodeShareCodeV1(code: string): V1DecodeResult {
  const fail = (error: V1DecodeError): V1DecodeResult => ({ ok: false, error });
  if (typeof code !== 'string' || !CODE_CHARS.test(code)) return fail('bad_chars');
  if (code[0] !== V1_VERSION) return fail('bad_version');
  if (code.length !== V1_CODE_LENGTH) return fail('bad_value');
  const body = code.slice(0, -1);
  if (checkChar(body) !== code[code.length - 1]) return fail('bad_checksum');
  let value = 0;
  for (const ch of body.slice(1, 1 + PAYLOAD_DIGITS)) value = value * BASE + ALPHABET.indexOf(ch);
  if (value >= V1_CAPACITY) return fail('bad_value');
  const digits: number[] = [];
  for (let i = V1_RADICES.length - 1; i >= 0; i--) {
    digits[i] = value % V1_RADICES[i];
    value = Math.floor(value / V1_RADICES[i]);
  }
  const out: Record<string, unknown> = {};
  V1_QUESTION_IDS.forEach((id, i) => {
    const digit = digits[i];
    if (id === 'goals') {
      const goals = V1_OPTION_IDS.goals.filter((_, bit) => digit & (1 << bit));
      if (goals.length > 0) out.goals = goals;
    } else if (digit > 0) {
      out[id] = V1_OPTION_IDS[id][digit - 1];
    }
  });
  return { ok: true, answers: out as V1Answers };
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Version 1's own answer check (what a version-1 saved quiz had to pass): known keys only, each absent,
 * undefined or a version-1 option; goals a non-empty list of version-1 goals without duplicates.
 */
export function isValidV1Answers(x: unknown): x is V1Answers {
  if (!isPlainObject(x)) return false;
  return Object.keys(x).every((key) => {
    if (!(V1_QUESTION_IDS as readonly string[]).includes(key)) return false;
    const id = key as V1QuestionId;
    const value = x[id];
    if (value === undefined) return true;
    if (id !== 'goals') return isOptionOfV1(id, value);
    return (
      Array.isArray(value) &&
      value.length > 0 &&
      new Set(value).size === value.length &&
      value.every((g) => isOptionOfV1('goals', g))
    );
  });
}

/** Version-1 answers as the current questionnaire's, and the current questions they could not answer. */
export interface UpgradedAnswers {
  answers: Answers;
  /** Questions of the current quiz that version 1 did not ask (or asked too coarsely), in quiz order. */
  lost: QuestionId[];
}

/*
 * Why each version-1 answer lands where it does in version 2:
 * - entity, goals, frequency, audience, payment, certify, native: the same questions with the same option ids
 *   (version 2 adds the entity 'overseas', which no version-1 answer meant: a version-1 user picked one of the
 *   six mainland kinds). The types below make the compiler check that every version-1 id is still a version-2 id.
 *   Version 1's 'sell' read "sell and take payment"; version 2's reads "sell goods or take orders" and leaves the
 *   money to 'payment', which version 1 asked too: the selling is the same goal, so both keep their ids.
 * - developer 'yes' → build 'own': version 1 asked "Can you get software developed? Your own or hired
 *   developers", so 'yes' meant someone of theirs writes the code; 'own' (our own developers) is the nearest
 *   of own, agency, rent, unsure. Hired developers would be 'agency', but version 1 did not tell them apart,
 *   and both mean "we build it": the launch plan is the same self-built route.
 * - developer 'no' → build unanswered, and listed in `lost`: 'no' says only what they lack, not whether they
 *   would pay an agency, rent a provider's mini program or do not know yet; any one of those would put words in
 *   their mouth, and 'unsure' is a choice they never made. The page asks again instead.
 * - trade: version 1 never asked, so it is always unanswered and always in `lost`.
 */
const KEEP_ENTITY: (v: V1AnswerMap['entity']) => EntityId = (v) => v;
const KEEP_GOAL: (v: V1AnswerMap['goals'][number]) => GoalId = (v) => v;
const KEEP_FREQUENCY: (v: V1AnswerMap['frequency']) => FrequencyId = (v) => v;
const KEEP_AUDIENCE: (v: V1AnswerMap['audience']) => AudienceId = (v) => v;
const KEEP_PAYMENT: (v: V1AnswerMap['payment']) => PaymentId = (v) => v;
const KEEP_CERTIFY: (v: V1AnswerMap['certify']) => CertifyId = (v) => v;
const KEEP_NATIVE: (v: V1AnswerMap['native']) => NativeId = (v) => v;

/**
 * Maps valid version-1 answers (from a '1' code or a version-1 saved quiz) onto the current questionnaire.
 * Goals come out in option order; keys in current quiz order; unanswered questions are left out. Never throws.
 */
export function upgradeV1Answers(v1: V1Answers): UpgradedAnswers {
  const out: Answers = {};
  if (v1.entity !== undefined) out.entity = KEEP_ENTITY(v1.entity);
  if (v1.goals !== undefined) {
    const chosen: readonly string[] = v1.goals;
    const goals = V1_OPTION_IDS.goals.filter((g) => chosen.includes(g)).map(KEEP_GOAL);
    if (goals.length > 0) out.goals = goals;
  }
  if (v1.frequency !== undefined) out.frequency = KEEP_FREQUENCY(v1.frequency);
  if (v1.audience !== undefined) out.audience = KEEP_AUDIENCE(v1.audience);
  if (v1.payment !== undefined) out.payment = KEEP_PAYMENT(v1.payment);
  if (v1.developer === 'yes') out.build = 'own';
  if (v1.certify !== undefined) out.certify = KEEP_CERTIFY(v1.certify);
  if (v1.native !== undefined) out.native = KEEP_NATIVE(v1.native);
  const lost: QuestionId[] = out.build === undefined ? ['trade', 'build'] : ['trade'];
  return { answers: out, lost };
}
