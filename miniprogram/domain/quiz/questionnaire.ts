import { Lang, pick, Text, zhText } from '../text';

/**
 * The quiz (version 2): nine short questions, answerable in about a minute, none asking what another asks (the
 * goal "sell" is what is sold, "payment" whether the money is taken in WeChat). The share codec packs answers
 * by position: a change to the questions or their options needs a new code version, and the decoders of every
 * earlier version stay as they are (links/share-codec-v1.ts maps version-1 answers onto these).
 */

export const ENTITY_IDS = [
  'individual',
  'enterprise',
  'individual_business',
  'government',
  'media',
  'other_org',
  'overseas',
] as const;
export const GOAL_IDS = ['content', 'service', 'sell', 'internal', 'tool'] as const;
export const FREQUENCY_IDS = ['daily', 'weekly', 'few_monthly', 'rarely'] as const;
export const AUDIENCE_IDS = ['public', 'staff', 'both'] as const;
export const PAYMENT_IDS = ['yes', 'no', 'later'] as const;
export const TRADE_IDS = ['catering', 'retail', 'education', 'health', 'finance', 'travel', 'other'] as const;
/** How the mini program (or anything needing code) gets built: own developers, a paid agency, a rented one. */
export const BUILD_IDS = ['own', 'agency', 'rent', 'unsure'] as const;
export const CERTIFY_IDS = ['yes', 'no', 'unsure'] as const;
export const NATIVE_IDS = ['yes', 'no'] as const;

export type EntityId = (typeof ENTITY_IDS)[number];
export type GoalId = (typeof GOAL_IDS)[number];
export type FrequencyId = (typeof FREQUENCY_IDS)[number];
export type AudienceId = (typeof AUDIENCE_IDS)[number];
export type PaymentId = (typeof PAYMENT_IDS)[number];
export type TradeId = (typeof TRADE_IDS)[number];
export type BuildId = (typeof BUILD_IDS)[number];
export type CertifyId = (typeof CERTIFY_IDS)[number];
export type NativeId = (typeof NATIVE_IDS)[number];

/** Every question answered, in quiz order; `goals` is the only multiple-choice question. */
export interface AnswerMap {
  entity: EntityId;
  goals: GoalId[];
  trade: TradeId;
  frequency: FrequencyId;
  audience: AudienceId;
  payment: PaymentId;
  build: BuildId;
  certify: CertifyId;
  native: NativeId;
}

export type QuestionId = keyof AnswerMap;
export type Answers = Partial<AnswerMap>;

export interface QuestionOption {
  id: string;
  label: Text;
  help?: Text;
}

export interface Question {
  id: QuestionId;
  title: Text;
  help: Text;
  multi: boolean;
  optional: boolean;
  options: readonly QuestionOption[];
}

/** Option ids per question, in their stable order. */
export const OPTION_IDS: { readonly [Q in QuestionId]: readonly string[] } = {
  entity: ENTITY_IDS,
  goals: GOAL_IDS,
  trade: TRADE_IDS,
  frequency: FREQUENCY_IDS,
  audience: AUDIENCE_IDS,
  payment: PAYMENT_IDS,
  build: BUILD_IDS,
  certify: CERTIFY_IDS,
  native: NATIVE_IDS,
};

const YES: Text = zhText('需要');
const NO: Text = zhText('不需要');

export const QUESTIONS: readonly Question[] = [
  {
    id: 'entity',
    title: zhText('谁来申请？'),
    help: zhText('申请主体提交后不能更改。'),
    multi: false,
    optional: false,
    options: [
      {
        id: 'individual',
        label: zhText('个人'),
        help: zhText('年满 18 岁、实名的中国大陆微信用户'),
      },
      {
        id: 'enterprise',
        label: zhText('企业'),
        help: zhText('含分支机构和品牌'),
      },
      {
        id: 'individual_business',
        label: zhText('个体工商户'),
        help: zhText('算作企业类主体'),
      },
      {
        id: 'government',
        label: zhText('政府'),
        help: zhText('含事业单位'),
      },
      { id: 'media', label: zhText('媒体') },
      { id: 'other_org', label: zhText('其他组织') },
      {
        id: 'overseas',
        label: zhText('境外组织'),
        help: zhText('在中国大陆以外注册的公司、学校或机构'),
      },
    ],
  },
  {
    id: 'goals',
    title: zhText('你想用微信做什么？'),
    help: zhText('可多选'),
    multi: true,
    optional: false,
    options: [
      {
        id: 'content',
        label: zhText('发布内容'),
        help: zhText('文章、资讯、观点'),
      },
      {
        id: 'service',
        label: zhText('服务客户'),
        help: zhText('预约、查询、通知'),
      },
      {
        id: 'sell',
        label: zhText('卖商品或接单'),
        help: zhText('网店、点餐、外卖'),
      },
      {
        id: 'internal',
        label: zhText('团队内部沟通'),
        help: zhText('员工和上下游伙伴'),
      },
      {
        id: 'tool',
        label: zhText('做一个类似 App 的工具'),
        help: zhText('或用最小可行产品验证想法'),
      },
    ],
  },
  {
    id: 'trade',
    title: zhText('你做哪一行？'),
    help: zhText('决定小程序要交哪些资质，可以跳过。'),
    multi: false,
    optional: true,
    options: [
      { id: 'catering', label: zhText('餐饮') },
      { id: 'retail', label: zhText('零售') },
      { id: 'education', label: zhText('教育培训') },
      { id: 'health', label: zhText('医疗健康') },
      { id: 'finance', label: zhText('金融') },
      { id: 'travel', label: zhText('旅游住宿') },
      { id: 'other', label: zhText('其他') },
    ],
  },
  {
    id: 'frequency',
    title: zhText('多久给关注者推送一次消息？'),
    help: zhText('群发次数因账号类型而不同。'),
    multi: false,
    optional: false,
    options: [
      { id: 'daily', label: zhText('每天') },
      { id: 'weekly', label: zhText('每周') },
      { id: 'few_monthly', label: zhText('每月几次') },
      { id: 'rarely', label: zhText('很少或不推送') },
    ],
  },
  {
    id: 'audience',
    title: zhText('主要面向谁？'),
    help: zhText('对外的关注者，还是自己人。'),
    multi: false,
    optional: false,
    options: [
      { id: 'public', label: zhText('公众和客户') },
      { id: 'staff', label: zhText('自己的员工和合作伙伴') },
      { id: 'both', label: zhText('两者都有') },
    ],
  },
  {
    id: 'payment',
    title: zhText('要在微信里收款吗？'),
    help: zhText('顾客用微信支付付钱：下单、预约或报名付费。'),
    multi: false,
    optional: false,
    options: [
      { id: 'yes', label: YES },
      { id: 'no', label: NO },
      { id: 'later', label: zhText('以后可能需要') },
    ],
  },
  {
    id: 'build',
    title: zhText('需要开发的部分打算怎么做？'),
    help: zhText('发文章、群发不用开发；小程序和接口功能要人来做。'),
    multi: false,
    optional: false,
    options: [
      { id: 'own', label: zhText('自己的开发人员') },
      { id: 'agency', label: zhText('请外包公司，我们付费') },
      {
        id: 'rent',
        label: zhText('租用服务商的现成小程序'),
        help: zhText('按年付费，不用开发'),
      },
      { id: 'unsure', label: zhText('还不确定') },
    ],
  },
  {
    id: 'certify',
    title: zhText('愿意做微信认证吗？'),
    help: zhText('中国大陆机构每年 300 元；微信支付和高级接口需要认证。'),
    multi: false,
    optional: true,
    options: [
      { id: 'yes', label: zhText('愿意') },
      { id: 'no', label: zhText('不愿意') },
      { id: 'unsure', label: zhText('还不确定') },
    ],
  },
  {
    id: 'native',
    title: zhText('需要大量使用手机原生能力吗？'),
    help: zhText('例如图片编辑、逐向导航。'),
    multi: false,
    optional: true,
    options: [
      { id: 'yes', label: YES },
      { id: 'no', label: NO },
    ],
  },
];

export const QUESTION_IDS: readonly QuestionId[] = QUESTIONS.map((q) => q.id);

/** An option's label as the quiz shows it; '' for an unknown question or option. */
export function optionLabel(questionId: QuestionId, optionId: string, lang: Lang): string {
  const option = QUESTIONS.find((q) => q.id === questionId)?.options.find((o) => o.id === optionId);
  return option ? pick(option.label, lang) : '';
}

export function isQuestionId(value: unknown): value is QuestionId {
  return typeof value === 'string' && (QUESTION_IDS as readonly string[]).includes(value);
}

export function isOptionOf(questionId: QuestionId, value: unknown): boolean {
  return typeof value === 'string' && OPTION_IDS[questionId].includes(value);
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isValidGoals(value: unknown): value is GoalId[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    new Set(value).size === value.length &&
    value.every((g) => isOptionOf('goals', g))
  );
}

/** Known keys only, each absent, undefined or a valid option; goals non-empty and without duplicates. */
export function isValidAnswers(x: unknown): x is Answers {
  if (!isPlainObject(x)) return false;
  return Object.keys(x).every((key) => {
    if (!isQuestionId(key)) return false;
    const value = x[key];
    if (value === undefined) return true;
    return key === 'goals' ? isValidGoals(value) : isOptionOf(key, value);
  });
}

/** Keeps only valid answers; goals deduplicated in questionnaire order, dropped when empty. Never throws. */
export function sanitizeAnswers(x: unknown): Answers {
  const out: Record<string, unknown> = {};
  if (!isPlainObject(x)) return {};
  for (const q of QUESTIONS) {
    const value = Object.prototype.hasOwnProperty.call(x, q.id) ? x[q.id] : undefined;
    if (q.id === 'goals') {
      if (!Array.isArray(value)) continue;
      const goals = GOAL_IDS.filter((g) => value.includes(g));
      if (goals.length > 0) out.goals = goals;
    } else if (isOptionOf(q.id, value)) {
      out[q.id] = value;
    }
  }
  return out as Answers;
}

export function isAnswered(a: Answers, questionId: QuestionId): boolean {
  const value = a[questionId];
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
}

/** Every required question answered (optional ones may be skipped). */
export function isComplete(a: Answers): boolean {
  return isCompleteExcept(a, []);
}

/**
 * Complete but for the questions in `lost`: what a code of an earlier quiz could not carry (its frozen decoder
 * says which), so an old link still opens what it meant instead of reading as damaged.
 */
export function isCompleteExcept(a: Answers, lost: readonly QuestionId[]): boolean {
  return QUESTIONS.every((q) => q.optional || lost.includes(q.id) || isAnswered(a, q.id));
}

/**
 * Where the quiz goes next: the first unanswered question at or after `from`, else the first unanswered
 * required one anywhere, else null (nothing left to ask). Skipping an optional question = calling with index + 1.
 */
export function nextQuestionIndex(a: Answers, from = 0): number | null {
  for (let i = Math.max(0, from); i < QUESTIONS.length; i++) if (!isAnswered(a, QUESTIONS[i].id)) return i;
  const required = QUESTIONS.findIndex((q) => !q.optional && !isAnswered(a, q.id));
  return required === -1 ? null : required;
}

/**
 * Answers with one option chosen: single choice replaces, multiple choice toggles. Invalid ids leave the
 * answers unchanged, so a stale tap cannot corrupt them.
 */
export function chooseOption(a: Answers, questionId: QuestionId, optionId: string): Answers {
  if (!isOptionOf(questionId, optionId)) return sanitizeAnswers(a);
  if (questionId === 'goals') {
    const current = a.goals ?? [];
    const next = current.includes(optionId as GoalId) ? current.filter((g) => g !== optionId) : [...current, optionId];
    return sanitizeAnswers({ ...a, goals: next });
  }
  return sanitizeAnswers({ ...a, [questionId]: optionId });
}

/** Answers without the given question (e.g. "skip" on an optional question). */
export function clearAnswer(a: Answers, questionId: QuestionId): Answers {
  return sanitizeAnswers({ ...a, [questionId]: undefined });
}

export interface QuestionView {
  id: QuestionId;
  index: number;
  total: number;
  title: string;
  help: string;
  multi: boolean;
  optional: boolean;
  options: { id: string; label: string; help?: string; checked: boolean }[];
  /** Position of this question in the quiz, 0..100 (the last question shows 100). */
  progress: number;
}

/** The localized, render-ready form of one question; null for an index outside the quiz. */
export function questionView(index: number, answers: Answers, lang: Lang): QuestionView | null {
  if (!Number.isInteger(index) || index < 0 || index >= QUESTIONS.length) return null;
  const q = QUESTIONS[index];
  const a = sanitizeAnswers(answers);
  const chosen = a[q.id];
  return {
    id: q.id,
    index,
    total: QUESTIONS.length,
    title: pick(q.title, lang),
    help: pick(q.help, lang),
    multi: q.multi,
    optional: q.optional,
    options: q.options.map((o) => ({
      id: o.id,
      label: pick(o.label, lang),
      ...(o.help ? { help: pick(o.help, lang) } : {}),
      checked: Array.isArray(chosen) ? (chosen as string[]).includes(o.id) : chosen === o.id,
    })),
    progress: Math.round(((index + 1) / QUESTIONS.length) * 100),
  };
}
