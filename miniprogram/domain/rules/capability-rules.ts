import { block, caution, isIndividual, minus, notIndividual, plus, Rule, t } from './rule';
import { SUB_NO_PAY } from './shared-texts';

/** Payment, development capacity, certification and native needs. */
const CERT_FEE = t(
  '微信认证每年 300 元（中国大陆机构），每年都要重新认证。',
  'WeChat certification costs 300 CNY a year for organisations in mainland China and must be renewed every year.',
);
const MP_REVIEW = t(
  '小程序要先开发、再提交代码审核，审核通过后才能发布。',
  'A mini program has to be developed and its code submitted for review; it is released only after approval.',
);

export const PAYMENT_RULES: Rule[] = [
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

export const DEVELOPER_RULES: Rule[] = [
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

export const CERTIFY_RULES: Rule[] = [
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

export const NATIVE_RULES: Rule[] = [
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
