import { AccountTypeId } from '../account-types';
import { Answers, GoalId } from '../quiz/questionnaire';
import { Combination, CompanionPick, NextStep, TypeFit } from './types';
import { Text } from '../text';
import type { Setup } from './setup';

/** What comes with a ranking: combinations, companions, next steps and notes. Rules as data, facts from CONTENT.md. */
export interface AdviceContext {
  answers: Answers;
  ranked: TypeFit[];
  top: AccountTypeId | null;
  runnerUp: AccountTypeId | null;
  noGoodFit: boolean;
  setup: Setup;
}

const has = (a: Answers, g: GoalId): boolean => (a.goals ?? []).includes(g);
const wantsToSell = (a: Answers): boolean => has(a, 'sell') || a.payment === 'yes' || a.payment === 'later';

const COMBINATIONS: readonly { types: AccountTypeId[]; when: (a: Answers) => boolean; text: Text }[] = [
  {
    types: ['service', 'miniprogram'],
    when: (a) => has(a, 'service') || has(a, 'sell'),
    text: {
      zh: '服务号 + 小程序：服务号用模板消息和群发触达关注者，小程序承载预约、下单和支付。',
      en: 'Service account + mini program: the service account reaches followers with template and group messages, the mini program handles bookings, orders and payment.',
    },
  },
  {
    types: ['subscription', 'miniprogram'],
    when: (a) => has(a, 'content') && (has(a, 'tool') || has(a, 'sell')),
    text: {
      zh: '公众号 + 小程序：公众号每天发内容，小程序提供工具或商品。',
      en: 'Official account + mini program: the official account publishes daily, the mini program offers the tool or the goods.',
    },
  },
  {
    types: ['subscription', 'service'],
    when: (a) => has(a, 'content') && has(a, 'service'),
    text: {
      zh: '公众号 + 服务号：组织可以注册不止一个账号（企业、个体工商户或其他组织最多 2 个），一个每天发内容，一个做服务。',
      en: 'Official account + service account: organisations may register more than one (an enterprise, individual business or other organisation up to 2), one to publish daily, one to serve.',
    },
  },
  {
    types: ['enterprise', 'service'],
    when: (a) =>
      a.audience === 'both' || (has(a, 'internal') && (has(a, 'service') || has(a, 'sell') || has(a, 'content'))),
    text: {
      zh: '企业微信 + 服务号：企业微信连接员工，服务号服务外部客户。',
      en: 'WeCom + service account: WeCom connects your staff, the service account serves outside customers.',
    },
  },
];

/** Combinations that fit the goals, made only of types open to the user; those with the top pick first. */
export function adviseCombinations(ctx: AdviceContext): Combination[] {
  const open = new Set(ctx.ranked.filter((f) => !f.blocked).map((f) => f.type));
  const fitting = COMBINATIONS.filter((c) => c.when(ctx.answers) && c.types.every((t) => open.has(t)));
  const withTop = (c: { types: AccountTypeId[] }): number => (ctx.top !== null && c.types.includes(ctx.top) ? 0 : 1);
  return [...fitting].sort((x, y) => withTop(x) - withTop(y)).map((c) => ({ types: [...c.types], text: c.text }));
}

/** The companions of CONTENT.md "Beyond the four", each where the answers call for it (advice, not a rule). */
const COMPANIONS: readonly (CompanionPick & { when: (a: Answers) => boolean })[] = [
  {
    id: 'comp.shop',
    name: { zh: '微信小店', en: 'WeChat Shop (微信小店)' },
    when: (a) => (a.entity === 'individual' || a.entity === 'individual_business') && wantsToSell(a),
    why: {
      zh: '你想卖东西：微信小店不需要开发小程序，企业或个体工商户就能开。',
      en: 'You want to sell: a WeChat Shop (微信小店) needs no mini program, and an enterprise or individual business may open one.',
    },
  },
  {
    id: 'comp.channels',
    name: { zh: '视频号', en: 'Channels (视频号)' },
    when: (a) => has(a, 'content'),
    why: {
      zh: '你要做内容：视频号是公众号旁边的内容渠道，个人也能开。',
      en: 'You create content: Channels is a content channel beside an official account, open to individuals too.',
    },
  },
  {
    id: 'comp.wecom',
    name: { zh: '企业微信客户联系', en: 'WeCom customer contact' },
    when: (a) => a.entity !== undefined && a.entity !== 'individual' && has(a, 'service'),
    why: {
      zh: '你要服务客户：企业微信的客户联系可以在服务号的通知之外做一对一跟进。',
      en: "You serve customers: WeCom's customer contact adds one-to-one follow-up beside a service account's notices.",
    },
  },
];

export function adviseCompanions(ctx: AdviceContext): CompanionPick[] {
  return COMPANIONS.filter((c) => c.when(ctx.answers)).map(({ id, name, why }) => ({ id, name, why }));
}

const TYPE_STEPS: Readonly<Record<AccountTypeId, Text>> = {
  service: {
    zh: '注册服务号（类型不能更改）→ 验证主体 → 微信认证（每年一次）→ 需要收款再申请微信支付商户号。',
    en: 'Register a service account (the type cannot be changed) → verify the entity → certify (yearly) → apply for a WeChat Pay merchant number if you need payment.',
  },
  subscription: {
    zh: '注册公众号，当天就能开始：每天可群发 1 次，发表（不推送）不限次数。',
    en: 'Register an official account and start the same day: one group message a day, unlimited publishing without push.',
  },
  enterprise: {
    zh: '几分钟就能创建企业微信；选对组织类型（之后不能更改），再验证企业、邀请员工。',
    en: 'Create WeCom in minutes; choose the right organisation type (it cannot be changed later), then verify and invite your staff.',
  },
  miniprogram: {
    zh: '注册 → 类目 → 认证 → 备案 → 开发 → 代码审核 → 发布；备案的省管局审核最长 20 个工作日，尽早开始。',
    en: 'Register → categories → certification → ICP filing → development → code review → release; the provincial filing review alone takes up to 20 working days, so start early.',
  },
};

/** The provider route (lp.prov.*): the owner chooses, authorises and signs; the provider builds and releases. */
const PROVIDER_STEP: Text = {
  zh: '先备好营业执照和行业许可证 → 选服务商 → 授权或请它代注册 → 认证和备案 → 服务商部署、提审、发布；备案的省管局审核最长 20 个工作日，尽早开始。',
  en: 'Have your licence and trade licence ready → choose a provider → authorise it or let it register for you → certification and ICP filing → the provider deploys, submits and releases; the provincial filing review alone takes up to 20 working days, so start early.',
};

/** A mini program's way to go live, by who builds it as the setup says (a provider, or developers). */
const miniprogramStep = (setup: Setup): Text =>
  setup.kind === 'setup' && setup.parts.some((p) => p.type === 'miniprogram' && p.build === 'provider')
    ? PROVIDER_STEP
    : TYPE_STEPS.miniprogram;

const NATIVE_STEP: Text = {
  zh: '评估开发原生 App 的成本；可以先用小程序做一个最小可行产品验证想法。',
  en: 'Weigh the cost of a native app; you can first validate the idea with a mini program MVP.',
};
/** CONTENT.md comp.shop's inference for P5: advice, shown as such. */
const SHOP_PATH_STEP: Text = {
  zh: '想收款的话：先注册个体工商户，开一家微信小店（不用开发），再从公众号或视频号推广。',
  en: 'To take payment: register an individual business (个体工商户), open a WeChat Shop (微信小店), which needs no development, then promote it from an official account or Channels.',
};

const wantsPayAsIndividual = (a: Answers): boolean =>
  a.entity === 'individual' && (a.payment === 'yes' || a.payment === 'later' || has(a, 'sell'));

export function adviseNextSteps(ctx: AdviceContext): NextStep[] {
  const steps: NextStep[] = [];
  if (wantsPayAsIndividual(ctx.answers)) steps.push({ type: null, text: SHOP_PATH_STEP, mark: 'inference' });
  if (ctx.noGoodFit)
    steps.push({ type: null, text: NATIVE_STEP }, { type: 'miniprogram', text: TYPE_STEPS.miniprogram });
  for (const type of [ctx.top, ctx.runnerUp])
    if (type !== null)
      steps.push({ type, text: type === 'miniprogram' ? miniprogramStep(ctx.setup) : TYPE_STEPS[type] });
  return steps;
}

const NOTES: Readonly<Record<'native' | 'individualPay' | 'wecom' | 'serviceFolding', Text>> = {
  native: {
    zh: '你需要的重度原生能力（如图片编辑、逐向导航）超出了这四种账号擅长的范围，核心功能可能需要一个原生 App。',
    en: 'The heavy native features you need (such as image editing or turn-by-turn navigation) are beyond what these four account types do well: the core may need a native app.',
  },
  individualPay: {
    zh: '微信支付需要企业或个体工商户：个人在公众号、服务号和小程序上都开不了。个体工商户算企业类主体，可以开服务号和微信支付。',
    en: 'WeChat Pay needs an enterprise or an individual business: an individual cannot get it on an official account, a service account or a mini program. An individual business (个体工商户) counts as an enterprise-type entity and may open a service account and WeChat Pay.',
  },
  wecom: {
    zh: '企业号已升级为企业微信（独立的 App 和管理后台），新组织请直接用企业微信。',
    en: 'The enterprise account was upgraded into WeCom (a separate app and console): new organisations should go to WeCom.',
  },
  serviceFolding: {
    zh: '你的服务号消息可能被收进“服务号”消息盒子：微信自 2024 年 6 月起灰度测试，尚无来源证实 2025–2026 年已全量推出。',
    en: 'Your messages may land in a Service accounts box (服务号): in grey test since June 2024, with no source confirming a full rollout in 2025–2026.',
  },
};

export function adviseNotes(ctx: AdviceContext): Text[] {
  const featured = [ctx.top, ctx.runnerUp];
  const notes: Text[] = [];
  if (ctx.noGoodFit) notes.push(NOTES.native);
  // Where the setup already names Pay as out of reach (with its path), the note would say it again.
  const unreached = ctx.setup.kind !== 'none' && ctx.setup.unreached.length > 0;
  if (wantsPayAsIndividual(ctx.answers) && !unreached) notes.push(NOTES.individualPay);
  if (featured.includes('enterprise')) notes.push(NOTES.wecom);
  if (ctx.top === 'service') notes.push(NOTES.serviceFolding);
  return notes;
}
