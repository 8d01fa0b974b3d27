import { AccountTypeId } from './account-types';
import { Answers, EntityId, QuestionId } from './questionnaire';
import { Text } from './text';

/**
 * The scoring table: each rule ties one answer (question + option) to one effect on one account type, with the
 * user-facing reason and the CONTENT.md facts behind it. All scoring lives here so it can be read and reviewed
 * as a table; recommender.ts only applies it.
 */
export type RuleEffect = 'plus' | 'minus' | 'block' | 'caution';

export interface Rule {
  questionId: QuestionId;
  optionId: string;
  type: AccountTypeId;
  effect: RuleEffect;
  /** Magnitude added (plus) or taken (minus) from the raw score; 0 for block and caution. */
  points: number;
  /** Tells apart several rules on the same answer and type. */
  key?: string;
  /** Extra condition on the other answers. */
  when?: (a: Answers) => boolean;
  text: Text;
  factIds: string[];
}

export function ruleId(r: Rule): string {
  return `${r.questionId}.${r.optionId}.${r.type}${r.key ? `.${r.key}` : ''}`;
}

type Extra = Pick<Rule, 'key' | 'when'>;
const t = (zh: string, en: string): Text => ({ zh, en });

function make(effect: RuleEffect, points: number) {
  return (q: QuestionId, o: string, type: AccountTypeId, text: Text, factIds: string[], extra: Extra = {}): Rule => ({
    questionId: q,
    optionId: o,
    type,
    effect,
    points,
    text,
    factIds,
    ...extra,
  });
}
const plus = (points: number) => make('plus', points);
const minus = (points: number) => make('minus', points);
const block = make('block', 0);
const caution = make('caution', 0);

const ORGANISATIONS: readonly EntityId[] = ['enterprise', 'individual_business', 'government', 'media', 'other_org'];
const MUST_CERTIFY: readonly EntityId[] = ['government', 'media', 'other_org'];
const isIndividual = (a: Answers): boolean => a.entity === 'individual';
const notIndividual = (a: Answers): boolean => a.entity !== 'individual';

const SUB_NO_PAY = t(
  '订阅号不能接入微信支付，认证了也不行（据报道）。',
  'A subscription account cannot take WeChat Pay, certified or not (reported).',
);
const CERT_FEE = t(
  '微信认证每年 300 元（中国大陆机构），每年都要重新认证。',
  'WeChat certification costs 300 CNY a year for organisations in mainland China and must be renewed every year.',
);
const MP_REVIEW = t(
  '小程序要先开发、再提交代码审核，审核通过后才能发布。',
  'A mini program has to be developed and its code submitted for review; it is released only after approval.',
);
const MUST_CERTIFY_TEXT = t(
  '政府、媒体和其他组织申请时必须完成认证（机构每年 300 元）。',
  'Government, media and other organisations must certify when they apply (300 CNY a year for organisations).',
);

function entityRules(): Rule[] {
  const rules: Rule[] = [
    block(
      'entity',
      'individual',
      'service',
      t(
        '你以个人身份申请，服务号只对机构开放，个人不能注册。',
        'Because you are applying as an individual, a service account is not open to you: only organisations may register one.',
      ),
      ['svc.who'],
    ),
    block(
      'entity',
      'individual',
      'enterprise',
      t(
        '你以个人身份申请，企业微信（原企业号）只对企业、政府、事业单位和其他组织开放。',
        'Because you are an individual, WeCom (the former enterprise account) is not open to you: it is for enterprises, governments, institutions and other organisations.',
      ),
      ['ent.who'],
    ),
    plus(10)(
      'entity',
      'individual',
      'subscription',
      t(
        '订阅号是个人唯一能注册的公众号类型。',
        'A subscription account is the only official-account type an individual can register.',
      ),
      ['sub.who'],
    ),
    caution(
      'entity',
      'individual',
      'subscription',
      t(
        '一个人最多只能注册 1 个公众号，想清楚再注册。',
        'One person may register at most one official account, so choose before you register.',
      ),
      ['who.limits'],
      { key: 'limit' },
    ),
    caution(
      'entity',
      'individual',
      'miniprogram',
      t(
        '个人主体的小程序不能使用微信支付，也只能选部分服务类目（据报道）。',
        'A mini program registered by an individual cannot use WeChat Pay and is limited to certain service categories (reported).',
      ),
      ['mp.who'],
    ),
    plus(10)(
      'entity',
      'government',
      'service',
      t(
        '政府机构常用服务号做服务互动，就像 12315、114 这类服务。',
        'Government offices use service accounts for service interaction, like the 12315 and 114 hotlines.',
      ),
      ['svc.definition', 'svc.who'],
    ),
    plus(5)(
      'entity',
      'individual_business',
      'service',
      t(
        '个体工商户算企业类主体，可以注册服务号并开通微信支付。',
        'An individual business (个体工商户) counts as an enterprise-type entity: it may open a service account and WeChat Pay.',
      ),
      ['who.entities', 'svc.who'],
    ),
    plus(10)(
      'entity',
      'media',
      'subscription',
      t(
        '订阅号本来就是为媒体和个人传播信息设计的，像报纸杂志。',
        'Subscription accounts were made for media and individuals to spread information, like newspapers and magazines.',
      ),
      ['sub.definition'],
    ),
  ];
  for (const e of ['enterprise', 'media', 'other_org'] as const) {
    rules.push(
      plus(5)(
        'entity',
        e,
        'service',
        t('你是机构，可以注册服务号。', 'As an organisation, you may register a service account.'),
        ['svc.who'],
      ),
    );
  }
  for (const e of ['enterprise', 'government', 'other_org'] as const) {
    rules.push(
      plus(5)(
        'entity',
        e,
        'enterprise',
        t(
          '企业微信面向企业、政府、事业单位和其他组织，你可以申请。',
          'WeCom is open to enterprises, governments, institutions and other organisations, so you may apply.',
        ),
        ['ent.who'],
      ),
    );
  }
  // Things that cannot be undone, shown on every type the user may open.
  const fixed = t(
    '申请主体提交后不能更改，先确认用哪个主体申请。',
    'The applying entity cannot be changed once submitted: decide first which entity applies.',
  );
  rules.push(caution('entity', 'individual', 'subscription', fixed, ['who.entities'], { key: 'fixed' }));
  rules.push(caution('entity', 'individual', 'miniprogram', fixed, ['who.entities'], { key: 'fixed' }));
  for (const e of ORGANISATIONS) {
    rules.push(
      caution(
        'entity',
        e,
        'service',
        t('服务号以后不能改成订阅号。', 'A service account cannot later be changed into a subscription account.'),
        ['svc.irreversible'],
        { key: 'irreversible' },
      ),
      caution(
        'entity',
        e,
        'enterprise',
        t(
          '企业微信的组织类型要和申请主体一致，选定后不能更改，需要的证明材料也更多。',
          "WeCom's organisation type must match the applicant and cannot be changed later; it needs more supporting documents.",
        ),
        ['ent.irreversible'],
        { key: 'irreversible' },
      ),
    );
    for (const type of ['service', 'subscription', 'enterprise', 'miniprogram'] as const) {
      rules.push(caution('entity', e, type, fixed, ['who.entities'], { key: 'fixed' }));
    }
  }
  for (const e of MUST_CERTIFY) {
    for (const type of ['service', 'subscription', 'miniprogram'] as const) {
      rules.push(caution('entity', e, type, MUST_CERTIFY_TEXT, ['who.entities', 'cert.fee'], { key: 'certify' }));
    }
  }
  return rules;
}

const GOAL_RULES: Rule[] = [
  plus(25)(
    'goals',
    'content',
    'subscription',
    t(
      '你想发布内容：订阅号就是用来传播信息的，每天可以群发 1 次，每次最多 8 篇文章。',
      'You want to publish content: a subscription account is made for that, with one group message a day and up to 8 articles in each.',
    ),
    ['sub.definition', 'sub.quota'],
  ),
  plus(10)(
    'goals',
    'content',
    'service',
    t(
      '服务号也能发内容，消息在多数用户的聊天列表里更显眼，但每月只能群发 4 次。',
      "A service account can publish too, and its messages stand out in most users' chat list, but only 4 group messages a month.",
    ),
    ['svc.where', 'svc.quota'],
  ),
  minus(20)(
    'goals',
    'content',
    'miniprogram',
    t(
      '小程序是不用下载的应用，不是给关注者推送文章的渠道。',
      'A mini program is an app that needs no installing, not a channel for pushing articles to followers.',
    ),
    ['mp.definition'],
  ),
  minus(15)(
    'goals',
    'content',
    'enterprise',
    t(
      '企业微信用于内部沟通，不适合对外发布内容。',
      'WeCom is for internal communication, not for publishing to the public.',
    ),
    ['ent.definition'],
  ),

  plus(25)(
    'goals',
    'service',
    'service',
    t(
      '你想服务客户：服务号专为服务互动设计（绑定信息、查询、通知），有自定义菜单和高级接口。',
      'You want to serve customers: a service account is made for service interaction (binding information, look-ups, notices), with a custom menu and advanced interfaces.',
    ),
    ['svc.definition', 'svc.functions', 'svc.advanced'],
  ),
  plus(15)(
    'goals',
    'service',
    'miniprogram',
    t(
      '预约、查询这类服务可以做成小程序页面，用户不用下载。',
      'Bookings and look-ups can be mini program pages that users open without installing anything.',
    ),
    ['mp.definition'],
  ),
  minus(5)(
    'goals',
    'service',
    'subscription',
    t(
      '订阅号只有通用接口，服务能力不如服务号。',
      'A subscription account has only general interfaces, so less service capability than a service account.',
    ),
    ['sub.functions', 'svc.advanced'],
  ),
  minus(5)(
    'goals',
    'service',
    'enterprise',
    t(
      '企业微信主要连接自己的员工，服务外部客户要靠客户联系功能。',
      'WeCom mainly connects your own staff; serving customers goes through its customer-contact features.',
    ),
    ['ent.definition', 'ent.functions'],
  ),

  plus(20)(
    'goals',
    'sell',
    'miniprogram',
    t(
      '你想卖东西收款：机构认证的小程序可以接入微信支付，做完整的下单流程。',
      'You want to sell: a certified mini program of an organisation can take WeChat Pay for a full ordering flow.',
    ),
    ['svc.pay', 'mp.definition'],
    { when: notIndividual },
  ),
  plus(10)(
    'goals',
    'sell',
    'miniprogram',
    t(
      '你想卖东西：小程序可以做商品展示页面，用户不用下载。',
      'You want to sell: a mini program can show your goods on pages users open without installing anything.',
    ),
    ['mp.definition'],
    { key: 'individual', when: isIndividual },
  ),
  plus(15)(
    'goals',
    'sell',
    'service',
    t(
      '你想卖东西收款：服务号认证后可以申请成为微信支付商户。',
      'You want to sell: a certified service account can apply to become a WeChat Pay merchant.',
    ),
    ['svc.pay'],
    { when: notIndividual },
  ),
  // When WeChat Pay is a must, the payment answer already carries this reason: count it once.
  minus(25)('goals', 'sell', 'subscription', SUB_NO_PAY, ['sub.functions'], { when: (a) => a.payment !== 'yes' }),
  minus(10)(
    'goals',
    'sell',
    'enterprise',
    t(
      '企业微信面向内部协作，不是对顾客的销售渠道。',
      'WeCom is for working with your own team, not a sales channel to customers.',
    ),
    ['ent.definition', 'ent.functions'],
  ),

  plus(35)(
    'goals',
    'internal',
    'enterprise',
    t(
      '你要内部沟通：企业微信连接员工、上下游伙伴和企业应用，有通讯录、审批等功能。',
      'You want internal communication: WeCom connects staff, partners and business apps, with an address book, approvals and more.',
    ),
    ['ent.definition', 'ent.functions'],
  ),
  minus(5)(
    'goals',
    'internal',
    'service',
    t(
      '服务号面向公众关注者，没有内部通讯录和审批。',
      'A service account faces public followers; it has no internal address book or approvals.',
    ),
    ['svc.definition', 'ent.functions'],
  ),
  minus(10)(
    'goals',
    'internal',
    'subscription',
    t(
      '订阅号是单向发布信息，不适合团队内部沟通。',
      'A subscription account broadcasts one way; it does not suit team communication.',
    ),
    ['sub.definition'],
  ),
  minus(5)(
    'goals',
    'internal',
    'miniprogram',
    t(
      '小程序可以做内部工具，但通讯录和审批要自己开发。',
      'A mini program could be an internal tool, but you would build the address book and approvals yourself.',
    ),
    ['mp.definition', 'ent.functions'],
  ),

  plus(35)(
    'goals',
    'tool',
    'miniprogram',
    t(
      '你想做类似 App 的工具：小程序不用下载安装，适合“把事情做小”，低成本快速验证商业模式。',
      'You want an app-like tool: a mini program needs no installing and suits "making things small", an MVP to test a business model cheaply and fast.',
    ),
    ['mp.definition', 'mp.limits'],
  ),
  minus(5)(
    'goals',
    'tool',
    'service',
    t(
      '服务号的菜单和接口只能做简单功能，做不成完整的工具。',
      "A service account's menu and interfaces cover simple features, not a full tool.",
    ),
    ['svc.functions'],
  ),
  minus(10)(
    'goals',
    'tool',
    'subscription',
    t('订阅号用来发布信息，做不了工具。', 'A subscription account is for publishing, not for tools.'),
    ['sub.definition'],
  ),
  minus(5)('goals', 'tool', 'enterprise', t('企业微信的应用面向自己的员工。', 'WeCom apps serve your own staff.'), [
    'ent.functions',
  ]),
];

const FREQUENCY_RULES: Rule[] = [
  plus(20)(
    'frequency',
    'daily',
    'subscription',
    t(
      '你每天都要推送：订阅号每天可以群发 1 次。',
      'You push daily: a subscription account may send one group message a day.',
    ),
    ['sub.quota'],
  ),
  minus(15)(
    'frequency',
    'daily',
    'service',
    t(
      '服务号每月只能群发 4 次，每位关注者每月最多收到 4 条，跟不上每天推送。',
      'A service account gets 4 group messages a month and each follower receives at most 4, which cannot keep up with daily pushes.',
    ),
    ['svc.quota'],
  ),
  plus(10)(
    'frequency',
    'weekly',
    'subscription',
    t('每周推送，订阅号每天 1 次的额度绰绰有余。', "Weekly pushes fit easily in a subscription account's one a day."),
    ['sub.quota'],
  ),
  plus(10)(
    'frequency',
    'few_monthly',
    'service',
    t(
      '每月推送几次，服务号每月 4 次够用，而且消息直接出现在多数用户的聊天列表里。',
      "A few pushes a month fit a service account's 4, and its messages land right in most users' chat list.",
    ),
    ['svc.quota', 'svc.where'],
  ),
  minus(5)(
    'frequency',
    'few_monthly',
    'subscription',
    t(
      '订阅号消息收在“订阅号消息”文件夹里，只有红点没有推送提醒，不常推送容易被忽略。',
      'Subscription messages sit in the "subscription messages" folder with only a red dot, so occasional pushes are easy to miss.',
    ),
    ['sub.where'],
  ),
  plus(5)(
    'frequency',
    'rarely',
    'service',
    t(
      '你很少推送，服务号每月 4 次的限制对你没有影响。',
      "You rarely push, so the service account's limit of 4 a month won't hold you back.",
    ),
    ['svc.quota'],
  ),
  minus(5)(
    'frequency',
    'rarely',
    'subscription',
    t(
      '订阅号的长处是每天推送，你用不上。',
      "A subscription account's strength is daily publishing, which you don't need.",
    ),
    ['sub.quota'],
  ),
];

const AUDIENCE_RULES: Rule[] = [
  minus(20)(
    'audience',
    'public',
    'enterprise',
    t(
      '你面向公众，而企业微信（原企业号）主要连接自己的员工和伙伴，关注者要验证身份。',
      'You serve the public, while WeCom (the former enterprise account) mainly connects your own staff and partners, whose identity is verified.',
    ),
    ['ent.definition'],
  ),
  plus(5)(
    'audience',
    'public',
    'service',
    t(
      '服务号的消息出现在关注者的聊天列表里，更容易被看到。',
      "Service account messages appear in followers' chat list, where they are easier to see.",
    ),
    ['svc.where'],
  ),
  plus(30)(
    'audience',
    'staff',
    'enterprise',
    t(
      '你面向自己的员工和伙伴：这正是企业微信的用途。',
      'You serve your own staff and partners: that is what WeCom is for.',
    ),
    ['ent.definition'],
  ),
  minus(10)(
    'audience',
    'staff',
    'service',
    t(
      '服务号是为公众关注者设计的，不是为内部人员。',
      'A service account is made for public followers, not for your own people.',
    ),
    ['svc.definition'],
  ),
  minus(10)(
    'audience',
    'staff',
    'subscription',
    t(
      '订阅号是向公众传播信息的，不是为内部人员。',
      'A subscription account spreads information to the public, not to your own people.',
    ),
    ['sub.definition'],
  ),
  minus(5)(
    'audience',
    'staff',
    'miniprogram',
    t(
      '小程序面向所有微信用户，做内部工具要自己管理谁能用。',
      'A mini program is open to any WeChat user; as an internal tool you would manage access yourself.',
    ),
    ['mp.definition'],
  ),
  plus(10)(
    'audience',
    'both',
    'enterprise',
    t(
      '企业微信连接员工，也能通过客户联系功能连接微信用户。',
      'WeCom connects your staff and, through customer contact, WeChat users too.',
    ),
    ['ent.definition', 'ent.functions'],
  ),
  plus(5)(
    'audience',
    'both',
    'service',
    t('服务号可以服务外部客户。', 'A service account serves your outside customers.'),
    ['svc.definition'],
  ),
];

const PAYMENT_RULES: Rule[] = [
  plus(15)(
    'payment',
    'yes',
    'service',
    t(
      '你需要微信支付：服务号认证后可以申请成为微信支付商户。',
      'You need WeChat Pay: a certified service account can apply to become a WeChat Pay merchant.',
    ),
    ['svc.pay'],
    { when: notIndividual },
  ),
  caution(
    'payment',
    'yes',
    'service',
    t(
      '微信支付要先完成微信认证（机构每年 300 元）。',
      'WeChat Pay needs WeChat certification first (300 CNY a year for organisations).',
    ),
    ['svc.pay', 'cert.fee'],
    { key: 'certify', when: notIndividual },
  ),
  block(
    'payment',
    'yes',
    'service',
    t(
      '你需要微信支付，而微信支付要认证的服务号或机构的小程序，个人开不了。',
      'You need WeChat Pay, which needs a certified service account or an organisation’s mini program: an individual cannot open it.',
    ),
    ['svc.pay', 'mp.who'],
    { key: 'individual', when: isIndividual },
  ),
  plus(15)(
    'payment',
    'yes',
    'miniprogram',
    t('机构认证的小程序也可以接入微信支付。', 'A certified mini program of an organisation can take WeChat Pay too.'),
    ['svc.pay'],
    { when: notIndividual },
  ),
  minus(20)(
    'payment',
    'yes',
    'miniprogram',
    t(
      '你以个人身份申请：个人的小程序不能使用微信支付。微信支付需要机构主体，例如先注册个体工商户。',
      'Because you are applying as an individual, your mini program cannot use WeChat Pay: it needs an organisation, e.g. registering as an individual business (个体工商户) first.',
    ),
    ['mp.who', 'svc.pay', 'who.entities'],
    { key: 'individual', when: isIndividual },
  ),
  minus(30)('payment', 'yes', 'subscription', SUB_NO_PAY, ['sub.functions'], { when: notIndividual }),
  minus(30)(
    'payment',
    'yes',
    'subscription',
    t(
      '订阅号不能接入微信支付（据报道）；微信支付需要机构主体，个人可以先注册个体工商户。',
      'A subscription account cannot take WeChat Pay (reported); WeChat Pay needs an organisation, so as an individual you would first register an individual business (个体工商户).',
    ),
    ['sub.functions', 'svc.pay', 'who.entities'],
    { key: 'individual', when: isIndividual },
  ),

  plus(5)(
    'payment',
    'later',
    'service',
    t(
      '服务号以后认证就能申请微信支付，给你留了余地。',
      'With a service account you can certify and add WeChat Pay later.',
    ),
    ['svc.pay'],
    { when: notIndividual },
  ),
  plus(5)(
    'payment',
    'later',
    'miniprogram',
    t(
      '机构的小程序以后认证就能接入微信支付。',
      "An organisation's mini program can add WeChat Pay later, once certified.",
    ),
    ['svc.pay'],
    { when: notIndividual },
  ),
  minus(10)(
    'payment',
    'later',
    'subscription',
    t(
      '订阅号以后也加不了微信支付（据报道）。',
      'A subscription account cannot add WeChat Pay later either (reported).',
    ),
    ['sub.functions'],
  ),
  caution(
    'payment',
    'later',
    'subscription',
    t(
      '以后想从订阅号换成服务号只能走帐号迁移：审核费 300 元，约 2–7 天，关注者会收到通知并可能取关；据报道普通企业已不能从订阅号迁到服务号。',
      'Moving from a subscription account to a service account later means account migration: a 300 CNY review fee, about 2–7 days, followers are notified and may unfollow; for ordinary companies it is reported as no longer supported.',
    ),
    ['sub.upgrade'],
    { key: 'migration' },
  ),
  plus(5)(
    'payment',
    'no',
    'subscription',
    t(
      '你不需要微信支付，订阅号不能收款这点对你没有影响。',
      "You don't need WeChat Pay, so a subscription account's lack of it doesn't matter.",
    ),
    ['sub.functions'],
  ),
];

const DEVELOPER_RULES: Rule[] = [
  plus(10)(
    'developer',
    'yes',
    'miniprogram',
    t(
      '你有开发能力，可以完成小程序的开发、提审和发布。',
      'You have developers, so you can build a mini program, submit it for review and release it.',
    ),
    ['mp.process'],
  ),
  caution('developer', 'yes', 'miniprogram', MP_REVIEW, ['mp.process'], { key: 'review' }),
  plus(5)(
    'developer',
    'yes',
    'service',
    t(
      '有开发能力还能用好服务号的高级接口，例如带参数二维码。',
      "Developers can also make use of a service account's advanced interfaces, such as parametric QR codes.",
    ),
    ['svc.advanced'],
  ),
  minus(25)(
    'developer',
    'no',
    'miniprogram',
    t(
      '你没有开发能力，而小程序要绑定开发者、用微信开发者工具写代码，再提交审核。',
      'You have no developers, while a mini program needs developers bound to it, code written in WeChat DevTools and a review.',
    ),
    ['mp.process'],
  ),
  caution('developer', 'no', 'miniprogram', MP_REVIEW, ['mp.process'], { key: 'review' }),
];

const CERTIFY_RULES: Rule[] = [
  plus(5)(
    'certify',
    'yes',
    'service',
    t(
      '你愿意认证：认证后服务号才有微信支付和高级接口，还有官方标识。',
      'You are willing to certify: certification unlocks WeChat Pay and the advanced interfaces of a service account, plus an official mark.',
    ),
    ['svc.functions', 'cert.benefit'],
    { when: notIndividual },
  ),
  caution('certify', 'yes', 'service', CERT_FEE, ['cert.fee'], { key: 'fee', when: notIndividual }),
  caution('certify', 'unsure', 'service', CERT_FEE, ['cert.fee'], { key: 'fee', when: notIndividual }),
  minus(15)(
    'certify',
    'no',
    'service',
    t(
      '你不打算认证，而服务号的微信支付和高级接口都要认证。',
      "You don't plan to certify, yet a service account's WeChat Pay and advanced interfaces need certification.",
    ),
    ['svc.functions', 'svc.pay'],
  ),
  minus(10)(
    'certify',
    'no',
    'miniprogram',
    t('不认证的小程序接不了微信支付。', 'Without certification your mini program cannot take WeChat Pay.'),
    ['svc.pay'],
    { when: (a) => a.payment === 'yes' && notIndividual(a) },
  ),
];

const NATIVE_RULES: Rule[] = [
  minus(20)(
    'native',
    'yes',
    'miniprogram',
    t(
      '你需要大量原生能力（如图片编辑、导航），这超出了小程序擅长的范围。',
      'You need heavy native device features (such as image editing or navigation), beyond what mini programs do well.',
    ),
    ['mp.limits'],
  ),
  caution(
    'native',
    'yes',
    'miniprogram',
    t(
      '像美图秀秀、百度地图这类依赖系统和硬件接口的工具，小程序做不好：可以先用小程序验证想法，核心功能考虑原生 App。',
      'Tools that rely on native OS and hardware interfaces (like Meitu XiuXiu or Baidu Maps) are beyond mini programs: validate the idea with one, and consider a native app for the core.',
    ),
    ['mp.limits'],
    { key: 'native' },
  ),
];

export const RULES: readonly Rule[] = [
  ...entityRules(),
  ...GOAL_RULES,
  ...FREQUENCY_RULES,
  ...AUDIENCE_RULES,
  ...PAYMENT_RULES,
  ...DEVELOPER_RULES,
  ...CERTIFY_RULES,
  ...NATIVE_RULES,
];
