import { AccountTypeId } from '../account-types';
import { Answers, GoalId } from '../quiz/questionnaire';
import { Combination, CompanionPick, NextStep, TypeFit } from './types';
import { Text, zhText } from '../text';
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
    text: zhText('服务号 + 小程序：服务号用模板消息和群发触达关注者，小程序承载预约、下单和支付。'),
  },
  {
    types: ['subscription', 'miniprogram'],
    when: (a) => has(a, 'content') && (has(a, 'tool') || has(a, 'sell')),
    text: zhText('公众号 + 小程序：公众号每天发内容，小程序提供工具或商品。'),
  },
  {
    types: ['subscription', 'service'],
    when: (a) => has(a, 'content') && has(a, 'service'),
    text: zhText(
      '公众号 + 服务号：组织可以注册不止一个账号（企业、个体工商户或其他组织最多 2 个），一个每天发内容，一个做服务。',
    ),
  },
  {
    types: ['enterprise', 'service'],
    when: (a) =>
      a.audience === 'both' || (has(a, 'internal') && (has(a, 'service') || has(a, 'sell') || has(a, 'content'))),
    text: zhText('企业微信 + 服务号：企业微信连接员工，服务号服务外部客户。'),
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
    name: zhText('微信小店'),
    when: (a) => (a.entity === 'individual' || a.entity === 'individual_business') && wantsToSell(a),
    why: zhText('你想卖东西：微信小店不需要开发小程序，企业或个体工商户就能开。'),
  },
  {
    id: 'comp.channels',
    name: zhText('视频号'),
    when: (a) => has(a, 'content'),
    why: zhText('你要做内容：视频号是公众号旁边的内容渠道，个人也能开。'),
  },
  {
    id: 'comp.wecom',
    name: zhText('企业微信客户联系'),
    when: (a) => a.entity !== undefined && a.entity !== 'individual' && has(a, 'service'),
    why: zhText('你要服务客户：企业微信的客户联系可以在服务号的通知之外做一对一跟进。'),
  },
];

export function adviseCompanions(ctx: AdviceContext): CompanionPick[] {
  return COMPANIONS.filter((c) => c.when(ctx.answers)).map(({ id, name, why }) => ({ id, name, why }));
}

const TYPE_STEPS: Readonly<Record<AccountTypeId, Text>> = {
  service: zhText('注册服务号（类型不能更改）→ 验证主体 → 微信认证（每年一次）→ 需要收款再申请微信支付商户号。'),
  subscription: zhText('注册公众号，当天就能开始：每天可群发 1 次，发表（不推送）不限次数。'),
  enterprise: zhText('几分钟就能创建企业微信；选对组织类型（之后不能更改），再验证企业、邀请员工。'),
  miniprogram: zhText(
    '注册 → 类目 → 认证 → 备案 → 开发 → 代码审核 → 发布；备案的省管局审核最长 20 个工作日，尽早开始。',
  ),
};

/** The provider route (lp.prov.*): the owner chooses, authorises and signs; the provider builds and releases. */
const PROVIDER_STEP: Text = zhText(
  '先备好营业执照和行业许可证 → 选服务商 → 授权或请它代注册 → 认证和备案 → 服务商部署、提审、发布；备案的省管局审核最长 20 个工作日，尽早开始。',
);

/** A mini program's way to go live, by who builds it as the setup says (a provider, or developers). */
const miniprogramStep = (setup: Setup): Text =>
  setup.kind === 'setup' && setup.parts.some((p) => p.type === 'miniprogram' && p.build === 'provider')
    ? PROVIDER_STEP
    : TYPE_STEPS.miniprogram;

const NATIVE_STEP: Text = zhText('评估开发原生 App 的成本；可以先用小程序做一个最小可行产品验证想法。');
/** CONTENT.md comp.shop's inference for P5: advice, shown as such. */
const SHOP_PATH_STEP: Text = zhText(
  '想收款的话：先注册个体工商户，开一家微信小店（不用开发），再从公众号或视频号推广。',
);

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
  native: zhText(
    '你需要的重度原生能力（如图片编辑、逐向导航）超出了这四种账号擅长的范围，核心功能可能需要一个原生 App。',
  ),
  individualPay: zhText(
    '微信支付需要企业或个体工商户：个人在公众号、服务号和小程序上都开不了。个体工商户算企业类主体，可以开服务号和微信支付。',
  ),
  wecom: zhText('企业号已升级为企业微信（独立的 App 和管理后台），新组织请直接用企业微信。'),
  serviceFolding: zhText(
    '你的服务号消息可能被收进“服务号”消息盒子：微信自 2024 年 6 月起灰度测试，尚无来源证实 2025–2026 年已全量推出。',
  ),
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
