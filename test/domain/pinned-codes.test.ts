import { Answers } from '../../miniprogram/domain/quiz/questionnaire';
import { readLaunchEntry } from '../../miniprogram/domain/links/launch-entry';
import { qrLink } from '../../miniprogram/domain/links/qr-link';
import { decodeAnswers, decodeScene, encodeAnswers } from '../../miniprogram/domain/links/share-codec';

/**
 * Share codes and scenes already out in the world (chat cards, Moments posts, posters, codes on walls). Each must
 * decode to the same answers forever: a change to the codec, the questions or their options that breaks one of
 * these breaks links people have shared. Never edit an entry; add a new codec version instead.
 */
const IN_THE_WILD: [string, Answers][] = [
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
  ],
  [
    '10Rci3',
    { entity: 'individual', goals: ['sell'], frequency: 'rarely', audience: 'public', payment: 'yes', developer: 'no' },
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
  ],
  // No answers at all.
  ['10000U', {}],
];

describe('share codes in the wild', () => {
  it.each(IN_THE_WILD)('%s decodes to the same answers, and those answers encode to it', (code, answers) => {
    expect(decodeAnswers(code)).toEqual({ ok: true, answers });
    expect(encodeAnswers(answers)).toBe(code);
  });

  it('open the same result from a scene, URL-encoded or not, and a type from its scene', () => {
    for (const [code, answers] of IN_THE_WILD) {
      expect(decodeScene(`r=${code}`)).toEqual({ kind: 'result', answers });
      expect(decodeScene(`r%3D${code}`)).toEqual({ kind: 'result', answers });
    }
    for (const type of ['service', 'subscription', 'enterprise', 'miniprogram'] as const)
      expect(decodeScene(`t=${type}`)).toEqual({ kind: 'type', type });
  });

  it('open the same result and plan from a scanned link', () => {
    const base = 'https://example.com/wxqr/';
    const [code, answers] = IN_THE_WILD[1];
    expect(qrLink(base, { kind: 'result', answers })).toBe(`${base}r/${code}`);
    expect(readLaunchEntry({ q: encodeURIComponent(`${base}r/${code}`) }, base)).toEqual({
      kind: 'result',
      answers,
      shared: true,
    });
    expect(readLaunchEntry({ q: encodeURIComponent(`${base}p/${code}`) }, base)).toEqual({
      kind: 'plan',
      answers,
      shared: true,
    });
    expect(readLaunchEntry({ q: encodeURIComponent(`${base}t/miniprogram`) }, base)).toEqual({
      kind: 'type',
      type: 'miniprogram',
    });
  });
});
