import { AccountTypeId } from '../../account-types';
import { Answers, EntityId, sanitizeAnswers } from '../../quiz/questionnaire';
import type { CompanionPick, Recommendation } from '../../recommendation/types';
import { TRADE_LICENCE } from '../../quiz/trade-licences';
import { encodeAnswers } from '../../links/share-codec';
import { Text } from '../../text';
import { DayFigure, FeeFigure, STEP_FIGURES } from './step-figures';

/**
 * A launch plan: the CONTENT.md launch steps (lp.*) from registration to first use for the recommended type,
 * plus its combination partner's, each in or out for this applicant (with the reason when out), and the time to
 * go live and the first-year fees added up from the figures the rows state. Pure and deterministic.
 */
export const PLAN_STEPS: Readonly<Record<AccountTypeId, readonly string[]>> = {
  subscription: ['lp.sub.1', 'lp.sub.2', 'lp.sub.3', 'lp.sub.4', 'lp.sub.5'],
  service: ['lp.svc.1', 'lp.svc.2', 'lp.svc.3', 'lp.svc.4', 'lp.svc.5', 'lp.svc.6'],
  miniprogram: ['lp.mp.1', 'lp.mp.2', 'lp.mp.3', 'lp.mp.4', 'lp.mp.5', 'lp.mp.6', 'lp.mp.7'],
  enterprise: ['lp.ent.1', 'lp.ent.2', 'lp.ent.3', 'lp.ent.4'],
};

/**
 * How a mini program gets built: by the owner's own or hired developers (the lp.mp.* steps), or by a service
 * provider who rents out a ready-made one under the owner's account (CONTENT.md's provider route, lp.prov.*).
 */
export type Route = 'self' | 'provider';

export const ROUTES: readonly Route[] = ['self', 'provider'];

/** The recommender (domain/recommendation/recommender.ts recommend), which the plan follows. */
export type Recommend = (answers: Answers) => Recommendation;

export function isRoute(value: unknown): value is Route {
  return value === 'self' || value === 'provider';
}

/** The provider route of a mini program, as CONTENT.md lists it for owners without developers. */
export const PROVIDER_ROUTE: readonly string[] = [
  'lp.prov.1',
  'lp.prov.2',
  'lp.prov.3',
  'lp.prov.4',
  'lp.prov.5',
  'lp.prov.6',
];

/** mp.process: "Steps 3–5 can overlap" (certification, filing, development): they take as long as the longest. */
export const OVERLAPPING: readonly string[] = ['lp.mp.3', 'lp.mp.4', 'lp.mp.5'];

/** What the plan knows of the applicant; anything missing (a type's generic plan) keeps optional steps optional. */
export type Applicant = Pick<Answers, 'entity' | 'goals' | 'payment' | 'certify' | 'audience' | 'trade'>;

type Applies = { in: true; optional?: boolean } | { in: false; reason: Text };

const IN: Applies = { in: true };
const OPTIONAL: Applies = { in: true, optional: true };
const out = (zh: string, en: string): Applies => ({ in: false, reason: { zh, en } });
const MUST_CERTIFY: readonly (EntityId | undefined)[] = ['government', 'media', 'other_org'];
const has = (a: Applicant, goal: 'service' | 'sell' | 'content'): boolean => (a.goals ?? []).includes(goal);

/** The ICP filing steps (lp.mp.4, lp.prov.4); os.mp: an overseas entity's mini program needs no filing. */
const filing = (a: Applicant): Applies =>
  a.entity === 'overseas' ? out('境外主体的小程序不用 ICP 备案', 'Overseas mini programs need no ICP filing') : IN;

/** Whether each step applies to this applicant. Steps not listed always apply. Facts behind each: in comments. */
const APPLIES: Readonly<Record<string, (a: Applicant) => Applies>> = {
  // lp.sub.3 "Organisations: verify the entity".
  'lp.sub.3': (a) =>
    a.entity === 'individual'
      ? out('个人不需要验证主体', 'Individuals skip entity verification')
      : a.entity === undefined
        ? OPTIONAL
        : IN,
  // lp.sub.4 optional; who.entities: government, media and other organisations must certify; sub.who: 个人认证 is a grey test.
  'lp.sub.4': (a) => {
    if (MUST_CERTIFY.includes(a.entity) && a.entity !== undefined) return IN;
    if (a.certify === 'no') return out('你选择不认证', 'You chose not to certify');
    if (a.entity === 'individual' && a.certify !== 'yes')
      return out('个人认证还在灰度测试，费用不明', 'Personal certification is a grey test with an unclear fee');
    return a.certify === 'yes' ? IN : OPTIONAL;
  },
  // lp.svc.3: certification unlocks Pay, template messages and advanced interfaces (cert.benefit).
  'lp.svc.3': (a) =>
    a.certify === 'no' && a.payment !== 'yes' && !MUST_CERTIFY.includes(a.entity)
      ? out(
          '你选择不认证：就没有微信支付、模板消息和高级接口',
          'You chose not to certify: no WeChat Pay, template messages or advanced interfaces',
        )
      : IN,
  // lp.svc.4 "Optional: WeChat Pay merchant".
  'lp.svc.4': (a) => payStep(a),
  // lp.prov.5 "WeChat Pay as a sub-merchant": the provider route's own merchant step.
  'lp.prov.5': (a) => payStep(a),
  // lp.prov.4 files certification with ICP filing.
  'lp.prov.4': filing,
  // lp.svc.5 "Optional: template messages": service notices, certified accounts only (svc.template).
  'lp.svc.5': (a) => {
    if (a.goals === undefined) return OPTIONAL;
    if (!has(a, 'service')) return out('只在要给客户发服务通知时需要', 'Only needed to send customers service notices');
    return a.certify === 'no' ? out('模板消息需要认证', 'Template messages need certification') : IN;
  },
  'lp.mp.4': filing,
  // lp.mp.3: enterprises and 个体工商户 certify before filing; optional for individuals, who stay unsearchable and unshareable without (cert.mp).
  'lp.mp.3': (a) => {
    if (a.entity !== 'individual') return IN;
    if (a.certify === 'no')
      return out(
        '你选择不认证：认证前小程序不能被搜索和分享',
        'You chose not to certify: an uncertified mini program cannot be found in search or shared',
      );
    return a.certify === 'yes' ? IN : OPTIONAL;
  },
  // lp.ent.3 "Customer contact": for members who serve customers (comp.wecom).
  'lp.ent.3': (a) => {
    if (a.goals === undefined && a.audience === undefined) return OPTIONAL;
    return has(a, 'service') || a.audience === 'public' || a.audience === 'both'
      ? IN
      : out('只在成员要联系外部客户时需要', 'Only needed when members contact outside customers');
  },
  // lp.ent.4 "Optional third-party apps": licences the provider buys.
  'lp.ent.4': () => out('只在使用第三方或代开发的应用时需要', 'Only for third-party or agency-built apps'),
};

/** The trade names licences for its mini program (cat.*; "other" and no answer name none). */
const licensed = (a: Applicant): boolean => a.trade !== undefined && TRADE_LICENCE[a.trade] !== null;

/** lp.svc.4 is the merchant number; a mini program's payment uses the same step (lp.mp.7: "merchant number (lp.svc.4)"). */
function payStep(a: Applicant): Applies {
  if (a.payment === undefined) return OPTIONAL;
  if (a.entity === 'individual') return out('个人开不了微信支付', 'Individuals cannot get WeChat Pay');
  if (a.payment === 'later') return out('以后需要收款时再办', 'Do it when you need payment');
  return a.payment === 'yes' ? IN : out('你不需要微信支付', "You don't need WeChat Pay");
}

export interface PlanStep {
  id: string;
  type: AccountTypeId;
  optional: boolean;
  days: DayFigure | null;
  fee: FeeFigure | null;
  /** Time that depends on the applicant's own work (development). */
  open?: 'development';
}

export interface SkippedStep {
  id: string;
  type: AccountTypeId;
  reason: Text;
}

export interface Range {
  min: number;
  max: number;
  /** The range rests, at least in part, on a figure CONTENT.md marks reported. */
  reported: boolean;
}

export interface LaunchPlan {
  /** Where its ticks are kept: the answers' share code, or the type (and route) for a type's generic plan. */
  key: string;
  types: AccountTypeId[];
  /** How the mini program of the plan is built (a plan without one is 'self'). */
  route: Route;
  steps: PlanStep[];
  skipped: SkippedStep[];
  /** Working days to go live along the critical path (optional steps count only in max). */
  days: Range & { development: boolean; unstated: string[] };
  /** First-year fees in CNY; `unpriced` steps have no figure (e.g. the WeChat Pay rate, set by industry). */
  fees: Range & { unpriced: string[] };
  /** Each type's own time to go live (a combination lists two). */
  perType: { type: AccountTypeId; days: Range }[];
  companions: CompanionPick[];
}

/** The time along one type's steps: in order, with the overlapping steps counted once, as their longest. */
function daysOf(steps: PlanStep[]): Range {
  let min = 0;
  let max = 0;
  let reported = false;
  let overlapMin = 0;
  let overlapMax = 0;
  for (const step of steps) {
    if (!step.days) continue;
    reported = reported || step.days.reported;
    const stepMin = step.optional ? 0 : step.days.min;
    if (OVERLAPPING.includes(step.id)) {
      overlapMin = Math.max(overlapMin, stepMin);
      overlapMax = Math.max(overlapMax, step.days.max);
    } else {
      min += stepMin;
      max += step.days.max;
    }
  }
  return { min: min + overlapMin, max: max + overlapMax, reported };
}

function feesOf(steps: PlanStep[]): LaunchPlan['fees'] {
  const fees = { min: 0, max: 0, reported: false, unpriced: [] as string[] };
  for (const step of steps) {
    if (!step.fee) {
      if (!STEP_FIGURES[step.id].feeless) fees.unpriced.push(step.id);
      continue;
    }
    fees.min += step.optional ? 0 : step.fee.min;
    fees.max += step.fee.max;
    fees.reported = fees.reported || step.fee.reported;
  }
  return fees;
}

/** ent.costs: WeCom certification is free via a certified official account of the same entity (reported). */
const FREE_VIA_OFFICIAL_ACCOUNT: FeeFigure = {
  min: 0,
  max: 0,
  from: ['Certification is free via a certified official account of the same entity'],
  reported: true,
  also: ['ent.costs'],
};

/** The plan for these types (the first is the recommended one) and this applicant. */
export function buildPlan(
  key: string,
  types: readonly AccountTypeId[],
  applicant: Applicant,
  companions: CompanionPick[] = [],
  route: Route = 'self',
  /** Types the setup names as optional (a service account for notices): all their steps are optional. */
  optionalTypes: readonly AccountTypeId[] = [],
): LaunchPlan {
  const steps: PlanStep[] = [];
  const skipped: SkippedStep[] = [];
  const perType: { type: AccountTypeId; days: Range }[] = [];
  const ids = new Set<string>();
  const withPay = types.includes('miniprogram') && route === 'self' && payStep(applicant).in;
  for (const type of types) {
    const own: PlanStep[] = [];
    // A mini program's payment needs the merchant number of lp.svc.4; in a plan with a service account it is there once.
    const selfBuilt =
      type === 'miniprogram' && withPay
        ? [...PLAN_STEPS.miniprogram.slice(0, 6), 'lp.svc.4', 'lp.mp.7']
        : PLAN_STEPS[type];
    // A trade with licences (cat.*) gets its own first step: lp.prov.1, the entity and the trade licence.
    const ordered =
      type === 'miniprogram' && route === 'provider'
        ? PROVIDER_ROUTE
        : type === 'miniprogram' && licensed(applicant)
          ? ['lp.prov.1', ...selfBuilt]
          : selfBuilt;
    for (const id of ordered) {
      if (ids.has(id)) continue;
      ids.add(id);
      // pay.partner: where a provider builds the mini program, WeChat Pay comes through it (lp.prov.5), once.
      const applies =
        id === 'lp.svc.4' && route === 'provider' && types.includes('miniprogram') && type === 'service'
          ? out(
              '微信支付由服务商在小程序里开通（特约商户）',
              'WeChat Pay comes through the provider, in the mini program',
            )
          : (APPLIES[id] ?? (() => IN))(applicant);
      if (!applies.in) {
        skipped.push({ id, type, reason: applies.reason });
        continue;
      }
      const figures = STEP_FIGURES[id];
      const step: PlanStep = {
        id,
        type,
        optional: !!applies.optional || optionalTypes.includes(type),
        days: figures.days,
        fee: figures.fee(applicant.entity),
      };
      if (figures.open) step.open = figures.open;
      own.push(step);
    }
    steps.push(...own);
    perType.push({ type, days: daysOf(own) });
  }
  const certifiedOfficial = steps.some((s) => (s.id === 'lp.svc.3' || s.id === 'lp.sub.4') && !s.optional);
  for (const step of steps)
    if (step.id === 'lp.ent.2' && certifiedOfficial && step.fee && step.fee.max > 0)
      step.fee = FREE_VIA_OFFICIAL_ACCOUNT;
  const days = perType.reduce(
    (sum, t) => ({ min: sum.min + t.days.min, max: sum.max + t.days.max, reported: sum.reported || t.days.reported }),
    {
      min: 0,
      max: 0,
      reported: false,
    },
  );
  return {
    key,
    types: [...types],
    route: types.includes('miniprogram') ? route : 'self',
    steps,
    skipped,
    days: {
      ...days,
      development: steps.some((s) => s.open === 'development'),
      unstated: steps.filter((s) => !s.days).map((s) => s.id),
    },
    fees: feesOf(steps),
    perType,
    companions,
  };
}

/**
 * The plan for a finished quiz: the steps of every part of its setup, in the setup's order, a mini program by its
 * route (a provider's steps where a provider builds it). null when the setup opens no account (a path, or nothing
 * fits), so a blocked type never gets a plan. Its ticks are kept under the answers' share code. `recommend` is the
 * recommender's (domain/recommendation/recommender.ts), passed in: it lives in another subpackage.
 */
export function launchPlan(answers: Answers, recommend: Recommend): LaunchPlan | null {
  const a = sanitizeAnswers(answers);
  const rec = recommend(a);
  if (rec.setup.kind !== 'setup') return null;
  const parts = rec.setup.parts;
  const mp = parts.find((p) => p.type === 'miniprogram');
  const route: Route = mp && mp.build === 'provider' ? 'provider' : 'self';
  const optional = parts.filter((p) => p.optional).map((p) => p.type);
  return buildPlan(
    `code.${encodeAnswers(a)}`,
    parts.map((p) => p.type),
    a,
    rec.companions,
    route,
    optional,
  );
}

/**
 * A type's generic plan (from its guide page): every step, optional ones marked, fees as ranges over applicants.
 * A mini program's plan comes in both routes; the provider route keeps its ticks apart from the self-built one.
 */
export function typePlan(type: AccountTypeId, route: Route = 'self'): LaunchPlan {
  const provider = type === 'miniprogram' && route === 'provider';
  return buildPlan(provider ? `type.${type}.provider` : `type.${type}`, [type], {}, [], provider ? route : 'self');
}
