import { createHash } from 'crypto';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { ACCOUNT_TYPE_IDS } from '../../miniprogram/domain/account-types';
import {
  Answers,
  isComplete,
  isValidAnswers,
  QUESTIONS,
  sanitizeAnswers,
} from '../../miniprogram/domain/quiz/questionnaire';
import { isValidSceneString, SCENE_MAX_LENGTH } from '../../miniprogram/domain/links/scene';
import {
  decodeAnswers,
  decodeScene,
  encodeAnswers,
  SHARE_CODE_LENGTH,
  SHARE_CODE_VERSION,
} from '../../miniprogram/domain/links/share-codec';
import { encodeScene } from '../helpers/scene';
import {
  decodeShareCodeV1,
  isValidV1Answers,
  upgradeV1Answers,
  V1_CAPACITY,
  V1_OPTION_IDS,
  V1_QUESTION_IDS,
  V1_RADICES,
} from '../../miniprogram/domain/links/share-codec-v1';
import { answersArb, looseAnswersArb, v1AnswersArb } from './answers-arbitrary';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** An enterprise that serves and sells (CONTENT.md P2 plus selling), every required question and two optional. */
const P2: Answers = {
  entity: 'enterprise',
  goals: ['service', 'sell'],
  trade: 'finance',
  frequency: 'few_monthly',
  audience: 'public',
  payment: 'yes',
  build: 'own',
  certify: 'yes',
};
const CURRENT = { legacy: false, lost: [] };

/** The check character as the code format defines it (the test's own copy, so a change to it shows here). */
function withCheck(body: string): string {
  const weights = [7, 11, 13, 17, 19];
  let sum = 23;
  for (let i = 0; i < body.length; i++) sum += ALPHABET.indexOf(body[i]) * weights[i % weights.length];
  return body + ALPHABET[sum % 62];
}

/** The 4 base-62 payload digits of a number. */
function payloadOf(value: number): string {
  let payload = '';
  for (let i = 0, v = value; i < 4; i++, v = Math.floor(v / 62)) payload = ALPHABET[v % 62] + payload;
  return payload;
}

const codeOf = (version: string, value: number): string => withCheck(version + payloadOf(value));

const completeArb = answersArb.filter(isComplete);
const validCodeArb = answersArb.map(encodeAnswers);

function decodesOk(s: unknown): boolean {
  const r = decodeAnswers(s);
  return r.ok && isValidAnswers(r.answers);
}

/** Every truncation and single-character change of `code` that decodes (expected: none); throws if decoding does. */
function acceptedChanges(code: string): string[] {
  const accepted: string[] = [];
  for (let len = 0; len < code.length; len++) if (decodesOk(code.slice(0, len))) accepted.push(code.slice(0, len));
  for (let i = 0; i < code.length; i++) {
    for (const c of ALPHABET) {
      const mutated = code.slice(0, i) + c + code.slice(i + 1);
      if (c !== code[i] && decodesOk(mutated)) accepted.push(mutated);
    }
  }
  return accepted;
}

describe('share code (version 2)', () => {
  it('is short, versioned and URL- and scene-safe', () => {
    const code = encodeAnswers(P2);
    expect(SHARE_CODE_VERSION).toBe('2');
    expect(code).toMatch(/^2[0-9A-Za-z]{5}$/);
    expect(code).toHaveLength(SHARE_CODE_LENGTH);
    expect(encodeURIComponent(code)).toBe(code);
    expect(isValidSceneString(code)).toBe(true);
    expect(decodeAnswers(code)).toEqual({ ok: true, answers: sanitizeAnswers(P2), ...CURRENT });
    expect(decodeAnswers(encodeAnswers({}))).toEqual({ ok: true, answers: {}, ...CURRENT });
  });

  it('packs the nine questions in quiz order, each option count + 1 and the goals a bit each', () => {
    const radices = QUESTIONS.map((q) => (q.multi ? 2 ** q.options.length : q.options.length + 1));
    // A change here changes what every version-2 code means: freeze version 2 and add version 3 instead.
    expect(radices).toEqual([8, 32, 8, 5, 4, 4, 5, 4, 3]);
    expect(radices.reduce((p, r) => p * r, 1)).toBe(9830400);
    expect(9830400).toBeLessThan(62 ** 4);
  });

  it('round-trips any answers to their sanitized form', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        expect(decodeAnswers(encodeAnswers(a))).toEqual({ ok: true, answers: sanitizeAnswers(a), ...CURRENT });
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(looseAnswersArb, (loose) => {
        const a = loose as Answers; // what an untyped caller may pass
        expect(decodeAnswers(encodeAnswers(a))).toEqual({ ok: true, answers: sanitizeAnswers(a), ...CURRENT });
      }),
    );
  });

  it('gives each answer set its own code: payload values decode to answers that encode back to them', () => {
    // With the round trip above, this makes the code a one-to-one map between answer sets and payload values.
    // 9,830,400 values are too many for a quick test: a stride coprime to every radix reaches every digit.
    const wrong: string[] = [];
    let checked = 0;
    for (let value = 0; value < 9830400; value += 97) {
      const code = codeOf('2', value);
      const r = decodeAnswers(code);
      checked++;
      if (!r.ok || !isValidAnswers(r.answers) || encodeAnswers(r.answers) !== code) wrong.push(code);
    }
    expect(checked).toBeGreaterThan(100000);
    expect(wrong).toEqual([]);
  });

  it('names what is wrong with a code', () => {
    expect(decodeAnswers(undefined)).toEqual({ ok: false, error: 'empty' });
    expect(decodeAnswers('')).toEqual({ ok: false, error: 'empty' });
    expect(decodeAnswers(42)).toEqual({ ok: false, error: 'bad_chars' });
    expect(decodeAnswers('2'.repeat(33))).toEqual({ ok: false, error: 'too_long' });
    expect(decodeAnswers('2ab-c9')).toEqual({ ok: false, error: 'bad_chars' });
    expect(decodeAnswers('2ab c9')).toEqual({ ok: false, error: 'bad_chars' });
    for (const version of ['0', '3', '9', 'a', 'Z'])
      expect(decodeAnswers(version + encodeAnswers(P2).slice(1))).toEqual({ ok: false, error: 'bad_version' });
    expect(decodeAnswers(encodeAnswers(P2) + '0')).toEqual({ ok: false, error: 'bad_value' });
    expect(decodeAnswers(encodeAnswers(P2).slice(0, -1))).toEqual({ ok: false, error: 'bad_value' });
    const code = encodeAnswers(P2);
    const wrongCheck = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
    expect(decodeAnswers(wrongCheck)).toEqual({ ok: false, error: 'bad_checksum' });
  });

  it('rejects a well-formed code whose number is beyond the answer space, in either version', () => {
    // 'zzzz' is past the last packed value: with the one right check character it is bad_value, else bad_checksum.
    for (const version of ['1', '2']) {
      const errors = [...ALPHABET].map((c) => {
        const r = decodeAnswers(`${version}zzzz${c}`);
        return r.ok ? 'ok' : r.error;
      });
      expect(errors.filter((e) => e === 'bad_value')).toHaveLength(1);
      expect(errors.filter((e) => e === 'bad_checksum')).toHaveLength(ALPHABET.length - 1);
    }
  });

  it('never throws on arbitrary input, and any ok result holds valid answers', () => {
    const inputs = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 0, maxLength: 40 }),
      fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 5, maxLength: 5 }).map(withCheck),
      fc.string({ minLength: 33, maxLength: 200 }),
      fc.anything(),
    );
    fc.assert(
      fc.property(inputs, (s) => {
        const r = decodeAnswers(s);
        return r.ok ? isValidAnswers(r.answers) && Array.isArray(r.lost) : typeof r.error === 'string';
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects every truncation and every single-character change of a valid code, and never throws', () => {
    fc.assert(
      fc.property(validCodeArb, (code) => {
        expect(acceptedChanges(code)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects most swaps of two neighbouring characters', () => {
    let swapped = 0;
    let accepted = 0;
    // A fixed sample of complete answers keeps the test quick and the same on every run.
    for (const a of fc.sample(completeArb, { numRuns: 3000, seed: 2 })) {
      const code = encodeAnswers(a);
      for (let i = 1; i < code.length - 1; i++) {
        if (code[i] === code[i + 1]) continue;
        swapped++;
        if (decodesOk(code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2))) accepted++;
      }
    }
    expect(swapped).toBeGreaterThan(10000);
    expect(accepted / swapped).toBeLessThan(0.05);
  });
});

/**
 * Version 1, as the eight-question quiz packed it: the test's own copy of its questions, options and order.
 * Single choice: 0 unanswered, else option index + 1; goals: a bit per goal.
 */
const V1_LAYOUT: [string, readonly string[], boolean][] = [
  ['entity', ['individual', 'enterprise', 'individual_business', 'government', 'media', 'other_org'], false],
  ['goals', ['content', 'service', 'sell', 'internal', 'tool'], true],
  ['frequency', ['daily', 'weekly', 'few_monthly', 'rarely'], false],
  ['audience', ['public', 'staff', 'both'], false],
  ['payment', ['yes', 'no', 'later'], false],
  ['developer', ['yes', 'no'], false],
  ['certify', ['yes', 'no', 'unsure'], false],
  ['native', ['yes', 'no'], false],
];

/** The version-1 answers of a payload value, in version-1 quiz order (as the version-1 decoder returned them). */
function v1AnswersOf(value: number): Record<string, unknown> {
  const digits: number[] = [];
  let v = value;
  for (let i = V1_LAYOUT.length - 1; i >= 0; i--) {
    const [, options, multi] = V1_LAYOUT[i];
    const radix = multi ? 2 ** options.length : options.length + 1;
    digits[i] = v % radix;
    v = Math.floor(v / radix);
  }
  const out: Record<string, unknown> = {};
  V1_LAYOUT.forEach(([id, options, multi], i) => {
    if (multi) {
      const chosen = options.filter((_, bit) => digits[i] & (1 << bit));
      if (chosen.length > 0) out[id] = chosen;
    } else if (digits[i] > 0) out[id] = options[digits[i] - 1];
  });
  return out;
}

/** What a version-1 answer set means in the current quiz, in current quiz order, and what it cannot say. */
function v2Of(v1: Record<string, unknown>): { answers: Record<string, unknown>; lost: string[] } {
  const answers: Record<string, unknown> = {};
  for (const id of ['entity', 'goals', 'frequency', 'audience', 'payment']) if (id in v1) answers[id] = v1[id];
  if (v1.developer === 'yes') answers.build = 'own';
  for (const id of ['certify', 'native']) if (id in v1) answers[id] = v1[id];
  return { answers, lost: answers.build ? ['trade'] : ['trade', 'build'] };
}

/**
 * sha256 of every version-1 code's answers, one JSON line per payload value 0..645,119, as the version-1
 * decoder (share-codec.ts before version 2) returned them. Computed from that decoder; never change it.
 */
const V1_DECODED_DIGEST = 'a3955fd4e20bec2765918f6116e0e14b221b2f4b98c5781e19c66694ae35c176';

describe('version-1 codes (frozen decoder)', () => {
  it('holds version 1 as constants: its eight questions, options and radices', () => {
    expect(V1_QUESTION_IDS).toEqual(V1_LAYOUT.map(([id]) => id));
    expect(V1_QUESTION_IDS.map((id) => [...V1_OPTION_IDS[id]])).toEqual(V1_LAYOUT.map(([, options]) => options));
    expect(V1_RADICES).toEqual([7, 32, 5, 4, 4, 3, 4, 3]);
    expect(V1_RADICES.reduce((p, r) => p * r, 1)).toBe(V1_CAPACITY);
    expect(V1_CAPACITY).toBe(645120);
  });

  it('imports nothing but types from the live questionnaire, so no quiz change can alter it', () => {
    const source = fs.readFileSync(path.join(__dirname, '../../miniprogram/domain/links/share-codec-v1.ts'), 'utf8');
    const imports = source.match(/^import\b[^;]*;/gm) ?? [];
    expect(imports.length).toBeGreaterThan(0);
    for (const statement of imports)
      expect(statement).toMatch(/^import type \{[^}]*\} from '\.\.\/quiz\/questionnaire';$/);
    expect(source).not.toMatch(/\bQUESTIONS\b/);
  });

  it(`decodes every one of the ${V1_CAPACITY} version-1 payloads as version 1 did, to valid current answers`, () => {
    const digest = createHash('sha256');
    const wrong: string[] = [];
    let verified = 0;
    for (let value = 0; value < V1_CAPACITY; value++) {
      const code = codeOf('1', value);
      const v1 = v1AnswersOf(value);
      const frozen = decodeShareCodeV1(code);
      const frozenJson = frozen.ok ? JSON.stringify(frozen.answers) : '';
      if (frozenJson !== JSON.stringify(v1)) {
        wrong.push(`${code}: frozen decoder`);
        continue;
      }
      digest.update(frozenJson + '\n');
      const expected = v2Of(v1);
      const r = decodeAnswers(code);
      if (
        !r.ok ||
        !r.legacy ||
        r.lost.join() !== expected.lost.join() ||
        JSON.stringify(r.answers) !== JSON.stringify(expected.answers) ||
        !isValidAnswers(r.answers)
      ) {
        wrong.push(`${code}: ${JSON.stringify(r)}`);
        continue;
      }
      verified++;
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(verified).toBe(645120);
    expect(digest.digest('hex')).toBe(V1_DECODED_DIGEST);
  });

  it("reads nothing past version 1's answer space, and tells its errors apart as version 1 did", () => {
    const verdict = (value: number): string => {
      const results = [...ALPHABET].map((c) => decodeAnswers('1' + payloadOf(value) + c));
      if (results.some((r) => r.ok)) return 'ok';
      return results.some((r) => !r.ok && r.error === 'bad_value') ? 'bad_value' : 'bad_checksum';
    };
    expect([verdict(0), verdict(V1_CAPACITY - 1), verdict(V1_CAPACITY), verdict(62 ** 4 - 1)]).toEqual([
      'ok',
      'ok',
      'bad_value',
      'bad_value',
    ]);
    const code = codeOf('1', 12345);
    expect(decodeAnswers(code + '0')).toEqual({ ok: false, error: 'bad_value' });
    expect(decodeAnswers(code.slice(0, -1))).toEqual({ ok: false, error: 'bad_value' });
    expect(decodeAnswers(code.slice(0, -1) + (code.endsWith('0') ? '1' : '0'))).toEqual({
      ok: false,
      error: 'bad_checksum',
    });
    expect(decodeShareCodeV1(codeOf('2', 0))).toEqual({ ok: false, error: 'bad_version' });
    expect(decodeShareCodeV1('1ab-c9')).toEqual({ ok: false, error: 'bad_chars' });
  });

  it('rejects every truncation and single-character change of a version-1 code, and never throws', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: V1_CAPACITY - 1 }), (value) => {
        expect(acceptedChanges(codeOf('1', value))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it("keeps every answer version 2 still asks, makes developer 'yes' build 'own', and names what it lost", () => {
    expect(
      upgradeV1Answers({
        entity: 'other_org',
        goals: ['tool', 'content'],
        frequency: 'weekly',
        audience: 'both',
        payment: 'later',
        developer: 'yes',
        certify: 'unsure',
        native: 'yes',
      }),
    ).toEqual({
      answers: {
        entity: 'other_org',
        goals: ['content', 'tool'],
        frequency: 'weekly',
        audience: 'both',
        payment: 'later',
        build: 'own',
        certify: 'unsure',
        native: 'yes',
      },
      lost: ['trade'],
    });
    expect(upgradeV1Answers({ entity: 'media', developer: 'no' })).toEqual({
      answers: { entity: 'media' },
      lost: ['trade', 'build'],
    });
    expect(upgradeV1Answers({})).toEqual({ answers: {}, lost: ['trade', 'build'] });
    fc.assert(
      fc.property(v1AnswersArb, (v1) => {
        const { answers, lost } = upgradeV1Answers(v1);
        expect(isValidAnswers(answers)).toBe(true);
        expect(answers.trade).toBeUndefined();
        expect(lost).toEqual(v1.developer === 'yes' ? ['trade'] : ['trade', 'build']);
      }),
    );
  });

  it("checks version-1 answers by version 1's own rules", () => {
    fc.assert(fc.property(v1AnswersArb, (v1) => isValidV1Answers(v1)));
    expect(isValidV1Answers({ developer: 'no', entity: 'media' })).toBe(true);
    for (const bad of [
      null,
      [],
      'x',
      { build: 'own' },
      { trade: 'retail' },
      { entity: 'overseas' },
      { developer: 'maybe' },
      { goals: [] },
      { goals: ['sell', 'sell'] },
      { goals: 'sell' },
    ])
      expect(isValidV1Answers(bad)).toBe(false);
  });
});

describe('scene', () => {
  it('encodes results and types as valid scenes that decode back', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const scene = encodeScene({ kind: 'result', answers: a });
        expect(isValidSceneString(scene)).toBe(true);
        expect(decodeScene(scene)).toEqual({
          kind: 'result',
          answers: sanitizeAnswers(a),
          ...CURRENT,
          code: scene.slice(2),
        });
      }),
    );
    for (const type of ACCOUNT_TYPE_IDS) {
      const scene = encodeScene({ kind: 'type', type });
      expect(isValidSceneString(scene)).toBe(true);
      expect(decodeScene(scene)).toEqual({ kind: 'type', type });
    }
  });

  it('reads version-1 scenes too, saying they are legacy and what they lost', () => {
    expect(decodeScene(`r=${codeOf('1', 0)}`)).toEqual({
      kind: 'result',
      answers: {},
      legacy: true,
      lost: ['trade', 'build'],
      code: codeOf('1', 0),
    });
    expect(decodeScene(encodeURIComponent('r=10nwpI'))).toMatchObject({
      kind: 'result',
      legacy: true,
      lost: ['trade'],
    });
  });

  it('reads URL-encoded scenes, once or twice', () => {
    const scene = encodeScene({ kind: 'result', answers: P2 });
    const expected = { kind: 'result', answers: sanitizeAnswers(P2), ...CURRENT, code: scene.slice(2) };
    expect(decodeScene(encodeURIComponent(scene))).toEqual(expected);
    expect(decodeScene(encodeURIComponent(encodeURIComponent(scene)))).toEqual(expected);
    expect(decodeScene('t%3Dservice')).toEqual({ kind: 'type', type: 'service' });
  });

  it('tells absent, malformed and unknown scenes apart without throwing', () => {
    for (const none of [undefined, null, '']) expect(decodeScene(none)).toEqual({ kind: 'none' });
    expect(decodeScene(12)).toEqual({ kind: 'error', error: 'bad_type' });
    expect(decodeScene('%')).toEqual({ kind: 'error', error: 'bad_encoding' });
    expect(decodeScene('r%3D%E0%A4%A')).toEqual({ kind: 'error', error: 'bad_encoding' });
    expect(decodeScene('t=shop')).toEqual({ kind: 'error', error: 'unknown_type' });
    expect(decodeScene('t=__proto__')).toEqual({ kind: 'error', error: 'unknown_type' });
    expect(decodeScene('x=1')).toEqual({ kind: 'error', error: 'unknown_kind' });
    expect(decodeScene('r=')).toEqual({ kind: 'error', error: 'empty' });
    expect(decodeScene('r=1zzzz0')).toMatchObject({ kind: 'error' });
    expect(decodeScene('r=2zzzz0')).toMatchObject({ kind: 'error' });
    expect(decodeScene('r=3' + encodeAnswers(P2).slice(1))).toEqual({ kind: 'error', error: 'bad_version' });
    expect(decodeScene('a'.repeat(200))).toEqual({ kind: 'error', error: 'too_long' });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything()), (raw) => {
        const r = decodeScene(raw);
        if (r.kind === 'result') return isValidAnswers(r.answers);
        return ['none', 'type', 'error'].includes(r.kind);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('share code and scene, at their exact limits', () => {
  /** What '2' + the payload of `value` + each possible check character decodes to: 'ok' if any does, else an error. */
  function verdictAt(value: number): string {
    const results = [...ALPHABET].map((c) => decodeAnswers('2' + payloadOf(value) + c));
    if (results.some((r) => r.ok)) return 'ok';
    return results.some((r) => !r.ok && r.error === 'bad_value') ? 'bad_value' : 'bad_checksum';
  }

  it('packs exactly the answer space: the last packed value decodes, the next is bad_value', () => {
    // Each single-choice question counts its options + 1 (unanswered); the goals, a bit per goal.
    const capacity = QUESTIONS.reduce((p, q) => p * (q.multi ? 2 ** q.options.length : q.options.length + 1), 1);
    expect(capacity).toBe(9830400);
    expect([verdictAt(0), verdictAt(capacity - 1), verdictAt(capacity), verdictAt(62 ** 4 - 1)]).toEqual([
      'ok',
      'ok',
      'bad_value',
      'bad_value',
    ]);
  });

  it('names each way a code can be wrong, at its boundary', () => {
    for (const empty of [undefined, null, '']) expect(decodeAnswers(empty)).toEqual({ ok: false, error: 'empty' });
    expect(decodeAnswers('2'.repeat(SCENE_MAX_LENGTH))).toEqual({ ok: false, error: 'bad_value' });
    expect(decodeAnswers('1'.repeat(SCENE_MAX_LENGTH))).toEqual({ ok: false, error: 'bad_value' });
    expect(decodeAnswers('2'.repeat(SCENE_MAX_LENGTH + 1))).toEqual({ ok: false, error: 'too_long' });
  });

  it('leaves unanswered questions out of the answers, not as empty values', () => {
    expect(decodeAnswers(encodeAnswers({}))).toStrictEqual({ ok: true, answers: {}, legacy: false, lost: [] });
    expect(decodeAnswers(encodeAnswers({ entity: 'overseas' }))).toStrictEqual({
      ok: true,
      answers: { entity: 'overseas' },
      legacy: false,
      lost: [],
    });
    expect(decodeAnswers(codeOf('1', 0))).toStrictEqual({
      ok: true,
      answers: {},
      legacy: true,
      lost: ['trade', 'build'],
    });
  });

  it('undoes URL encoding at most twice, and reads raw scenes up to three times the scene limit', () => {
    const scene = encodeScene({ kind: 'type', type: 'service' });
    const thrice = encodeURIComponent(encodeURIComponent(encodeURIComponent(scene)));
    expect(decodeScene(thrice)).toEqual({ kind: 'error', error: 'unknown_kind' });
    expect(decodeScene('t=service' + '%20'.repeat(29))).toEqual({ kind: 'error', error: 'unknown_type' });
    expect(decodeScene('x'.repeat(SCENE_MAX_LENGTH * 3))).toEqual({ kind: 'error', error: 'unknown_kind' });
    expect(decodeScene('x'.repeat(SCENE_MAX_LENGTH * 3 + 1))).toEqual({ kind: 'error', error: 'too_long' });
  });
});
