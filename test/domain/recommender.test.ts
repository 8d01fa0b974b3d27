import { reasonWords } from '../../miniprogram/domain/result-views/reason-words';
import { pick } from '../../miniprogram/domain/text';
import fc from 'fast-check';
import { ACCOUNT_TYPE_IDS } from '../../miniprogram/domain/account-types';
import { forEachCompleteAnswers } from '../../miniprogram/domain/quiz/answer-space';
import { Answers, OPTION_IDS, QUESTION_IDS } from '../../miniprogram/domain/quiz/questionnaire';
import { recommend, scoreFromPoints } from '../../miniprogram/domain/recommendation/recommender';
import { Recommendation } from '../../miniprogram/domain/recommendation/types';
import { RULES } from '../../miniprogram/domain/recommendation/rules/all';
import { ruleId } from '../../miniprogram/domain/recommendation/rules/rule';
import { resultView, shareTitle } from '../../miniprogram/domain/result-views/result-view';
import { ALL_ROWS } from '../../scripts/lib/all-rows';
import { answersArb, looseAnswersArb } from './answers-arbitrary';
import { statesReportedFigure } from '../helpers/reported-figures';
import { PERSONAS } from './personas';

/** Every structural promise of a recommendation; returns the broken ones (empty = fine). */
function problems(a: Answers, rec: Recommendation): string[] {
  const out: string[] = [];
  const types = rec.ranked.map((f) => f.type);
  if (types.length !== 4 || new Set(types).size !== 4) out.push('ranked is not the four types once each');
  const firstBlocked = rec.ranked.findIndex((f) => f.blocked);
  if (firstBlocked !== -1 && rec.ranked.slice(firstBlocked).some((f) => !f.blocked))
    out.push('open type after a blocked one');
  rec.ranked.forEach((f, i) => {
    if (!Number.isInteger(f.score) || f.score < 0 || f.score > 100) out.push(`${f.type} score ${f.score}`);
    if (f.blocked && f.score > 10) out.push(`blocked ${f.type} scores ${f.score}`);
    if (f.blocked !== f.blockers.length > 0) out.push(`${f.type} blocked without blockers`);
    const next = rec.ranked[i + 1];
    if (next && next.blocked === f.blocked && next.score > f.score) out.push('not sorted by score');
    for (const r of [...f.reasons, ...f.blockers, ...f.cautions]) {
      const chosen = a[r.questionId];
      const matches = Array.isArray(chosen) ? (chosen as string[]).includes(r.optionId) : chosen === r.optionId;
      if (!OPTION_IDS[r.questionId]?.includes(r.optionId) || !matches)
        out.push(`reason ${r.id} does not match the answers`);
    }
  });
  const fitOf = (t: string | null) => rec.ranked.find((f) => f.type === t);
  if (rec.top !== null && (fitOf(rec.top)?.blocked || rec.ranked[0].type !== rec.top))
    out.push('top is not the best open type');
  if (
    rec.runnerUp !== null &&
    (fitOf(rec.runnerUp)?.blocked || rec.runnerUp === rec.top || rec.ranked[1].type !== rec.runnerUp)
  ) {
    out.push('bad runner-up');
  }
  if (rec.top === null && rec.runnerUp !== null) out.push('runner-up without top');
  if (rec.noGoodFit !== (a.native === 'yes')) out.push('noGoodFit flag');
  for (const c of rec.combinations)
    if (c.types.some((t) => fitOf(t)?.blocked)) out.push('combination with a blocked type');
  return out;
}

describe('recommend', () => {
  it('gives a neutral, unblocked, undecided result for no answers', () => {
    const rec = recommend({});
    expect(rec.ranked.map((f) => f.type)).toEqual([...ACCOUNT_TYPE_IDS]);
    expect(
      rec.ranked.every((f) => f.score === 50 && !f.blocked && f.reasons.length === 0 && f.cautions.length === 0),
    ).toBe(true);
    expect([rec.top, rec.runnerUp, rec.noGoodFit]).toEqual([null, null, false]);
    expect(rec.combinations).toEqual([]);
    expect(rec.notes).toEqual([]);
    expect(rec.nextSteps).toEqual([]);
  });

  it('holds every promise across the whole space of complete answers (the trade, which no rule reads, skipped)', () => {
    const broken = new Map<string, Answers>();
    let decided = 0;
    const n = forEachCompleteAnswers(
      (a) => {
        const rec = recommend(a);
        const found = problems(a, rec);
        if (rec.top === null && !rec.noGoodFit) found.push('no pick for complete answers');
        const individual = a.entity === 'individual';
        for (const t of ['service', 'enterprise'] as const) {
          if (rec.ranked.find((f) => f.type === t)?.blocked !== individual) found.push(`${t} blocked iff individual`);
        }
        if (rec.ranked.some((f) => (f.type === 'subscription' || f.type === 'miniprogram') && f.blocked))
          found.push('open-to-all type blocked');
        if (rec.setup.kind === 'setup')
          for (const part of rec.setup.parts)
            if (rec.ranked.find((f) => f.type === part.type)?.blocked) found.push('a blocked type in the setup');
        if (individual && (a.goals ?? []).includes('sell') && rec.setup.kind === 'setup')
          if (rec.setup.unreached.length === 0) found.push('an individual who sells is not told Pay is out of reach');
        for (const p of found) if (!broken.has(p)) broken.set(p, a);
        if (rec.top !== null) decided++;
      },
      { trade: undefined },
    );
    expect(n).toBe(7 * 31 * 4 * 3 * 3 * 4 * 4 * 3);
    expect(Object.fromEntries(broken)).toEqual({});
    expect(decided).toBe((n * 2) / 3); // all but the native = yes third
  });

  it('reads no trade in any rule: the trade names licences, it scores nothing', () => {
    expect(RULES.filter((r) => r.questionId === 'trade')).toEqual([]);
  });

  it('holds the same promises for partial answers', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        expect(problems(a, recommend(a))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('is deterministic and leaves its input alone', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const before = JSON.stringify(a);
        expect(recommend(a)).toEqual(recommend(a));
        expect(JSON.stringify(a)).toBe(before);
      }),
    );
  });

  it('survives junk input by ignoring it', () => {
    fc.assert(
      fc.property(fc.oneof(looseAnswersArb, fc.anything()), (x) => {
        const rec = recommend(x as Answers);
        expect(rec.ranked).toHaveLength(4);
      }),
    );
  });

  it('never lets an individual open a service account or WeCom', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const rec = recommend({ ...a, entity: 'individual' });
        expect(
          rec.ranked
            .filter((f) => f.blocked)
            .map((f) => f.type)
            .sort(),
        ).toEqual(['enterprise', 'service']);
        expect(['service', 'enterprise']).not.toContain(rec.top);
      }),
    );
  });

  it('maps raw points onto 1..99 around a neutral 50, keeping their order', () => {
    expect(scoreFromPoints(0)).toBe(50);
    expect(scoreFromPoints(1e6)).toBe(99);
    expect(scoreFromPoints(-1e6)).toBe(1);
    fc.assert(
      fc.property(fc.integer({ min: -500, max: 500 }), fc.integer({ min: -500, max: 500 }), (x, y) =>
        x > y ? scoreFromPoints(x) >= scoreFromPoints(y) : true,
      ),
    );
  });

  it('explains scores: a type scores by the points of its reasons', () => {
    const rec = recommend(PERSONAS.P2);
    for (const f of rec.ranked) expect(f.score).toBe(scoreFromPoints(f.reasons.reduce((s, r) => s + r.points, 0)));
  });
});

describe('rules table', () => {
  it('has unique ids built from existing questions and options', () => {
    const ids = RULES.map(ruleId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(QUESTION_IDS).toContain(r.questionId);
      expect(OPTION_IDS[r.questionId]).toContain(r.optionId);
    }
  });

  it('cites only CONTENT.md rows and speaks both languages', () => {
    const ids = ALL_ROWS.map((row) => row.id);
    for (const r of RULES) {
      expect(r.factIds.length).toBeGreaterThan(0);
      for (const id of r.factIds) expect(ids).toContain(id);
      expect(reasonWords(r).zh.trim()).not.toBe('');
      expect(pick(reasonWords(r), 'en').trim()).not.toBe('');
    }
  });

  it('marks a reason reported exactly when it states a figure its rows give only as reported', () => {
    const wrong = RULES.filter(
      (r) => statesReportedFigure(pick(reasonWords(r), 'en'), r.factIds) !== (r.mark === 'reported'),
    ).map(ruleId);
    expect(wrong).toEqual([]);
  });

  it('gives points only to plus and minus rules', () => {
    for (const r of RULES) expect(r.points > 0).toBe(r.effect === 'plus' || r.effect === 'minus');
  });

  it('keeps WeChat Pay away from subscription accounts (sub.functions)', () => {
    const rec = recommend({ entity: 'enterprise', goals: ['sell'], payment: 'yes' });
    const sub = rec.ranked.find((f) => f.type === 'subscription');
    expect(sub?.reasons.filter((r) => r.factIds.includes('sub.functions')).map((r) => r.polarity)).toEqual(['minus']);
    expect(rec.ranked.map((f) => f.type).indexOf('subscription')).toBe(3);
  });

  it('warns about choices that cannot be undone', () => {
    const rec = recommend({ entity: 'enterprise', payment: 'later' });
    const cautionFacts = (t: string) => rec.ranked.find((f) => f.type === t)?.cautions.flatMap((c) => c.factIds) ?? [];
    expect(cautionFacts('service')).toEqual(expect.arrayContaining(['svc.irreversible', 'who.entities']));
    expect(cautionFacts('enterprise')).toContain('ent.irreversible');
    expect(cautionFacts('subscription')).toContain('sub.upgrade');
    expect(
      recommend({ entity: 'media', certify: 'unsure' })
        .ranked.find((f) => f.type === 'service')
        ?.cautions.flatMap((c) => c.factIds),
    ).toContain('cert.fee');
  });
});

describe('resultView and shareTitle', () => {
  it('flattens a result into localized lines, featuring the main part of the setup and the best type it leaves out', () => {
    const rec = recommend(PERSONAS.P2);
    const zh = resultView(rec, 'zh', PERSONAS.P2);
    const mp = rec.ranked.find((f) => f.type === 'miniprogram')!;
    expect(zh.setup).toMatchObject({ kind: 'setup', headline: '小程序（自己开发） + 服务号（发通知）' });
    expect(zh.setup.parts.map((p) => [p.type, p.how])).toEqual([
      ['miniprogram', '负责：服务客户'],
      ['service', '负责：服务客户'],
    ]);
    expect(zh.top).toMatchObject({ type: 'miniprogram', name: '小程序', score: mp.score });
    expect(zh.top?.drives).toMatch(/^满分 100，50 为中性：\d+ 条理由加分，\d+ 条减分$/);
    expect(zh.top?.reasons.length).toBeGreaterThan(0);
    expect(zh.runnerUp?.type).not.toBe('service');
    expect(zh.others.every((o) => o.why.t !== '')).toBe(true);
    expect(zh.cautions.length).toBeGreaterThan(0);
    expect(new Set(zh.cautions.map((c) => c.t)).size).toBe(zh.cautions.length);
    const en = resultView(rec, 'en', PERSONAS.P2);
    expect(en.top?.name).toBe('Mini program');
    expect(en.setup.headline).toBe('Mini program (built by your developers) + Service account (for notices)');
  });

  it('lists blockers not already shown as a why-not, and keeps the view of no answers empty', () => {
    const view = resultView(recommend(PERSONAS.P5), 'en');
    expect(view.others.filter((o) => o.blocked).map((o) => o.type)).toEqual(['service', 'enterprise']);
    expect(view.blockers.map((b) => b.name)).toEqual(['Service account']);
    const empty = resultView(recommend({}), 'zh');
    expect(empty.top).toBeNull();
    expect(empty.setup).toMatchObject({ kind: 'none', headline: '' });
    expect(empty.others.map((o) => [o.score, o.why.t])).toEqual([
      [50, ''],
      [50, ''],
      [50, ''],
      [50, ''],
    ]);
    expect(empty.blockers).toEqual([]);
  });

  it('names the setup (or the path) in the share title', () => {
    const title = (a: Answers, lang: 'zh' | 'en') => shareTitle(resultView(recommend(a), lang, a), lang);
    expect(title(PERSONAS.P2, 'zh')).toBe('我的微信方案：小程序（自己开发） + 服务号（发通知）');
    expect(title(PERSONAS.P1, 'en')).toBe('My WeChat setup: Official account (formerly subscription account)');
    expect(title(PERSONAS.P5, 'zh')).toBe(
      '我的微信方案：先注册个体工商户，再开微信小店（不用小程序），用公众号或视频号推广',
    );
    expect(title(PERSONAS.P8, 'zh')).toBe('我的需求可能更适合原生 App');
    expect(title({}, 'en')).toBe('Which WeChat account fits you? A one-minute quiz');
  });

  it('says each reason once: two answers with one cause give one reason, counted once, naming both', () => {
    const both = recommend({ ...PERSONAS.P2, goals: ['sell', 'service'] });
    const service = both.ranked.find((f) => f.type === 'service')!;
    const pay = service.reasons.filter((r) => r.factIds.join() === 'svc.pay');
    expect(pay).toHaveLength(1);
    expect(pay[0].alsoFrom).toEqual([{ questionId: 'payment', optionId: 'yes' }]);
    // The mini program, featured, says its Pay reason once and names both answers.
    const top = resultView(both, 'zh').top!;
    expect(top.type).toBe('miniprogram');
    expect(top.reasons.filter((r) => r.t.includes('微信支付'))).toEqual([
      {
        t: '你想卖东西收款：非个人主体认证后的小程序可以接入微信支付，做完整的下单流程。（也因为你答了：要在微信里收款吗：需要）',
        m: '',
      },
    ]);
    // Selling adds no second Pay reason to the service account, so no points either: the cause counts once.
    const raw = (answers: Answers) =>
      recommend(answers)
        .ranked.find((f) => f.type === 'service')!
        .reasons.reduce((n, r) => n + r.points, 0);
    expect(raw({ ...PERSONAS.P2, goals: ['sell', 'service'] })).toBe(raw(PERSONAS.P2));
  });
});

describe('recommend, pinned on the CONTENT.md personas', () => {
  const summary = (rec: Recommendation) => rec.ranked.map((f) => [f.type, f.score, f.blocked]);
  const reasonIds = (rec: Recommendation, type: string) =>
    rec.ranked.find((f) => f.type === type)?.reasons.map((r) => `${r.id}:${r.points}`);

  it('P2 bank: each type its score, reasons strongest first, equal weights in questionnaire order', () => {
    const rec = recommend(PERSONAS.P2);
    expect([rec.top, rec.runnerUp, rec.noGoodFit]).toEqual(['service', 'miniprogram', false]);
    expect(summary(rec)).toEqual([
      ['service', 79, false],
      ['miniprogram', 72, false],
      ['enterprise', 36, false],
      ['subscription', 28, false],
    ]);
    expect(reasonIds(rec, 'service')).toEqual([
      'goals.service.service:25',
      'payment.yes.service:15',
      'frequency.few_monthly.service:10',
      'entity.enterprise.service:5',
      'audience.public.service:5',
      'build.own.service:5',
      'certify.yes.service:5',
    ]);
    expect(reasonIds(rec, 'enterprise')).toEqual([
      'audience.public.enterprise:-20',
      'entity.enterprise.enterprise:5',
      'goals.service.enterprise:-5',
    ]);
    expect(reasonIds(rec, 'subscription')).toEqual([
      'payment.yes.subscription:-30',
      'goals.service.subscription:-5',
      'frequency.few_monthly.subscription:-5',
    ]);
    const service = rec.ranked[0];
    expect(service.reasons.every((r) => r.polarity === 'plus')).toBe(true);
    expect(rec.ranked[2].reasons.map((r) => r.polarity)).toEqual(['minus', 'plus', 'minus']);
    // Cautions weigh nothing and count against nothing.
    expect(service.cautions.map((c) => [c.id, c.points, c.polarity])).toEqual([
      ['entity.enterprise.service.irreversible', 0, 'minus'],
      ['entity.enterprise.service.fixed', 0, 'minus'],
      ['payment.yes.service.certify', 0, 'minus'],
      ['certify.yes.service.fee', 0, 'minus'],
    ]);
    expect(service.blockers).toEqual([]);
  });

  it('P5 individual seller: service account and WeCom blocked, scored 0 and ranked last, each with its blockers', () => {
    const rec = recommend(PERSONAS.P5);
    expect([rec.top, rec.runnerUp]).toEqual(['subscription', 'miniprogram']);
    expect(summary(rec)).toEqual([
      ['subscription', 33, false],
      ['miniprogram', 31, false],
      ['service', 0, true],
      ['enterprise', 0, true],
    ]);
    expect(reasonIds(rec, 'subscription')).toEqual([
      'payment.yes.subscription.individual:-30',
      'entity.individual.subscription:10',
      'frequency.rarely.subscription:-5',
    ]);
    expect(reasonIds(rec, 'miniprogram')).toEqual([
      'payment.yes.miniprogram.individual:-20',
      'build.unsure.miniprogram:-20',
      'goals.sell.miniprogram.individual:10',
    ]);
    // A blocked type keeps the reasons it would have had; its blockers weigh nothing.
    expect(reasonIds(rec, 'service')).toEqual(['frequency.rarely.service:5', 'audience.public.service:5']);
    expect(rec.ranked[2].blockers.map((b) => [b.id, b.points, b.polarity])).toEqual([
      ['entity.individual.service', 0, 'minus'],
      ['payment.yes.service.individual', 0, 'minus'],
    ]);
    expect(rec.ranked[3].blockers.map((b) => b.id)).toEqual(['entity.individual.enterprise']);
    expect(rec.ranked[2].cautions).toEqual([]);
  });

  it('shares one frozen reason per rule between results; a mark only where the rule has one', () => {
    const a = recommend(PERSONAS.P2).ranked[1];
    const b = recommend({ ...PERSONAS.P2, frequency: 'daily' }).ranked.find((f) => f.type === 'miniprogram')!;
    expect(b.reasons[0]).toBe(a.reasons[0]);
    for (const r of [...a.reasons, ...a.cautions]) {
      expect(Object.isFrozen(r)).toBe(true);
      expect(Object.isFrozen(r.factIds)).toBe(true);
    }
    expect(a.cautions.map((c) => [c.id, 'mark' in c ? c.mark : 'none'])).toEqual([
      ['entity.enterprise.miniprogram.fixed', 'none'],
      ['entity.enterprise.miniprogram.launch', 'reported'],
      ['payment.yes.miniprogram.shipping', 'none'],
    ]);
  });

  it('maps raw points by 50 + 50·raw / (|raw| + 50), rounded, kept within 1..99', () => {
    expect([-1e6, -150, -50, -10, -1, 0, 1, 10, 25, 50, 150, 1e6].map(scoreFromPoints)).toEqual([
      1, 13, 25, 42, 49, 50, 51, 58, 67, 75, 88, 99,
    ]);
  });
});

describe('recommend, where answers leave types level', () => {
  it('keeps untouched types in the order of ACCOUNT_TYPE_IDS', () => {
    expect(recommend({}).ranked.map((f) => [f.type, f.score])).toEqual([
      ['service', 50],
      ['subscription', 50],
      ['enterprise', 50],
      ['miniprogram', 50],
    ]);
    expect(recommend({}).top).toBeNull();
  });

  it('picks once one answer has touched an open type, even if another open type is untouched', () => {
    const rec = recommend({ entity: 'individual' });
    expect(rec.ranked.map((f) => [f.type, f.score, f.reasons.length, f.blocked])).toEqual([
      ['subscription', 58, 1, false],
      ['miniprogram', 50, 0, false],
      ['service', 0, 0, true],
      ['enterprise', 0, 0, true],
    ]);
    expect([rec.top, rec.runnerUp]).toEqual(['subscription', 'miniprogram']);
  });
});
