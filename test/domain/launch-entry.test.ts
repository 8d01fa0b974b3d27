import fc from 'fast-check';
import { ACCOUNT_TYPE_IDS } from '../../miniprogram/domain/account-types';
import { readLaunchEntry } from '../../miniprogram/domain/links/launch-entry';
import { Answers, QUESTIONS, sanitizeAnswers } from '../../miniprogram/domain/quiz/questionnaire';
import {
  isPublicLinkBase,
  qrLink,
  Q_MAX_LENGTH,
  readLinkBase,
  readQrLink,
  readScannedLink,
} from '../../miniprogram/domain/links/qr-link';
import { decodeAnswers, encodeAnswers } from '../../miniprogram/domain/links/share-codec';
import { answersArb } from './answers-arbitrary';

const BASE = 'https://guide.example.com/wxqr/';
/** A bank like CONTENT.md's P2 that also sells: its share code is pinned, so a codec change shows up here. */
const P2: Answers = {
  entity: 'enterprise',
  goals: ['service', 'sell'],
  frequency: 'few_monthly',
  audience: 'public',
  payment: 'yes',
  build: 'own',
  certify: 'yes',
};
const P2_LINK = 'https://guide.example.com/wxqr/r/2BI6N1';
const P2_Q = 'https%3A%2F%2Fguide.example.com%2Fwxqr%2Fr%2F2BI6N1';
/** The same bank's poster from the version-1 quiz (developer 'yes', which is build 'own' now). */
const P2_V1_LINK = 'https://guide.example.com/wxqr/r/10qwdF';

const completeArb = answersArb.filter((a) => QUESTIONS.every((q) => q.optional || a[q.id] !== undefined));
/** What WeChat hands the page for a scanned link: the link URL-encoded once. */
const scanned = (link: string) => ({ q: encodeURIComponent(link), scancode_time: '1700000000' });

describe('QR link base (config QR_LINK_BASE)', () => {
  it('accepts https URLs ending in / and loopback http for the browser preview', () => {
    for (const ok of [
      BASE,
      'https://a.cn/',
      'https://x.example.org:8443/a/b-c/',
      'http://127.0.0.1:8080/qr/',
      'http://localhost/qr/',
    ])
      expect(readLinkBase(ok)).toBe(ok);
  });

  it('refuses anything else, so the poster draws no code that cannot open the app', () => {
    const bad: unknown[] = [
      null,
      undefined,
      '',
      42,
      'https://guide.example.com/wxqr', // no trailing slash: a rule without it does not match sub-paths
      'http://guide.example.com/wxqr/', // plain http on a public host
      'ftp://guide.example.com/',
      'https://localhost/', // no dot: not a filed domain
      'https://guide.example.com/wx qr/',
      'https://guide.example.com/wxqr/?a=1/',
      'https://guide.example.com/#/',
      'https://guide..example.com/',
      'https://-guide.example.com/',
      'https://guide.example.com//',
      `https://guide.example.com/${'a'.repeat(100)}/`,
      'HTTPS://GUIDE.EXAMPLE.COM/',
      'https://用户.example.com/',
    ];
    for (const raw of bad) expect([raw, readLinkBase(raw)]).toEqual([raw, null]);
  });

  it('tells public bases from loopback ones', () => {
    expect(isPublicLinkBase(BASE)).toBe(true);
    expect(isPublicLinkBase('http://127.0.0.1:8080/qr/')).toBe(false);
    expect(isPublicLinkBase(null)).toBe(false);
  });
});

describe('QR links', () => {
  it('writes r/<share code> for a result and t/<type> for a type page', () => {
    expect(qrLink(BASE, { kind: 'result', answers: P2 })).toBe(P2_LINK);
    expect(qrLink(BASE, { kind: 'type', type: 'miniprogram' })).toBe('https://guide.example.com/wxqr/t/miniprogram');
  });

  it('reads them back', () => {
    expect(readQrLink(BASE, P2_LINK)).toEqual({
      kind: 'result',
      answers: sanitizeAnswers(P2),
      code: encodeAnswers(P2),
      legacy: false,
    });
    expect(readQrLink(BASE, `${BASE}t/service`)).toEqual({ kind: 'type', type: 'service' });
    expect(readScannedLink(BASE, P2_Q)).toMatchObject({ kind: 'result', answers: sanitizeAnswers(P2) });
    // Our links hold no character that encoding changes, so one left unencoded reads the same.
    expect(readScannedLink(BASE, P2_LINK)).toEqual(readScannedLink(BASE, P2_Q));
  });

  it('still reads a version-1 poster as the same answers', () => {
    expect(readScannedLink(BASE, encodeURIComponent(P2_V1_LINK))).toEqual({
      kind: 'result',
      answers: sanitizeAnswers(P2),
      code: P2_V1_LINK.slice(P2_V1_LINK.lastIndexOf('/') + 1),
      legacy: true,
    });
    expect(readLaunchEntry(scanned(P2_V1_LINK), BASE)).toMatchObject({
      kind: 'result',
      answers: sanitizeAnswers(P2),
      shared: true,
    });
    expect(readLaunchEntry({ a: '10qwdF' }, null, { answers: 'a' })).toMatchObject({
      kind: 'result',
      answers: sanitizeAnswers(P2),
      shared: true,
    });
  });

  it('round-trips every result and type: link → q → the same target', () => {
    fc.assert(
      fc.property(completeArb, (answers) => {
        const link = qrLink(BASE, { kind: 'result', answers });
        expect(link).toMatch(/^https:\/\/guide\.example\.com\/wxqr\/r\/2[0-9A-Za-z]{5}$/);
        expect(readScannedLink(BASE, encodeURIComponent(link))).toEqual({
          kind: 'result',
          answers: sanitizeAnswers(answers),
          code: link.slice(link.lastIndexOf('/') + 1),
          legacy: false,
        });
        expect(readLaunchEntry(scanned(link), BASE)).toMatchObject({
          kind: 'result',
          answers: sanitizeAnswers(answers),
          shared: true,
        });
      }),
    );
    for (const type of ACCOUNT_TYPE_IDS)
      expect(readLaunchEntry(scanned(qrLink(BASE, { kind: 'type', type })), BASE)).toEqual({ kind: 'type', type });
  });
});

describe('launch entry', () => {
  const damagedQ = { kind: 'damaged', source: 'q' };

  const cases: [string, Record<string, string>][] = [
    ["another site's link", scanned('https://evil.example.net/wxqr/r/2BI6N1')],
    ['the same path on http', scanned('http://guide.example.com/wxqr/r/2BI6N1')],
    ['a truncated link', scanned('https://guide.example.com/wxqr/r/2BI6')],
    ['a link cut inside the base', scanned('https://guide.example.com/wx')],
    ['the base alone', scanned(BASE)],
    ['a link encoded twice', { q: encodeURIComponent(encodeURIComponent(P2_LINK)) }],
    ['a huge q (100 KB)', { q: encodeURIComponent(`${P2_LINK}${'9'.repeat(100 * 1024)}`) }],
    ['a valid prefix with a tampered code', scanned('https://guide.example.com/wxqr/r/2BI6N2')],
    ['a tampered version-1 code', scanned('https://guide.example.com/wxqr/r/10qwdG')],
    ['a code of an unknown version', scanned('https://guide.example.com/wxqr/r/3BI6N1')],
    ['a valid code of an unfinished quiz', scanned(`${BASE}r/${encodeAnswers({ entity: 'media' })}`)],
    ['an unknown link kind', scanned(`${BASE}x/2BI6N1`)],
    ['an unknown type', scanned(`${BASE}t/weibo`)],
    ['an inherited property name as type', scanned(`${BASE}t/__proto__`)],
    ['an extra path segment', scanned(`${P2_LINK}/more`)],
    ['a query after the code', scanned(`${P2_LINK}?from=poster`)],
    ['a malformed % sequence', { q: '%E0%A4%A' }],
    ['a lone %', { q: '%' }],
  ];
  it.each(cases)('treats %s as damaged', (_name, query) => {
    expect(readLaunchEntry(query, BASE, { answers: 'a', type: 'type' })).toEqual(damagedQ);
  });

  it('treats any q as damaged while QR_LINK_BASE is unset or unusable', () => {
    for (const base of [null, undefined, 'http://guide.example.com/wxqr/', 'https://guide.example.com/wxqr']) {
      expect(readLaunchEntry(scanned(P2_LINK), base)).toEqual(damagedQ);
    }
  });

  it('carries the code it read and whether an earlier quiz wrote it, so links forward it unchanged', () => {
    expect(readLaunchEntry({ a: '10Ow4e' }, null, { answers: 'a' })).toMatchObject({
      kind: 'result',
      code: '10Ow4e',
      legacy: true,
    });
    const code = encodeAnswers(P2);
    expect(readLaunchEntry({ a: code }, null, { answers: 'a' })).toMatchObject({ code, legacy: false });
    expect(readLaunchEntry({ scene: `r=${code}` }, null, {})).toMatchObject({ code, legacy: false });
  });

  it('rejects q over its length cap before decoding', () => {
    expect(readScannedLink(BASE, `${P2_Q}${'A'.repeat(Q_MAX_LENGTH)}`)).toBeNull();
  });

  it('reads a share code, a scene and a type key, in that order after q', () => {
    const code = encodeAnswers(P2);
    const keys = { answers: 'a', own: 'own', type: 'type' };
    expect(readLaunchEntry({ a: code }, null, keys)).toMatchObject({
      kind: 'result',
      answers: sanitizeAnswers(P2),
      shared: true,
    });
    expect(readLaunchEntry({ a: code, own: '1' }, null, keys)).toMatchObject({
      kind: 'result',
      answers: sanitizeAnswers(P2),
      shared: false,
    });
    expect(readLaunchEntry({ scene: encodeURIComponent(`r=${code}`) }, null, keys)).toMatchObject({
      kind: 'result',
      answers: sanitizeAnswers(P2),
      shared: true,
    });
    expect(readLaunchEntry({ scene: 't=enterprise', type: 'service' }, null, keys)).toEqual({
      kind: 'type',
      type: 'enterprise',
    });
    expect(readLaunchEntry({ type: 'service' }, null, keys)).toEqual({ kind: 'type', type: 'service' });
    expect(readLaunchEntry({ ...scanned(`${BASE}t/subscription`), a: code, scene: 't=service' }, BASE, keys)).toEqual({
      kind: 'type',
      type: 'subscription',
    });
    expect(readLaunchEntry({}, BASE, keys)).toEqual({ kind: 'none' });
    expect(readLaunchEntry(undefined, BASE, keys)).toEqual({ kind: 'none' });
    expect(readLaunchEntry({ q: '', scene: '' }, BASE, keys)).toEqual({ kind: 'none' });
  });

  it('names where a damaged entry came from, and ignores keys the page does not read', () => {
    expect(readLaunchEntry({ a: '2BI6' }, null, { answers: 'a' })).toEqual({ kind: 'damaged', source: 'answers' });
    expect(readLaunchEntry({ a: '10qw' }, null, { answers: 'a' })).toEqual({ kind: 'damaged', source: 'answers' });
    expect(readLaunchEntry({ scene: 'r=ZZZ' }, null)).toEqual({ kind: 'damaged', source: 'scene' });
    expect(readLaunchEntry({ scene: `r=${encodeAnswers({ entity: 'media' })}` }, null)).toEqual({
      kind: 'damaged',
      source: 'scene',
    });
    expect(readLaunchEntry({ type: 'bank' }, null, { type: 'type' })).toEqual({ kind: 'damaged', source: 'type' });
    expect(readLaunchEntry({ a: 'junk', type: 'bank' }, null)).toEqual({ kind: 'none' });
  });

  it('never throws, whatever the query holds', () => {
    const value = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.webUrl().map(encodeURIComponent),
      fc.constantFrom(P2_Q, '%', '%%', `${P2_Q}%`),
      fc.anything(),
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('q', 'scene', 'a', 'own', 'type', 'scancode_time', '__proto__'), value),
        fc.constantFrom<unknown>(BASE, null, 'x'),
        (query, base) => {
          const entry = readLaunchEntry(query, base, { answers: 'a', own: 'own', type: 'type' });
          expect(['result', 'type', 'damaged', 'none']).toContain(entry.kind);
        },
      ),
    );
  });

  it('opens nothing but our own links, even when arbitrary text follows the base', () => {
    fc.assert(
      fc.property(fc.string(), (rest) => {
        const entry = readLaunchEntry(scanned(BASE + rest), BASE);
        if (entry.kind === 'result') {
          // r/ and a share code of those answers: the current version's (as qrLink writes) or an earlier one's.
          expect(rest).toMatch(/^r\/[0-9A-Za-z]{6}$/);
          const decoded = decodeAnswers(rest.slice(2));
          expect(decoded.ok && decoded.answers).toEqual(entry.answers);
        } else if (entry.kind === 'type') expect(BASE + rest).toBe(`${BASE}t/${entry.type}`);
        else expect(entry).toEqual(damagedQ);
      }),
    );
  });
});
