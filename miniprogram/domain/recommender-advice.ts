import { AccountTypeId } from './account-types';
import { Answers, GoalId } from './questionnaire';
import { Combination, NextStep, TypeFit } from './recommendation-types';
import { Text } from './text';

/** What comes with a ranking: combinations of types, next steps and notes. Rules as data, facts from CONTENT.md. */
export interface AdviceContext {
  answers: Answers;
  ranked: TypeFit[];
  top: AccountTypeId | null;
  runnerUp: AccountTypeId | null;
  noGoodFit: boolean;
  complete: boolean;
}

const has = (a: Answers, g: GoalId): boolean => (a.goals ?? []).includes(g);

const COMBINATIONS: readonly { types: AccountTypeId[]; when: (a: Answers) => boolean; text: Text }[] = [
  {
    types: ['service', 'miniprogram'],
    when: (a) => has(a, 'service') || has(a, 'sell'),
    text: {
      zh: '服务号 + 小程序：服务号用通知触达关注者，小程序承载预约、下单和支付。',
      en: 'Service account + mini program: the service account reaches followers with notices, the mini program handles bookings, orders and payment.',
    },
  },
  {
    types: ['subscription', 'miniprogram'],
    when: (a) => has(a, 'content') && (has(a, 'tool') || has(a, 'sell')),
    text: {
      zh: '订阅号 + 小程序：订阅号每天发内容，小程序提供工具或商品。',
      en: 'Subscription account + mini program: the subscription account publishes daily, the mini program offers the tool or the goods.',
    },
  },
  {
    types: ['subscription', 'service'],
    when: (a) => has(a, 'content') && has(a, 'service'),
    text: {
      zh: '订阅号 + 服务号：机构可以注册不止一个公众号（企业类主体最多 2 个），一个每天发内容，一个做服务。',
      en: 'Subscription + service account: organisations may register more than one official account (an enterprise-type entity up to 2), one to publish daily, one to serve.',
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

const TYPE_STEPS: Readonly<Record<AccountTypeId, Text>> = {
  service: {
    zh: '在微信公众平台注册服务号（主体提交后不能更改），完成微信认证（机构每年 300 元），需要收款再申请微信支付商户。',
    en: 'Register a service account on the WeChat Official Accounts Platform (the entity cannot be changed later), certify it (300 CNY a year for organisations), then apply to be a WeChat Pay merchant if you need payment.',
  },
  subscription: {
    zh: '在微信公众平台注册订阅号，规划好群发节奏：每天 1 次，每次最多 8 篇文章。',
    en: 'Register a subscription account on the WeChat Official Accounts Platform and plan your rhythm: one group message a day, up to 8 articles each.',
  },
  enterprise: {
    zh: '注册企业微信（企业号已升级为企业微信），选对组织类型（之后不能更改），再邀请员工加入。',
    en: 'Register WeCom (the enterprise account was upgraded into WeCom), choose the right organisation type (it cannot be changed later), then invite your staff.',
  },
  miniprogram: {
    zh: '注册小程序 → 完善名称、头像、简介和服务范围 → 绑定开发者，用微信开发者工具开发 → 提交代码审核 → 审核通过后发布。',
    en: 'Register a mini program → fill in name, avatar, introduction and service scope → bind developers and build with WeChat DevTools → submit the code for review → release after approval.',
  },
};

const NATIVE_STEP: Text = {
  zh: '评估开发原生 App 的成本；可以先用小程序做一个最小可行产品验证想法。',
  en: 'Weigh the cost of a native app; you can first validate the idea with a mini program MVP.',
};
const INDIVIDUAL_PAY_STEP: Text = {
  zh: '需要微信支付的话，可以先注册个体工商户，以企业类主体申请服务号或小程序。',
  en: 'If you need WeChat Pay, consider registering an individual business (个体工商户) and applying as an enterprise-type entity.',
};
const ANSWER_MORE_STEP: Text = {
  zh: '回答剩下的问题，得到更准确的推荐。',
  en: 'Answer the remaining questions for a sharper recommendation.',
};

const wantsPayAsIndividual = (a: Answers): boolean =>
  a.entity === 'individual' && (a.payment === 'yes' || a.payment === 'later');

export function adviseNextSteps(ctx: AdviceContext): NextStep[] {
  const steps: NextStep[] = [];
  if (ctx.noGoodFit)
    steps.push({ type: null, text: NATIVE_STEP }, { type: 'miniprogram', text: TYPE_STEPS.miniprogram });
  for (const type of [ctx.top, ctx.runnerUp]) if (type !== null) steps.push({ type, text: TYPE_STEPS[type] });
  if (wantsPayAsIndividual(ctx.answers)) steps.push({ type: null, text: INDIVIDUAL_PAY_STEP });
  if (!ctx.complete) steps.push({ type: null, text: ANSWER_MORE_STEP });
  return steps;
}

const NOTES: Readonly<Record<'native' | 'individualPay' | 'wecom' | 'serviceFolding' | 'preliminary', Text>> = {
  native: {
    zh: '你需要的重度原生能力（如图片编辑、逐向导航）超出了这四种账号擅长的范围，核心功能可能需要一个原生 App。',
    en: 'The heavy native features you need (such as image editing or turn-by-turn navigation) are beyond what these four account types do well: the core may need a native app.',
  },
  individualPay: {
    zh: '微信支付需要机构主体：认证的服务号或机构的小程序。个体工商户算企业类主体，可以开服务号和微信支付。',
    en: "WeChat Pay needs an organisation: a certified service account or an organisation's mini program. An individual business (个体工商户) counts as an enterprise-type entity and may open both.",
  },
  wecom: {
    zh: '企业号已升级为企业微信（独立的 App 和管理后台），新组织请直接使用企业微信。',
    en: 'The enterprise account was upgraded into WeCom (a separate app and admin console): new organisations should go to WeCom.',
  },
  serviceFolding: {
    zh: '2017 年以来有变化：2024 年 6 月起微信灰度测试把服务号消息折叠进“服务号”消息盒子，截至 2024 年 11 月尚未全量。',
    en: 'Changed since 2017: from June 2024 WeChat grey-tested folding service account messages into a "服务号" message box; not fully rolled out as of November 2024.',
  },
  preliminary: {
    zh: '还有必答题没回答，这个结果只是初步的。',
    en: 'Some required questions are unanswered, so this result is preliminary.',
  },
};

export function adviseNotes(ctx: AdviceContext): Text[] {
  const featured = [ctx.top, ctx.runnerUp];
  const notes: Text[] = [];
  if (ctx.noGoodFit) notes.push(NOTES.native);
  if (wantsPayAsIndividual(ctx.answers)) notes.push(NOTES.individualPay);
  if (featured.includes('enterprise')) notes.push(NOTES.wecom);
  if (featured.includes('service')) notes.push(NOTES.serviceFolding);
  if (!ctx.complete && Object.keys(ctx.answers).length > 0) notes.push(NOTES.preliminary);
  return notes;
}
