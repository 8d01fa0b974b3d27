import fc from 'fast-check';
import { encodeAnswers } from '../../miniprogram/domain/links/share-codec';
import { ACCOUNT_TYPE_IDS, AccountTypeId } from '../../miniprogram/domain/account-types';
import { ALL_STEPS } from '../../scripts/lib/all-rows';
import { getRow, getStep } from '../../miniprogram/domain/library/rows';
import { rowParts } from '../../scripts/lib/row-parts';
import {
  Applicant,
  buildPlan,
  launchPlan,
  LaunchPlan,
  OVERLAPPING,
  PLAN_STEPS,
  typePlan,
} from '../../miniprogram/domain/library/plan/launch-plan';
import { planPageData, prepareList } from '../../miniprogram/domain/library/plan/plan-view';
import { STEP_FIGURES } from '../../miniprogram/domain/library/plan/step-figures';
import { ENTITY_IDS, QUESTIONS } from '../../miniprogram/domain/quiz/questionnaire';
import { recommend } from '../../miniprogram/domain/recommendation/recommender';
import { answersArb } from './answers-arbitrary';
import { PERSONAS } from './personas';
import { pick } from '../../miniprogram/domain/text';

const completeArb = answersArb.filter((a) => QUESTIONS.every((q) => q.optional || a[q.id] !== undefined));
const ids = (plan: LaunchPlan | null) => plan?.steps.map((s) => s.id + (s.optional ? '?' : ''));

/** The plan's time, summed again independently: sequential steps add up, lp.mp.3–5 count as their longest. */
function expectedDays(plan: LaunchPlan): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const type of plan.types) {
    const own = plan.steps.filter((s) => s.type === type && s.days);
    const overlap = own.filter((s) => OVERLAPPING.includes(s.id));
    const rest = own.filter((s) => !OVERLAPPING.includes(s.id));
    min +=
      rest.reduce((n, s) => n + (s.optional ? 0 : s.days!.min), 0) +
      Math.max(0, ...overlap.map((s) => (s.optional ? 0 : s.days!.min)));
    max += rest.reduce((n, s) => n + s.days!.max, 0) + Math.max(0, ...overlap.map((s) => s.days!.max));
  }
  return { min, max };
}

describe('launch-plan figures', () => {
  it('cover every launch step, each figure read off the words of its row (or the rows it names)', () => {
    expect(Object.keys(STEP_FIGURES).sort()).toEqual(ALL_STEPS.map((s) => s.id).sort());
    for (const step of ALL_STEPS) {
      const figures = STEP_FIGURES[step.id];
      const time = step.time.map((p) => pick(p, 'en')).join(' ');
      if (figures.days) {
        // A time "as lp.mp.4" reads the words of that row's time.
        const timeParts = [...step.time, ...(figures.days.also ?? []).flatMap((id) => getStep(id)!.time)];
        const timeText = timeParts.map((p) => pick(p, 'en')).join(' | ');
        for (const words of figures.days.from)
          expect({ id: step.id, words, found: timeText.includes(words) }).toEqual({ id: step.id, words, found: true });
        // Reported exactly when one of the words it reads stands in a reported part.
        const fromReported = figures.days.from.some((words) =>
          timeParts.some((p) => pick(p, 'en').includes(words) && p.mark === 'reported'),
        );
        expect({ id: step.id, reported: figures.days.reported }).toEqual({ id: step.id, reported: fromReported });
      } else {
        expect({ id: step.id, time }).toEqual({ id: step.id, time: expect.not.stringMatching(/\d+–\d+/) });
      }
      for (const entity of [undefined, ...ENTITY_IDS]) {
        const fee = figures.fee(entity);
        if (!fee) continue;
        const rows = [step, ...(fee.also ?? []).map((id) => getRow(id)!)];
        const text = rows
          .map((r) =>
            rowParts(r)
              .map((p) => pick(p, 'en'))
              .join(' '),
          )
          .join(' | ');
        for (const words of fee.from)
          expect({ id: step.id, entity, words, found: text.includes(words) }).toEqual({
            id: step.id,
            entity,
            words,
            found: true,
          });
        const parts = [...step.fee, ...(fee.also ?? []).flatMap((id) => rowParts(getRow(id)!))];
        const fromReported = fee.from.some((words) =>
          parts.some((p) => pick(p, 'en').includes(words) && p.mark === 'reported'),
        );
        expect({ id: step.id, entity, reported: fee.reported }).toEqual({
          id: step.id,
          entity,
          reported: fromReported,
        });
        expect(fee.min).toBeLessThanOrEqual(fee.max);
      }
    }
  });

  it('reads "none found" as "no platform fee", 0 CNY, never as free', () => {
    const noPlatformFee = ALL_STEPS.filter((step) => step.fee.some((p) => pick(p, 'en') === 'no platform fee'));
    expect(noPlatformFee.length).toBeGreaterThan(5);
    for (const step of noPlatformFee)
      expect({ id: step.id, fee: STEP_FIGURES[step.id].fee('enterprise') }).toEqual({
        id: step.id,
        fee: expect.objectContaining({ min: 0, max: 0, from: ['no platform fee'], reported: false }),
      });
    for (const step of ALL_STEPS)
      expect({ id: step.id, free: step.fee.some((p) => /\bfree\b|免费/.test(pick(p, 'en') + p.zh)) }).toEqual({
        id: step.id,
        free: ['lp.sub.4', 'lp.ent.1'].includes(step.id),
      });
  });

  it('counts no development cost as 0: the development step is listed beside the total', () => {
    expect(STEP_FIGURES['lp.mp.5'].fee('enterprise')).toBeNull();
    expect(typePlan('miniprogram').fees.unpriced).toContain('lp.mp.5');
  });

  it('offers a mini program in both routes, the provider route by its own steps and ticks', () => {
    const provider = typePlan('miniprogram', 'provider');
    expect(provider.key).toBe('type.miniprogram.provider');
    expect(provider.route).toBe('provider');
    expect(provider.steps.map((s) => s.id)).toEqual([
      'lp.prov.1',
      'lp.prov.2',
      'lp.prov.3',
      'lp.prov.4',
      'lp.prov.5',
      'lp.prov.6',
    ]);
    expect(provider.steps.find((s) => s.id === 'lp.prov.5')?.optional).toBe(true);
    expect(provider.fees).toMatchObject({ min: 2000, reported: true });
    expect(typePlan('miniprogram').steps.some((s) => s.id.startsWith('lp.prov.'))).toBe(false);
    expect(typePlan('service', 'provider')).toEqual(typePlan('service'));
  });
});

describe('launchPlan for the CONTENT.md personas', () => {
  it("P2 bank: the mini program's steps (its licence first, the merchant number once), then the service account's; 600 CNY as two parts", () => {
    const plan = launchPlan(PERSONAS.P2, recommend)!;
    expect([plan.types, plan.route]).toEqual([['miniprogram', 'service'], 'self']);
    expect(ids(plan)).toEqual([
      'lp.prov.1',
      'lp.mp.1',
      'lp.mp.2',
      'lp.mp.3',
      'lp.mp.4',
      'lp.mp.5',
      'lp.mp.6',
      'lp.svc.4',
      'lp.mp.7',
      'lp.svc.1',
      'lp.svc.2',
      'lp.svc.3',
      'lp.svc.5',
      'lp.svc.6',
    ]);
    expect(plan.skipped).toEqual([]);
    // Two certifications: a mini program no longer reuses an official account's (cert.mp, reported).
    expect(plan.fees).toEqual({ min: 600, max: 600, reported: false, unpriced: ['lp.mp.5', 'lp.svc.4', 'lp.mp.7'] });
    expect(planPageData(plan, 'enterprise', [], false, 'zh').summary.feeItems).toEqual([
      { t: '300 元：小程序 · 微信认证（企业和个体工商户须在备案前完成；个人可选）', m: '' },
      { t: '300 元：服务号 · 微信认证', m: '' },
    ]);
    expect(plan.days).toMatchObject({ min: 5, max: 48, reported: true, development: true });
    expect(plan.companions.map((c) => c.id)).toEqual(['comp.wecom']);
  });

  it("P9 restaurant: the provider's steps, Pay once through the provider, the optional 服务号's steps optional; first year as parts", () => {
    const plan = launchPlan(PERSONAS.P9, recommend)!;
    expect([plan.types, plan.route]).toEqual([['miniprogram', 'service'], 'provider']);
    expect(ids(plan)).toEqual([
      'lp.prov.1',
      'lp.prov.2',
      'lp.prov.3',
      'lp.prov.4',
      'lp.prov.5',
      'lp.prov.6',
      'lp.svc.1?',
      'lp.svc.2?',
      'lp.svc.3?',
      'lp.svc.6?',
    ]);
    expect(plan.skipped.map((s) => [s.id, s.reason.zh])).toEqual([
      ['lp.svc.4', '微信支付由服务商在小程序里开通（特约商户）'],
      ['lp.svc.5', '只在要给客户发服务通知时需要'],
    ]);
    expect(plan.fees).toEqual({ min: 2030, max: 20330, reported: true, unpriced: ['lp.prov.5'] });
    const view = planPageData(plan, 'individual_business', [], false, 'zh');
    expect(view.summary.fees).toEqual({ t: '2,030–20,330 元', m: 'reported' });
    expect(view.summary.feeItems).toEqual([
      { t: '2,000–20,000 元：小程序 · 选择服务商', m: 'reported' },
      { t: '30 元：小程序 · 通过服务商完成认证和 ICP 备案', m: 'reported' },
      { t: '0–300 元：服务号 · 微信认证', m: '' },
    ]);
    expect(view.summary.prepare).toContain('你的类目要求的行业许可证（如餐饮的食品经营许可证）');
    expect(JSON.stringify(view)).not.toMatch(/免费|可视为/);
  });

  it('P10 overseas: no ICP filing in the plan, no mainland certification fee', () => {
    const plan = launchPlan(PERSONAS.P10, recommend)!;
    expect(plan.types).toEqual(['service']);
    expect(plan.steps.find((s) => s.id === 'lp.svc.3')?.fee).toBeNull();
    expect(plan.fees.unpriced).toContain('lp.svc.3');
    expect(STEP_FIGURES['lp.mp.3'].fee('overseas')).toBeNull();
    // The other choice, a mini program, skips the filing whichever way it is built.
    expect(buildPlan('k', ['miniprogram'], { entity: 'overseas' }).skipped.map((s) => s.id)).toEqual(['lp.mp.4']);
    const rented = buildPlan('k', ['miniprogram'], { entity: 'overseas' }, [], 'provider');
    expect(rented.skipped.map((s) => [s.id, s.reason.zh])).toContainEqual([
      'lp.prov.4',
      '境外主体的小程序不用 ICP 备案',
    ]);
  });

  it('P4 startup: the seven mini program steps with the merchant number before release; 300 CNY; filing and review times', () => {
    const plan = launchPlan(PERSONAS.P4, recommend)!;
    expect(plan.types).toEqual(['miniprogram']);
    expect(ids(plan)).toEqual([
      'lp.mp.1',
      'lp.mp.2',
      'lp.mp.3',
      'lp.mp.4',
      'lp.mp.5',
      'lp.mp.6',
      'lp.svc.4',
      'lp.mp.7',
    ]);
    // Certification, filing and development overlap: filing's 2–23 WD; review ≤ 7 WD; the merchant number 1–5 WD.
    expect(plan.days).toMatchObject({ min: 3, max: 35, reported: true, development: true });
    expect(plan.fees).toMatchObject({ min: 300, max: 300, unpriced: ['lp.mp.5', 'lp.svc.4', 'lp.mp.7'] });
    expect(prepareList(plan, 'enterprise', 'zh')).toContain('负责人的身份证、手机号和应急联系人');
  });

  it('P5 individual seller: no plan, since the setup is a path (个体工商户 → 微信小店), not an account', () => {
    expect(launchPlan(PERSONAS.P5, recommend)).toBeNull();
    expect(recommend(PERSONAS.P5).setup.kind).toBe('path');
  });

  it('P7 government: certification free, no merchant number without payment', () => {
    const plan = launchPlan(PERSONAS.P7, recommend)!;
    expect(plan.steps.find((s) => s.id === 'lp.svc.3')?.fee).toMatchObject({ min: 0, max: 0 });
    expect(plan.skipped.map((s) => s.id)).toEqual(['lp.svc.4']);
    expect(plan.fees).toMatchObject({ min: 0, max: 0 });
  });

  it('P8 heavy native features: no plan, since nothing is recommended', () => {
    expect(launchPlan(PERSONAS.P8, recommend)).toBeNull();
  });

  it('WeCom beside a certified official account: its certification is free (reported)', () => {
    const plan = buildPlan('x', ['enterprise', 'service'], { entity: 'enterprise', certify: 'yes' });
    expect(plan.steps.find((s) => s.id === 'lp.ent.2')?.fee).toMatchObject({ min: 0, max: 0, reported: true });
    expect(
      buildPlan('y', ['enterprise'], { entity: 'enterprise' }).steps.find((s) => s.id === 'lp.ent.2')?.fee,
    ).toMatchObject({ min: 300, max: 30000, reported: true });
  });
});

describe('launchPlan for any answers', () => {
  it('cites only launch steps, each once; sums its parts along the path; never plans a blocked type', () => {
    fc.assert(
      fc.property(completeArb, (answers) => {
        const plan = launchPlan(answers, recommend);
        const rec = recommend(answers);
        if (!plan) {
          expect(rec.setup.kind).not.toBe('setup');
          return;
        }
        for (const type of plan.types) expect(rec.ranked.find((f) => f.type === type)?.blocked).toBe(false);
        // The plan follows the setup: its parts, in order.
        expect(plan.types).toEqual(rec.setup.kind === 'setup' ? rec.setup.parts.map((p) => p.type) : []);
        const stepIds = [...plan.steps, ...plan.skipped].map((s) => s.id);
        expect(new Set(stepIds).size).toBe(stepIds.length);
        for (const id of stepIds) expect(getStep(id)?.id).toBe(id);
        expect({ min: plan.days.min, max: plan.days.max }).toEqual(expectedDays(plan));
        const fees = plan.steps.filter((s) => s.fee);
        expect(plan.fees.max).toBe(fees.reduce((n, s) => n + s.fee!.max, 0));
        expect(plan.fees.min).toBe(fees.reduce((n, s) => n + (s.optional ? 0 : s.fee!.min), 0));
        expect(plan.days.reported).toBe(plan.steps.some((s) => s.days?.reported));
        expect(plan.fees.reported).toBe(plan.steps.some((s) => s.fee?.reported));
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and leaves its input alone', () => {
    fc.assert(
      fc.property(completeArb, (answers) => {
        const before = JSON.stringify(answers);
        expect(launchPlan(answers, recommend)).toEqual(launchPlan(answers, recommend));
        expect(JSON.stringify(answers)).toBe(before);
      }),
      { numRuns: 200 },
    );
  });

  it('keys the ticks of a plan by its answers, so the same answers find the same ticks', () => {
    expect(launchPlan(PERSONAS.P2, recommend)?.key).toBe(`code.${encodeAnswers(PERSONAS.P2)}`);
    expect(launchPlan({ ...PERSONAS.P2 }, recommend)?.key).toBe(launchPlan(PERSONAS.P2, recommend)?.key);
  });
});

describe("a type's generic plan", () => {
  it.each(ACCOUNT_TYPE_IDS)('%s: every step of its type, optional ones marked, third-party apps left out', (type) => {
    const plan = typePlan(type);
    expect(plan.key).toBe(`type.${type}`);
    const all = [...plan.steps.map((s) => s.id), ...plan.skipped.map((s) => s.id)];
    expect(all.filter((id) => !id.startsWith('lp.svc.4'))).toEqual(
      PLAN_STEPS[type].filter((id) => !id.startsWith('lp.svc.4')),
    );
    expect(plan.skipped.map((s) => s.id)).toEqual(type === 'enterprise' ? ['lp.ent.4'] : []);
    expect({ min: plan.days.min, max: plan.days.max }).toEqual(expectedDays(plan));
  });

  it('gives fee ranges over applicants (government free, enterprises 300)', () => {
    expect(typePlan('service').fees).toMatchObject({ min: 0, max: 300 });
    expect(typePlan('miniprogram').fees).toMatchObject({ min: 0, max: 300, reported: true });
    expect(ids(typePlan('subscription'))).toEqual(['lp.sub.1', 'lp.sub.2', 'lp.sub.3?', 'lp.sub.4?', 'lp.sub.5']);
  });
});

/** What a plan of one type makes of one step for this applicant: 'in', 'optional', the English reason it is left out, or 'absent'. */
function verdict(type: AccountTypeId, id: string, applicant: Applicant): string {
  const plan = buildPlan('k', [type], applicant);
  const step = plan.steps.find((s) => s.id === id);
  if (step) return step.optional ? 'optional' : 'in';
  return plan.skipped.find((s) => s.id === id)?.reason.en ?? 'absent';
}

describe('which steps apply to whom', () => {
  const cases: [AccountTypeId, string, Applicant, string][] = [
    ['subscription', 'lp.sub.3', { entity: 'individual' }, 'Individuals skip entity verification'],
    ['subscription', 'lp.sub.3', {}, 'optional'],
    ['subscription', 'lp.sub.3', { entity: 'individual_business' }, 'in'],
    ['subscription', 'lp.sub.4', { entity: 'government', certify: 'no' }, 'in'],
    ['subscription', 'lp.sub.4', { entity: 'media', certify: 'no' }, 'in'],
    ['subscription', 'lp.sub.4', { entity: 'other_org' }, 'in'],
    ['subscription', 'lp.sub.4', { entity: 'enterprise', certify: 'no' }, 'You chose not to certify'],
    ['subscription', 'lp.sub.4', { entity: 'individual', certify: 'no' }, 'You chose not to certify'],
    [
      'subscription',
      'lp.sub.4',
      { entity: 'individual', certify: 'unsure' },
      'Personal certification is a grey test with an unclear fee',
    ],
    ['subscription', 'lp.sub.4', { entity: 'individual' }, 'Personal certification is a grey test with an unclear fee'],
    ['subscription', 'lp.sub.4', { entity: 'individual', certify: 'yes' }, 'in'],
    ['subscription', 'lp.sub.4', { entity: 'enterprise', certify: 'yes' }, 'in'],
    ['subscription', 'lp.sub.4', { entity: 'enterprise', certify: 'unsure' }, 'optional'],
    ['subscription', 'lp.sub.4', {}, 'optional'],
    [
      'service',
      'lp.svc.3',
      { entity: 'enterprise', certify: 'no', payment: 'no' },
      'You chose not to certify: no WeChat Pay, template messages or advanced interfaces',
    ],
    [
      'service',
      'lp.svc.3',
      { entity: 'enterprise', certify: 'no' },
      'You chose not to certify: no WeChat Pay, template messages or advanced interfaces',
    ],
    ['service', 'lp.svc.3', { entity: 'enterprise', certify: 'no', payment: 'yes' }, 'in'],
    ['service', 'lp.svc.3', { entity: 'government', certify: 'no', payment: 'no' }, 'in'],
    ['service', 'lp.svc.3', { entity: 'enterprise', certify: 'unsure', payment: 'no' }, 'in'],
    ['service', 'lp.svc.3', {}, 'in'],
    ['service', 'lp.svc.4', {}, 'optional'],
    ['service', 'lp.svc.4', { entity: 'individual', payment: 'yes' }, 'Individuals cannot get WeChat Pay'],
    ['service', 'lp.svc.4', { entity: 'individual', payment: 'later' }, 'Individuals cannot get WeChat Pay'],
    ['service', 'lp.svc.4', { entity: 'enterprise', payment: 'later' }, 'Do it when you need payment'],
    ['service', 'lp.svc.4', { entity: 'enterprise', payment: 'no' }, "You don't need WeChat Pay"],
    ['service', 'lp.svc.4', { entity: 'enterprise', payment: 'yes' }, 'in'],
    ['service', 'lp.svc.4', { payment: 'yes' }, 'in'],
    ['service', 'lp.svc.5', { certify: 'no' }, 'optional'],
    ['service', 'lp.svc.5', { goals: ['content', 'sell'] }, 'Only needed to send customers service notices'],
    ['service', 'lp.svc.5', { goals: [] }, 'Only needed to send customers service notices'],
    ['service', 'lp.svc.5', { goals: ['service'], certify: 'no' }, 'Template messages need certification'],
    ['service', 'lp.svc.5', { goals: ['service'], certify: 'unsure' }, 'in'],
    ['service', 'lp.svc.5', { goals: ['sell', 'service'] }, 'in'],
    ['miniprogram', 'lp.mp.3', { entity: 'enterprise', certify: 'no' }, 'in'],
    ['miniprogram', 'lp.mp.3', {}, 'in'],
    [
      'miniprogram',
      'lp.mp.3',
      { entity: 'individual', certify: 'no' },
      'You chose not to certify: an uncertified mini program cannot be found in search or shared',
    ],
    ['miniprogram', 'lp.mp.3', { entity: 'individual', certify: 'yes' }, 'in'],
    ['miniprogram', 'lp.mp.3', { entity: 'individual', certify: 'unsure' }, 'optional'],
    ['miniprogram', 'lp.mp.3', { entity: 'individual' }, 'optional'],
    ['enterprise', 'lp.ent.3', {}, 'optional'],
    ['enterprise', 'lp.ent.3', { goals: ['service'] }, 'in'],
    ['enterprise', 'lp.ent.3', { goals: ['internal'], audience: 'public' }, 'in'],
    ['enterprise', 'lp.ent.3', { audience: 'both' }, 'in'],
    [
      'enterprise',
      'lp.ent.3',
      { goals: ['internal'], audience: 'staff' },
      'Only needed when members contact outside customers',
    ],
    ['enterprise', 'lp.ent.3', { audience: 'staff' }, 'Only needed when members contact outside customers'],
    ['enterprise', 'lp.ent.3', { goals: ['internal'] }, 'Only needed when members contact outside customers'],
    ['enterprise', 'lp.ent.4', { goals: ['service'] }, 'Only for third-party or agency-built apps'],
    ['enterprise', 'lp.ent.1', { entity: 'individual' }, 'in'],
  ];
  it.each(cases)('%s %s for %j: %s', (type, id, applicant, expected) => {
    expect(verdict(type, id, applicant)).toBe(expected);
  });

  it('adds the merchant number to a mini program only when it takes payment', () => {
    expect(ids(buildPlan('k', ['miniprogram'], { entity: 'enterprise', payment: 'no' }))).toEqual([
      'lp.mp.1',
      'lp.mp.2',
      'lp.mp.3',
      'lp.mp.4',
      'lp.mp.5',
      'lp.mp.6',
      'lp.mp.7',
    ]);
    const none = buildPlan('k', ['miniprogram'], { entity: 'enterprise', payment: 'no' });
    expect(none.skipped).toEqual([]);
    expect(none.fees.unpriced).toEqual(['lp.mp.5', 'lp.mp.7']);
    // A service account without payment does not gain the mini program's order.
    expect(ids(buildPlan('k', ['service'], { entity: 'enterprise', payment: 'no' }))).toEqual([
      'lp.svc.1',
      'lp.svc.2',
      'lp.svc.3',
      'lp.svc.5?',
      'lp.svc.6',
    ]);
    // With a service account, the merchant number sits once, in the service account's group.
    const both = buildPlan('k', ['service', 'miniprogram'], { entity: 'enterprise', payment: 'yes' });
    expect(both.steps.filter((s) => s.id === 'lp.svc.4').map((s) => s.type)).toEqual(['service']);
    expect(both.steps.filter((s) => s.type === 'miniprogram').map((s) => s.id)).toEqual([
      'lp.mp.1',
      'lp.mp.2',
      'lp.mp.3',
      'lp.mp.4',
      'lp.mp.5',
      'lp.mp.6',
      'lp.mp.7',
    ]);
  });
});

describe('left-out steps and fees, in detail', () => {
  it('gives every reason a step is left out in Chinese as well as English', () => {
    const applicants: Applicant[] = [
      { entity: 'individual', certify: 'no', payment: 'yes', goals: ['content'], audience: 'staff' },
      { entity: 'individual', payment: 'later' },
      { entity: 'enterprise', certify: 'no', payment: 'later', goals: ['content'] },
      { entity: 'enterprise', payment: 'no', goals: ['service'], certify: 'no' },
    ];
    const reasons = new Map<string, string>();
    for (const applicant of applicants)
      for (const type of ACCOUNT_TYPE_IDS)
        for (const s of buildPlan('k', [type], applicant).skipped) reasons.set(s.reason.en, s.reason.zh);
    expect(Object.fromEntries([...reasons].sort())).toEqual({
      'Do it when you need payment': '以后需要收款时再办',
      "You don't need WeChat Pay": '你不需要微信支付',
      'Individuals cannot get WeChat Pay': '个人开不了微信支付',
      'Individuals skip entity verification': '个人不需要验证主体',
      'Only for third-party or agency-built apps': '只在使用第三方或代开发的应用时需要',
      'Only needed to send customers service notices': '只在要给客户发服务通知时需要',
      'Only needed when members contact outside customers': '只在成员要联系外部客户时需要',
      'Personal certification is a grey test with an unclear fee': '个人认证还在灰度测试，费用不明',
      'Template messages need certification': '模板消息需要认证',
      'You chose not to certify': '你选择不认证',
      'You chose not to certify: an uncertified mini program cannot be found in search or shared':
        '你选择不认证：认证前小程序不能被搜索和分享',
      'You chose not to certify: no WeChat Pay, template messages or advanced interfaces':
        '你选择不认证：就没有微信支付、模板消息和高级接口',
    });
  });

  it('adds up WeCom fees as reported ranges, and adds no companion unasked', () => {
    const wecom = buildPlan('k', ['enterprise'], { entity: 'enterprise' });
    expect(wecom.fees).toEqual({ min: 300, max: 30000, reported: true, unpriced: [] });
    expect(wecom.companions).toEqual([]);
  });

  it('makes WeCom certification free only beside an official account that is certified for sure', () => {
    const ent2 = (types: AccountTypeId[], applicant: Applicant) =>
      buildPlan('k', types, applicant).steps.find((s) => s.id === 'lp.ent.2')?.fee;
    const via = ent2(['enterprise', 'subscription'], { entity: 'enterprise', certify: 'yes' });
    expect(via?.from).toEqual(['Certification is free via a certified official account of the same entity']);
    // The words it reads stand, reported, in ent.costs.
    const costs = rowParts(getRow('ent.costs')!).filter((p) => pick(p, 'en').includes(via!.from[0]));
    expect(costs.map((p) => p.mark)).toEqual(['reported']);
    expect(ent2(['enterprise', 'subscription'], { entity: 'enterprise', certify: 'unsure' })).toMatchObject({
      min: 300,
      max: 30000,
    });
    // Government is exempt in its own right: its fee keeps the exemption as its source.
    expect(ent2(['enterprise', 'service'], { entity: 'government', certify: 'yes' })?.from).toEqual([
      'Government bodies and non-profits pay neither fee',
    ]);
  });
});
