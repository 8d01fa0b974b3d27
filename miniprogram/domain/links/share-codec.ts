import { AccountTypeId, isAccountTypeId } from '../account-types';
import { Answers, GOAL_IDS, GoalId, OPTION_IDS, QUESTIONS, QuestionId, sanitizeAnswers } from '../quiz/questionnaire';
import { SCENE_MAX_LENGTH } from './scene';
import { decodeShareCodeV1, upgradeV1Answers, V1_VERSION } from './share-codec-v1';

/**
 * Answers travel in share links and QR scenes as a short code: a version character, the answers packed as one
 * mixed-radix number in 4 base-62 digits, and a check character. Only [0-9A-Za-z], so the code is valid in a
 * WeChat scene and needs no escaping in a URL query.
 *
 * Version '2' (written now) packs the current questionnaire in quiz order: each single-choice answer as 0
 * (unanswered) or option index + 1, the goals as a bit mask (8·32·8·5·4·4·5·4·3 = 9,830,400 < 62^4).
 * Version '1' codes (the eight-question quiz) are read by their frozen decoder, share-codec-v1.ts, and mapped
 * onto the current questions. Share links live for years: when the questions or options change, freeze this
 * version's decoder in its own module as v1 is, bump the version, and keep reading every earlier one.
 */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE = ALPHABET.length;
export const SHARE_CODE_VERSION = '2';
const PAYLOAD_DIGITS = 4;
export const SHARE_CODE_LENGTH = 1 + PAYLOAD_DIGITS + 1;
/** Odd weights that share no factor with 62, so any single changed character changes the check character. */
const CHECK_WEIGHTS = [7, 11, 13, 17, 19];
const CHECK_OFFSET = 23;
const CODE_CHARS = /^[0-9A-Za-z]+$/;

const RADICES: readonly number[] = QUESTIONS.map((q) => (q.multi ? 1 << q.options.length : q.options.length + 1));
const CAPACITY = RADICES.reduce((p, r) => p * r, 1);
if (CAPACITY > Math.pow(BASE, PAYLOAD_DIGITS)) throw new Error('share code: answers no longer fit version 2');

export type DecodeError = 'empty' | 'too_long' | 'bad_chars' | 'bad_version' | 'bad_checksum' | 'bad_value';
/**
 * A read code. `legacy`: it was written by an earlier quiz (version 1). `lost`: the current questions whose
 * answer such a code could not carry, in quiz order (for version 1: trade, and build unless developer was
 * 'yes'); [] for a current code.
 */
export type DecodeResult =
  { ok: true; answers: Answers; legacy: boolean; lost: QuestionId[] } | { ok: false; error: DecodeError };

function checkChar(body: string): string {
  let sum = CHECK_OFFSET;
  for (let i = 0; i < body.length; i++) sum += ALPHABET.indexOf(body[i]) * CHECK_WEIGHTS[i % CHECK_WEIGHTS.length];
  return ALPHABET[sum % BASE];
}

function digitOf(a: Answers, id: QuestionId): number {
  if (id === 'goals') return (a.goals ?? []).reduce((mask, g) => mask | (1 << GOAL_IDS.indexOf(g)), 0);
  const value = a[id];
  return typeof value === 'string' ? OPTION_IDS[id].indexOf(value) + 1 : 0;
}

/** The share code of the answers (sanitized first, so anything invalid is left out). Always 6 characters. */
export function encodeAnswers(answers: Answers): string {
  const a = sanitizeAnswers(answers);
  let value = 0;
  QUESTIONS.forEach((q, i) => {
    value = value * RADICES[i] + digitOf(a, q.id);
  });
  let payload = '';
  for (let i = 0; i < PAYLOAD_DIGITS; i++) {
    payload = ALPHABET[value % BASE] + payload;
    value = Math.floor(value / BASE);
  }
  const body = SHARE_CODE_VERSION + payload;
  return body + checkChar(body);
}

/** A version-2 code (characters already checked). */
function decodeCurrent(s: string): DecodeResult {
  const fail = (error: DecodeError): DecodeResult => ({ ok: false, error });
  if (s.length !== SHARE_CODE_LENGTH) return fail('bad_value');
  const body = s.slice(0, -1);
  if (checkChar(body) !== s[s.length - 1]) return fail('bad_checksum');
  let value = 0;
  for (const ch of body.slice(1)) value = value * BASE + ALPHABET.indexOf(ch);
  if (value >= CAPACITY) return fail('bad_value');
  const out: Record<string, unknown> = {};
  for (let i = QUESTIONS.length - 1; i >= 0; i--) {
    const digit = value % RADICES[i];
    value = Math.floor(value / RADICES[i]);
    const q = QUESTIONS[i];
    if (q.id === 'goals') {
      const goals: GoalId[] = GOAL_IDS.filter((_, bit) => digit & (1 << bit));
      if (goals.length > 0) out.goals = goals;
    } else if (digit > 0) {
      out[q.id] = OPTION_IDS[q.id][digit - 1];
    }
  }
  return { ok: true, answers: sanitizeAnswers(out), legacy: false, lost: [] };
}

/** A version-1 code: its frozen decoder, then its answers mapped onto the current questions. */
function decodeLegacyV1(s: string): DecodeResult {
  const decoded = decodeShareCodeV1(s);
  if (!decoded.ok) return decoded;
  // Already valid and in canonical order (the tests check every version-1 value), so no second sanitizing.
  const { answers, lost } = upgradeV1Answers(decoded.answers);
  return { ok: true, answers, legacy: true, lost };
}

/** Reads a share code of any version. Never throws; an ok result always holds valid, sanitized answers. */
export function decodeAnswers(s: unknown): DecodeResult {
  const fail = (error: DecodeError): DecodeResult => ({ ok: false, error });
  if (s === undefined || s === null || s === '') return fail('empty');
  if (typeof s !== 'string') return fail('bad_chars');
  if (s.length > SCENE_MAX_LENGTH) return fail('too_long');
  if (!CODE_CHARS.test(s)) return fail('bad_chars');
  if (s[0] === SHARE_CODE_VERSION) return decodeCurrent(s);
  if (s[0] === V1_VERSION) return decodeLegacyV1(s);
  return fail('bad_version');
}

/** What a QR code's scene (or a link) opens. */
export type ScenePayload = { kind: 'result'; answers: Answers } | { kind: 'type'; type: AccountTypeId };
/** A read scene; a result says, as a share code does, whether an earlier quiz wrote it and what it lacks. */
export type SceneResult =
  | { kind: 'result'; answers: Answers; legacy: boolean; lost: QuestionId[]; code: string }
  | { kind: 'type'; type: AccountTypeId }
  | { kind: 'none' }
  | { kind: 'error'; error: string };

const RESULT_PREFIX = 'r=';
const TYPE_PREFIX = 't=';

/** Undoes URL encoding (WeChat hands the scene over encoded, sometimes twice); null on a malformed % sequence. */
function unescapeScene(raw: string): string | null {
  let s = raw;
  for (let i = 0; i < 2 && s.includes('%'); i++) {
    try {
      s = decodeURIComponent(s);
    } catch {
      return null;
    }
  }
  return s;
}

/** Reads a scene from launch options or a page query. Never throws. */
export function decodeScene(raw: unknown): SceneResult {
  if (raw === undefined || raw === null || raw === '') return { kind: 'none' };
  if (typeof raw !== 'string') return { kind: 'error', error: 'bad_type' };
  if (raw.length > SCENE_MAX_LENGTH * 3) return { kind: 'error', error: 'too_long' };
  const scene = unescapeScene(raw);
  if (scene === null) return { kind: 'error', error: 'bad_encoding' };
  if (scene.startsWith(RESULT_PREFIX)) {
    const code = scene.slice(RESULT_PREFIX.length);
    const decoded = decodeAnswers(code);
    if (!decoded.ok) return { kind: 'error', error: decoded.error };
    return { kind: 'result', answers: decoded.answers, legacy: decoded.legacy, lost: decoded.lost, code };
  }
  if (scene.startsWith(TYPE_PREFIX)) {
    const type = scene.slice(TYPE_PREFIX.length);
    return isAccountTypeId(type) ? { kind: 'type', type } : { kind: 'error', error: 'unknown_type' };
  }
  return { kind: 'error', error: 'unknown_kind' };
}
