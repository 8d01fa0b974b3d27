import fc from 'fast-check';
import { readLaunchEntry } from '../../miniprogram/domain/links/launch-entry';
import { qrLink, qrLinkOfCode } from '../../miniprogram/domain/links/qr-link';
import { encodeAnswers } from '../../miniprogram/domain/links/share-codec';
import { getAccountDetail } from '../../miniprogram/domain/guide-views/account-page';
import { t } from '../helpers/strings';
import { isComplete } from '../../miniprogram/domain/quiz/questionnaire';
import { resultLoadData } from '../../miniprogram/domain/result-views/result-view';
import { recommend } from '../../miniprogram/domain/recommendation/recommender';
import { ACCOUNT_TYPE_IDS } from '../../miniprogram/domain/account-types';
import { readAddress, WebConfig, webPage, WebPage } from '../../web/page-model';
import { w } from '../../web/strings';
import { answersArb } from '../domain/answers-arbitrary';
import { PERSONAS } from '../domain/personas';

const BASE = 'https://example.com/wxqr/';
const APPID = 'wx0123456789abcdef';
const CONFIG: WebConfig = { base: BASE, appid: APPID, envVersion: 'release' };
const pathOf = (link: string): string => new URL(link).pathname;
const scheme = (path: string, query: string): string =>
  `weixin://dl/business/?appid=${APPID}&path=${path}${query ? `&query=${encodeURIComponent(query)}` : ''}`;

function body<K extends WebPage['body']['kind']>(page: WebPage, kind: K): Extract<WebPage['body'], { kind: K }> {
  expect(page.body.kind).toBe(kind);
  return page.body as Extract<WebPage['body'], { kind: K }>;
}

describe('the web page shows what the mini program shows, from the same domain code', () => {
  it('a result link: the result page view of the same answers (setup, score, reasons, blockers), for any answers', () => {
    fc.assert(
      fc.property(answersArb.filter(isComplete), fc.constantFrom('zh' as const, 'en' as const), (answers, lang) => {
        const link = qrLink(BASE, { kind: 'result', answers });
        const page = webPage(CONFIG, pathOf(link), lang);
        const result = body(page, 'result');
        // What the mini program's result page renders for the same scanned link.
        expect(result.view).toEqual(resultLoadData(recommend(answers), answers, lang, true).view);
        expect(page.open.scheme).toBe(scheme('pages/result/result', `a=${encodeAnswers(answers)}`));
      }),
      { numRuns: 60 },
    );
  });

  it.each(Object.entries(PERSONAS))(
    'persona %s: setup headline and score as the mini program shows them',
    (_n, answers) => {
      const code = encodeAnswers(answers);
      const page = webPage(CONFIG, `/wxqr/r/${code}`, 'zh');
      const mp = resultLoadData(recommend(answers), answers, 'zh', true).view;
      const result = body(page, 'result');
      expect(result.view.setup.headline).toBe(mp.setup.headline);
      expect(result.view.top?.score).toBe(mp.top?.score);
    },
  );

  it('a result carries its plan summary and the web link of the whole plan', () => {
    const page = webPage(CONFIG, '/wxqr/r/10uiKQ', 'zh');
    const result = body(page, 'result');
    expect(result.legacy).toBe(true);
    expect(result.ui.legacy).toBe(t('result.legacy', 'zh'));
    expect(result.plan?.href).toBe(pathOf(qrLinkOfCode(BASE, 'plan', '10uiKQ')));
    expect(result.plan?.summary.time.t).toMatch(/工作日/);
  });

  it('a plan link: every step of the plan, read-only', () => {
    const page = webPage(CONFIG, '/wxqr/p/10uiKQ', 'en');
    const plan = body(page, 'plan');
    expect(plan.data.shared).toBe(true);
    expect(plan.data.groups.length).toBeGreaterThan(0);
    for (const g of plan.data.groups)
      expect(g.hint).toBe(`${g.steps.length} ${g.steps.length === 1 ? 'step' : 'steps'}`);
    expect(page.open.scheme).toBe(scheme('pages/plan/plan', 'a=10uiKQ'));
  });

  it.each(ACCOUNT_TYPE_IDS)('a type link (t/%s): the type page, opening pages/account/account', (type) => {
    const page = webPage(CONFIG, `/wxqr/t/${type}`, 'zh');
    expect(body(page, 'type').detail).toEqual(getAccountDetail(type, 'zh'));
    expect(page.open.scheme).toBe(scheme('pages/account/account', `type=${type}`));
  });

  it('the folder itself is the front page: the four types, no notice', () => {
    for (const p of ['/wxqr/', '/wxqr/index.html', '/wxqr/404.html']) {
      const home = body(webPage(CONFIG, p, 'zh'), 'home');
      expect(home.notice).toBe('');
      expect(home.cards.map((c) => c.href)).toEqual(ACCOUNT_TYPE_IDS.map((id) => `/wxqr/t/${id}`));
    }
    expect(webPage(CONFIG, '/wxqr/', 'zh').open.scheme).toBe(scheme('pages/home/home', ''));
  });
});

describe('damaged links get the notice the mini program gives, over a usable page', () => {
  it.each([
    ['r/10uiKX', 'result.damaged'],
    ['r/', 'result.damaged'],
    ['p/10ui', 'plan.damaged'],
    ['t/wechat', 'notice.damagedLinkTypes'],
    ['x/10uiKQ', 'notice.damagedLink'],
    ['r/10uiKQ/extra', 'result.damaged'],
    ['r/10uiKQ/', 'result.damaged'],
    ['nothing', 'notice.damagedLink'],
  ] as const)('%s → %s', (rest, key) => {
    const page = webPage(CONFIG, `/wxqr/${rest}`, 'zh');
    expect(body(page, 'home').notice).toBe(t(key, 'zh'));
    expect(page.open.scheme).toBe(scheme('pages/home/home', ''));
  });

  it('any tampered result code (one character changed) is damaged or another valid code, never a crash', () => {
    fc.assert(
      fc.property(
        answersArb.filter(isComplete),
        fc.nat(5),
        fc.string({ minLength: 1, maxLength: 1 }),
        (answers, at, ch) => {
          const code = encodeAnswers(answers);
          const tampered = code.slice(0, at) + ch + code.slice(at + 1);
          const page = webPage(CONFIG, `/wxqr/r/${encodeURIComponent(tampered)}`, 'zh');
          const entry = readLaunchEntry({ q: encodeURIComponent(`${BASE}r/${encodeURIComponent(tampered)}`) }, BASE);
          expect(page.body.kind).toBe(entry.kind === 'result' ? 'result' : 'home');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a plan of answers with no account to open (a path) says so, as the plan page does', () => {
    // An individual who wants to sell: 个体工商户 → 微信小店, no launch plan.
    const page = webPage(CONFIG, `/wxqr/p/${encodeAnswers({ ...PERSONAS.P1, goals: ['sell'], payment: 'yes' })}`, 'zh');
    expect(body(page, 'notice').message).toBe(t('plan.path', 'zh'));
  });
});

describe('reading the address', () => {
  it('under the base path: the rest after it', () => {
    expect(readAddress(BASE, '/wxqr/r/10uiKQ')).toEqual({ link: `${BASE}r/10uiKQ`, root: '/wxqr/', rest: 'r/10uiKQ' });
  });

  it('served under another path (a trial host): the kind and value are the last two segments', () => {
    expect(readAddress(BASE, '/trial/site/r/10uiKQ')).toEqual({
      link: `${BASE}r/10uiKQ`,
      root: '/trial/site/',
      rest: 'r/10uiKQ',
    });
    expect(readAddress(BASE, '/trial/')).toEqual({ link: BASE, root: '/trial/', rest: '' });
    expect(body(webPage(CONFIG, '/trial/t/service', 'zh'), 'type').detail.id).toBe('service');
  });
});

describe('open in WeChat', () => {
  it('without an appid the page says how to get there instead of offering a button', () => {
    const page = webPage({ ...CONFIG, appid: null }, '/wxqr/r/10uiKQ', 'zh');
    expect(page.open).toEqual({ scheme: null, label: w('web.open', 'zh'), note: w('web.noScheme', 'zh') });
  });

  it("inside WeChat's own browser (no documented plaintext scheme there) it explains the long-press instead", () => {
    const ua = 'Mozilla/5.0 (iPhone) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0.50';
    const page = webPage(CONFIG, '/wxqr/r/10uiKQ', 'en', ua);
    expect(page.open.scheme).toBeNull();
    expect(page.open.note).toBe(w('web.inWechat', 'en'));
  });

  it('a trial version is opened with env_version', () => {
    const page = webPage({ ...CONFIG, envVersion: 'trial' }, '/wxqr/t/service', 'zh');
    expect(page.open.scheme).toBe(`${scheme('pages/account/account', 'type=service')}&env_version=trial`);
  });

  it('an unusable base builds nothing but the front page', () => {
    const page = webPage({ ...CONFIG, base: 'ftp://example.com/' }, '/wxqr/r/10uiKQ', 'zh');
    expect(page.body.kind).toBe('home');
  });
});

describe('English', () => {
  it('is in the one bundle from the start: the facts and reasons the mini program downloads apart', () => {
    // A fresh copy of the page model and the domain, without the English test/setup.ts adds for the other tests.
    let fresh: typeof import('../../web/page-model') | undefined;
    jest.isolateModules(() => {
      fresh = jest.requireActual<typeof import('../../web/page-model')>('../../web/page-model');
    });
    const code = encodeAnswers(PERSONAS.P9);
    const result = JSON.stringify(fresh!.webPage(CONFIG, `/wxqr/r/${code}`, 'en').body);
    const type = JSON.stringify(fresh!.webPage(CONFIG, '/wxqr/t/miniprogram', 'en').body);
    // Chinese stays only in brackets after its English (如 服务商), never as the text itself.
    const unbracketed = (json: string) => json.replace(/[（(][^）)]*[）)]/g, '');
    expect(unbracketed(result)).not.toMatch(/[\u4e00-\u9fff]{4,}/);
    expect(unbracketed(type)).not.toMatch(/[\u4e00-\u9fff]{4,}/);
  });
});
