import fc from 'fast-check';
import { ACCOUNT_TYPE_IDS } from '../../miniprogram/domain/account-types';
import { forEachCompleteAnswers } from '../../miniprogram/domain/quiz/answer-space';
import { Answers, isValidAnswers, QUESTIONS, sanitizeAnswers } from '../../miniprogram/domain/quiz/questionnaire';
import { isValidSceneString, SCENE_MAX_LENGTH } from '../../miniprogram/domain/links/scene';
import {
  decodeAnswers,
  decodeScene,
  encodeAnswers,
  encodeScene,
  SHARE_CODE_LENGTH,
} from '../../miniprogram/domain/links/share-codec';
import { answersArb, looseAnswersArb } from './answers-arbitrary';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const P2: Answers = {
  entity: 'enterprise',
  goals: ['service', 'sell'],
  frequency: 'few_monthly',
  audience: 'public',
  payment: 'yes',
  developer: 'yes',
  certify: 'yes',
};

const validCodeArb = answersArb.map(encodeAnswers);

function decodesOk(s: unknown): boolean {
  const r = decodeAnswers(s);
  return r.ok && isValidAnswers(r.answers);
}

describe('share code', () => {
  it('is short, versioned and URL- and scene-safe', () => {
    const code = encodeAnswers(P2);
    expect(code).toMatch(/^1[0-9A-Za-z]{5}$/);
    expect(code).toHaveLength(SHARE_CODE_LENGTH);
    expect(encodeURIComponent(code)).toBe(code);
    expect(isValidSceneString(code)).toBe(true);
    expect(decodeAnswers(code)).toEqual({ ok: true, answers: sanitizeAnswers(P2) });
    expect(decodeAnswers(encodeAnswers({}))).toEqual({ ok: true, answers: {} });
  });

  it('round-trips any answers to their sanitized form', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        expect(decodeAnswers(encodeAnswers(a))).toEqual({ ok: true, answers: sanitizeAnswers(a) });
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(looseAnswersArb, (loose) => {
        const a = loose as Answers; // what an untyped caller may pass
        expect(decodeAnswers(encodeAnswers(a))).toEqual({ ok: true, answers: sanitizeAnswers(a) });
      }),
    );
  });

  it('gives every complete answer set its own code', () => {
    const codes = new Set<string>();
    const n = forEachCompleteAnswers((a) => codes.add(encodeAnswers(a)));
    expect(codes.size).toBe(n);
  });

  it('names what is wrong with a code', () => {
    expect(decodeAnswers(undefined)).toEqual({ ok: false, error: 'empty' });
    expect(decodeAnswers('')).toEqual({ ok: false, error: 'empty' });
    expect(decodeAnswers(42)).toEqual({ ok: false, error: 'bad_chars' });
    expect(decodeAnswers('1'.repeat(33))).toEqual({ ok: false, error: 'too_long' });
    expect(decodeAnswers('1ab-c9')).toEqual({ ok: false, error: 'bad_chars' });
    expect(decodeAnswers('1ab c9')).toEqual({ ok: false, error: 'bad_chars' });
    expect(decodeAnswers('2' + encodeAnswers(P2).slice(1))).toEqual({ ok: false, error: 'bad_version' });
    expect(decodeAnswers(encodeAnswers(P2) + '0')).toEqual({ ok: false, error: 'bad_value' });
    const code = encodeAnswers(P2);
    const wrongCheck = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
    expect(decodeAnswers(wrongCheck)).toEqual({ ok: false, error: 'bad_checksum' });
  });

  it('rejects a well-formed code whose number is beyond the answer space', () => {
    // 'zzzz' is past the last packed value: with the one right check character it is bad_value, else bad_checksum.
    const errors = [...ALPHABET].map((c) => {
      const r = decodeAnswers('1zzzz' + c);
      return r.ok ? 'ok' : r.error;
    });
    expect(errors.filter((e) => e === 'bad_value')).toHaveLength(1);
    expect(errors.filter((e) => e === 'bad_checksum')).toHaveLength(ALPHABET.length - 1);
  });

  it('never throws on arbitrary input, and any ok result holds valid answers', () => {
    const inputs = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 0, maxLength: 40 }),
      fc.string({ minLength: 33, maxLength: 200 }),
      fc.anything(),
    );
    fc.assert(
      fc.property(inputs, (s) => {
        const r = decodeAnswers(s);
        return r.ok ? isValidAnswers(r.answers) : typeof r.error === 'string';
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects every truncation and every single-character change of a valid code', () => {
    fc.assert(
      fc.property(validCodeArb, (code) => {
        const accepted: string[] = [];
        for (let len = 0; len < code.length; len++)
          if (decodesOk(code.slice(0, len))) accepted.push(code.slice(0, len));
        for (let i = 0; i < code.length; i++) {
          for (const c of ALPHABET) {
            const mutated = code.slice(0, i) + c + code.slice(i + 1);
            if (c !== code[i] && decodesOk(mutated)) accepted.push(mutated);
          }
        }
        expect(accepted).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects most swaps of two neighbouring characters', () => {
    let swapped = 0;
    let accepted = 0;
    forEachCompleteAnswers((a) => {
      if (a.certify !== 'yes' || a.native !== 'no') return; // a sample keeps the test quick
      const code = encodeAnswers(a);
      for (let i = 1; i < code.length - 1; i++) {
        if (code[i] === code[i + 1]) continue;
        swapped++;
        if (decodesOk(code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2))) accepted++;
      }
    });
    expect(swapped).toBeGreaterThan(1000);
    expect(accepted / swapped).toBeLessThan(0.05);
  });
});

describe('scene', () => {
  it('encodes results and types as valid scenes that decode back', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const scene = encodeScene({ kind: 'result', answers: a });
        expect(isValidSceneString(scene)).toBe(true);
        expect(decodeScene(scene)).toEqual({ kind: 'result', answers: sanitizeAnswers(a) });
      }),
    );
    for (const type of ACCOUNT_TYPE_IDS) {
      const scene = encodeScene({ kind: 'type', type });
      expect(isValidSceneString(scene)).toBe(true);
      expect(decodeScene(scene)).toEqual({ kind: 'type', type });
    }
  });

  it('reads URL-encoded scenes, once or twice', () => {
    const scene = encodeScene({ kind: 'result', answers: P2 });
    expect(decodeScene(encodeURIComponent(scene))).toEqual({ kind: 'result', answers: sanitizeAnswers(P2) });
    expect(decodeScene(encodeURIComponent(encodeURIComponent(scene)))).toEqual({
      kind: 'result',
      answers: sanitizeAnswers(P2),
    });
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
  /** What '1' + the payload of `value` + each possible check character decodes to: 'ok' if any does, else an error. */
  function verdictAt(value: number): string {
    let payload = '';
    for (let i = 0, v = value; i < 4; i++, v = Math.floor(v / 62)) payload = ALPHABET[v % 62] + payload;
    const results = [...ALPHABET].map((c) => decodeAnswers('1' + payload + c));
    if (results.some((r) => r.ok)) return 'ok';
    return results.some((r) => !r.ok && r.error === 'bad_value') ? 'bad_value' : 'bad_checksum';
  }

  it('packs exactly the answer space: the last packed value decodes, the next is bad_value', () => {
    // Each single-choice question counts its options + 1 (unanswered); the goals, a bit per goal.
    const capacity = QUESTIONS.reduce((p, q) => p * (q.multi ? 2 ** q.options.length : q.options.length + 1), 1);
    expect(capacity).toBe(645120);
    expect([verdictAt(0), verdictAt(capacity - 1), verdictAt(capacity), verdictAt(62 ** 4 - 1)]).toEqual([
      'ok',
      'ok',
      'bad_value',
      'bad_value',
    ]);
  });

  it('names each way a code can be wrong, at its boundary', () => {
    for (const empty of [undefined, null, '']) expect(decodeAnswers(empty)).toEqual({ ok: false, error: 'empty' });
    expect(decodeAnswers('1'.repeat(SCENE_MAX_LENGTH))).toEqual({ ok: false, error: 'bad_value' });
    expect(decodeAnswers('1'.repeat(SCENE_MAX_LENGTH + 1))).toEqual({ ok: false, error: 'too_long' });
  });

  it('leaves unanswered questions out of the answers, not as empty values', () => {
    expect(decodeAnswers(encodeAnswers({}))).toStrictEqual({ ok: true, answers: {} });
    expect(decodeAnswers(encodeAnswers({ entity: 'media' }))).toStrictEqual({ ok: true, answers: { entity: 'media' } });
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
