import { Answers, QuestionId } from '../../miniprogram/domain/quiz/questionnaire';
import { readLaunchEntry } from '../../miniprogram/domain/links/launch-entry';
import { qrLink } from '../../miniprogram/domain/links/qr-link';
import { decodeAnswers, decodeScene } from '../../miniprogram/domain/links/share-codec';
import { decodeShareCodeV1, V1Answers } from '../../miniprogram/domain/links/share-codec-v1';

/**
 * Share codes and scenes already out in the world (chat cards, Moments posts, posters, codes on walls). Each must
 * decode to the same answers forever: a change to the codec, the questions or their options that breaks one of
 * these breaks links people have shared. Never edit or remove an entry; add a new codec version instead.
 *
 * Pinned by decoding only (code → answers), so a later version that adds a question needs no edit here.
 */

/**
 * Version 1 (the eight-question quiz): the code, the answers it was pinned with (unchanged), and what those mean
 * in the current quiz (share-codec-v1.ts: developer 'yes' is build 'own'; 'no' leaves build open; no trade).
 */
const V1_IN_THE_WILD: [string, V1Answers, Answers][] = [
  // The largest Chinese result of edition 1 (the budget page query before 2026-11-24).
  [
    '10uiKQ',
    {
      entity: 'enterprise',
      goals: ['content', 'service', 'internal'],
      frequency: 'few_monthly',
      audience: 'public',
      payment: 'later',
      developer: 'no',
      certify: 'no',
      native: 'no',
    },
    {
      entity: 'enterprise',
      goals: ['content', 'service', 'internal'],
      frequency: 'few_monthly',
      audience: 'public',
      payment: 'later',
      certify: 'no',
      native: 'no',
    },
  ],
  // CONTENT.md personas P1–P8.
  [
    '10Ow4e',
    {
      entity: 'individual',
      goals: ['content'],
      frequency: 'daily',
      audience: 'public',
      payment: 'no',
      developer: 'no',
    },
    { entity: 'individual', goals: ['content'], frequency: 'daily', audience: 'public', payment: 'no' },
  ],
  [
    '10nwpI',
    {
      entity: 'enterprise',
      goals: ['service'],
      frequency: 'few_monthly',
      audience: 'public',
      payment: 'yes',
      developer: 'yes',
      certify: 'yes',
    },
    {
      entity: 'enterprise',
      goals: ['service'],
      frequency: 'few_monthly',
      audience: 'public',
      payment: 'yes',
      build: 'own',
      certify: 'yes',
    },
  ],
  [
    '10sds3',
    {
      entity: 'enterprise',
      goals: ['internal'],
      frequency: 'rarely',
      audience: 'staff',
      payment: 'no',
      developer: 'no',
    },
    { entity: 'enterprise', goals: ['internal'], frequency: 'rarely', audience: 'staff', payment: 'no' },
  ],
  [
    '10yaOI',
    {
      entity: 'enterprise',
      goals: ['tool'],
      frequency: 'rarely',
      audience: 'public',
      payment: 'yes',
      developer: 'yes',
    },
    { entity: 'enterprise', goals: ['tool'], frequency: 'rarely', audience: 'public', payment: 'yes', build: 'own' },
  ],
  [
    '10Rci3',
    { entity: 'individual', goals: ['sell'], frequency: 'rarely', audience: 'public', payment: 'yes', developer: 'no' },
    { entity: 'individual', goals: ['sell'], frequency: 'rarely', audience: 'public', payment: 'yes' },
  ],
  [
    '11wpjb',
    {
      entity: 'media',
      goals: ['content'],
      frequency: 'daily',
      audience: 'public',
      payment: 'no',
      developer: 'yes',
      certify: 'yes',
    },
    {
      entity: 'media',
      goals: ['content'],
      frequency: 'daily',
      audience: 'public',
      payment: 'no',
      build: 'own',
      certify: 'yes',
    },
  ],
  [
    '11ZuVr',
    {
      entity: 'government',
      goals: ['service'],
      frequency: 'few_monthly',
      audience: 'public',
      payment: 'no',
      developer: 'no',
      certify: 'yes',
    },
    {
      entity: 'government',
      goals: ['service'],
      frequency: 'few_monthly',
      audience: 'public',
      payment: 'no',
      certify: 'yes',
    },
  ],
  [
    '10yazd',
    {
      entity: 'enterprise',
      goals: ['tool'],
      frequency: 'rarely',
      audience: 'public',
      payment: 'no',
      developer: 'yes',
      native: 'yes',
    },
    {
      entity: 'enterprise',
      goals: ['tool'],
      frequency: 'rarely',
      audience: 'public',
      payment: 'no',
      build: 'own',
      native: 'yes',
    },
  ],
  // The e2e blogger, who answers every question.
  [
    '10OwC6',
    {
      entity: 'individual',
      goals: ['content'],
      frequency: 'daily',
      audience: 'public',
      payment: 'no',
      developer: 'no',
      certify: 'no',
      native: 'no',
    },
    {
      entity: 'individual',
      goals: ['content'],
      frequency: 'daily',
      audience: 'public',
      payment: 'no',
      certify: 'no',
      native: 'no',
    },
  ],
  // No answers at all.
  ['10000U', {}, {}],
];

/** Version 2 (the nine-question quiz, from 2026-12): every new option appears at least once. */
const V2_IN_THE_WILD: [string, Answers][] = [
  // Fully answered: a restaurant chain that rents a provider's ordering mini program.
  [
    '2BJ6jy',
    {
      entity: 'enterprise',
      goals: ['service', 'sell'],
      trade: 'catering',
      frequency: 'weekly',
      audience: 'public',
      payment: 'yes',
      build: 'rent',
      certify: 'yes',
      native: 'no',
    },
  ],
  [
    '25K0mO',
    {
      entity: 'individual',
      goals: ['content'],
      frequency: 'daily',
      audience: 'public',
      payment: 'no',
      build: 'unsure',
    },
  ],
  [
    '2AkO3W',
    {
      entity: 'enterprise',
      goals: ['service'],
      trade: 'finance',
      frequency: 'few_monthly',
      audience: 'public',
      payment: 'yes',
      build: 'own',
      certify: 'yes',
    },
  ],
  [
    '2BcPw9',
    {
      entity: 'enterprise',
      goals: ['internal'],
      frequency: 'rarely',
      audience: 'staff',
      payment: 'no',
      build: 'unsure',
    },
  ],
  [
    '2GAXgS',
    {
      entity: 'individual_business',
      goals: ['sell'],
      trade: 'retail',
      frequency: 'rarely',
      audience: 'public',
      payment: 'yes',
      build: 'rent',
    },
  ],
  [
    '2XuIoS',
    {
      entity: 'other_org',
      goals: ['service', 'tool'],
      trade: 'education',
      frequency: 'weekly',
      audience: 'both',
      payment: 'later',
      build: 'agency',
      certify: 'unsure',
      native: 'yes',
    },
  ],
  [
    '2b1wYh',
    {
      entity: 'overseas',
      goals: ['content', 'sell'],
      trade: 'travel',
      frequency: 'few_monthly',
      audience: 'public',
      payment: 'yes',
      build: 'agency',
      certify: 'no',
    },
  ],
  [
    '2L2UVT',
    {
      entity: 'government',
      goals: ['service'],
      trade: 'health',
      frequency: 'few_monthly',
      audience: 'public',
      payment: 'no',
      build: 'agency',
      certify: 'yes',
    },
  ],
  [
    '2UvEzP',
    {
      entity: 'media',
      goals: ['content', 'service', 'sell', 'internal', 'tool'],
      trade: 'other',
      frequency: 'daily',
      audience: 'both',
      payment: 'later',
      build: 'own',
      certify: 'yes',
      native: 'no',
    },
  ],
  // No answers at all.
  ['20000b', {}],
];

const ALL: [string, Answers][] = [
  ...V1_IN_THE_WILD.map(([code, , now]): [string, Answers] => [code, now]),
  ...V2_IN_THE_WILD,
];

/** The answers a code decodes to, or null. */
function answersOf(code: string): Answers | null {
  const r = decodeAnswers(code);
  return r.ok ? r.answers : null;
}

/** The answers a scene opens as a result, or null. */
function sceneAnswersOf(scene: string): Answers | null {
  const r = decodeScene(scene);
  return r.kind === 'result' ? r.answers : null;
}

describe('version-1 share codes in the wild', () => {
  it.each(V1_IN_THE_WILD)('%s decodes to the answers it meant, carried over to the current quiz', (code, v1, now) => {
    expect(decodeShareCodeV1(code)).toEqual({ ok: true, answers: v1 });
    expect(answersOf(code)).toEqual(now);
    // Entity and goals, what a result is mostly about, are the same as version 1 meant.
    expect(answersOf(code)?.entity).toBe(v1.entity);
    expect(answersOf(code)?.goals).toEqual(v1.goals);
  });

  it.each(V1_IN_THE_WILD)('%s says it is legacy and names the questions it could not answer', (code, v1) => {
    const r = decodeAnswers(code);
    expect(r).toMatchObject({ ok: true, legacy: true });
    const lost: QuestionId[] = r.ok ? r.lost : [];
    expect(lost).toContain('trade');
    expect(lost.includes('build')).toBe(v1.developer !== 'yes');
  });
});

describe('version-2 share codes in the wild', () => {
  it.each(V2_IN_THE_WILD)('%s decodes to the same answers', (code, answers) => {
    expect(answersOf(code)).toEqual(answers);
  });
});

describe('share codes in the wild, of every version', () => {
  it('open the same result from a scene, URL-encoded or not, and a type from its scene', () => {
    for (const [code, answers] of ALL) {
      expect(sceneAnswersOf(`r=${code}`)).toEqual(answers);
      expect(sceneAnswersOf(`r%3D${code}`)).toEqual(answers);
    }
    for (const type of ['service', 'subscription', 'enterprise', 'miniprogram'] as const)
      expect(decodeScene(`t=${type}`)).toEqual({ kind: 'type', type });
  });

  it('open the same result and plan from a scanned link', () => {
    const base = 'https://example.com/wxqr/';
    const [code, answers] = V2_IN_THE_WILD[0];
    expect(qrLink(base, { kind: 'result', answers })).toBe(`${base}r/${code}`);
    // A version-1 link whose answers the current quiz still finds complete (developer 'yes' became build 'own').
    const [oldCode, , oldAnswers] = V1_IN_THE_WILD[2];
    for (const [c, a] of [
      [code, answers],
      [oldCode, oldAnswers],
    ] as const) {
      expect(readLaunchEntry({ q: encodeURIComponent(`${base}r/${c}`) }, base)).toMatchObject({
        kind: 'result',
        answers: a,
        shared: true,
      });
      expect(readLaunchEntry({ q: encodeURIComponent(`${base}p/${c}`) }, base)).toMatchObject({
        kind: 'plan',
        answers: a,
        shared: true,
      });
    }
    expect(readLaunchEntry({ q: encodeURIComponent(`${base}t/miniprogram`) }, base)).toEqual({
      kind: 'type',
      type: 'miniprogram',
    });
  });

  // DESIGN.md: "a new question never turns an old link into 'damaged'". A version-1 code whose developer was
  // 'no' carries no build answer (it is in `lost`), so the entry must accept answers complete but for `lost`.
  it.each(V1_IN_THE_WILD.filter(([, v1]) => v1.developer === 'no'))(
    "%s (developer 'no') still opens its result and plan, never the damaged notice",
    (code, _v1, now) => {
      const base = 'https://example.com/wxqr/';
      expect(readLaunchEntry({ q: encodeURIComponent(`${base}r/${code}`) }, base)).toMatchObject({
        kind: 'result',
        answers: now,
      });
      expect(readLaunchEntry({ q: encodeURIComponent(`${base}p/${code}`) }, base)).toMatchObject({
        kind: 'plan',
        answers: now,
      });
      expect(readLaunchEntry({ a: code }, null, { answers: 'a' })).toMatchObject({ kind: 'result', answers: now });
      expect(readLaunchEntry({ scene: `r=${code}` }, null)).toMatchObject({ kind: 'result', answers: now });
    },
  );
});
