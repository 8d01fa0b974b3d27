import { Answers } from '../../quiz/questionnaire';
import {
  block,
  caution,
  isGovernment,
  isIndividual,
  minus,
  notGovernment,
  notIndividual,
  plus,
  Rule,
  words,
} from './rule';
import { CERT_FEE, CERT_FREE_FOR_GOVERNMENT, SUB_NO_PAY } from './shared-texts';

/** Payment, development capacity, certification and native needs. */
const payNeedsCertification = (a: Answers): boolean => notIndividual(a) && notGovernment(a);

export const PAYMENT_RULES: Rule[] = [
  plus(15)('payment', 'yes', 'service', words('你需要微信支付：服务号认证后可以申请成为微信支付商户。'), ['svc.pay'], {
    when: notIndividual,
    cause: 'pay',
  }),
  caution(
    'payment',
    'yes',
    'service',
    words('微信支付要先完成微信认证（每次审核 300 元，每年一次）；认证后还能发模板消息通知客户。'),
    ['svc.pay', 'cert.fee', 'svc.template'],
    { key: 'certify', when: payNeedsCertification },
  ),
  caution(
    'payment',
    'yes',
    'service',
    words('微信支付要先完成微信认证（政府免费，每年一次）；认证后还能发模板消息通知公众。'),
    ['svc.pay', 'cert.fee', 'svc.template'],
    { key: 'certify-free', when: isGovernment },
  ),
  block(
    'payment',
    'yes',
    'service',
    words('你需要微信支付，而个人在公众号、服务号和小程序上都开不了微信支付：它需要企业或个体工商户这样的主体。'),
    ['svc.pay', 'svc.who'],
    { key: 'individual', when: isIndividual },
  ),
  plus(15)('payment', 'yes', 'miniprogram', words('非个人主体认证后的小程序也可以接入微信支付。'), ['mp.pay'], {
    when: notIndividual,
    cause: 'pay',
  }),
  caution(
    'payment',
    'yes',
    'miniprogram',
    words('卖实物的交易类小程序必须接入订单发货管理：发货信息录入前，货款一直冻结。'),
    ['mp.pay'],
    { key: 'shipping', when: notIndividual },
  ),
  minus(20)(
    'payment',
    'yes',
    'miniprogram',
    words('你以个人身份申请：个人的小程序不能绑定微信支付商户号。微信支付需要企业或个体工商户，例如先注册个体工商户。'),
    ['mp.who', 'svc.pay', 'who.entities'],
    { key: 'individual', when: isIndividual },
  ),
  minus(30)('payment', 'yes', 'subscription', SUB_NO_PAY, ['sub.functions'], { when: notIndividual }),
  minus(30)(
    'payment',
    'yes',
    'subscription',
    words('公众号不能接入微信支付；微信支付需要企业或个体工商户，个人可以先注册个体工商户。'),
    ['sub.functions', 'svc.pay', 'who.entities'],
    { key: 'individual', when: isIndividual },
  ),

  plus(5)('payment', 'later', 'service', words('服务号以后认证就能申请微信支付，给你留了余地。'), ['svc.pay'], {
    when: notIndividual,
  }),
  plus(5)('payment', 'later', 'miniprogram', words('非个人主体的小程序以后认证就能接入微信支付。'), ['mp.pay'], {
    when: notIndividual,
  }),
  minus(10)('payment', 'later', 'subscription', words('公众号以后也加不了微信支付。'), ['sub.functions']),
  caution(
    'payment',
    'later',
    'subscription',
    words(
      '以后想从公众号换成服务号只能走账号迁移：费用 300 元，约 7–10 天，粉丝会收到通知；从订阅号迁到服务号已不支持（政府、媒体和事业单位除外）。',
    ),
    ['sub.upgrade'],
    { key: 'migration', mark: 'reported' },
  ),
  plus(5)('payment', 'no', 'subscription', words('你不需要微信支付，公众号不能收款这点对你没有影响。'), [
    'sub.functions',
  ]),
];

/** How anything that needs code gets built (the build question, v2): it decides how a mini program comes about. */
export const BUILD_RULES: Rule[] = [
  plus(10)('build', 'own', 'miniprogram', words('你有自己的开发人员，可以完成小程序的开发、提审和发布。'), [
    'mp.process',
  ]),
  plus(5)('build', 'own', 'service', words('自己的开发人员还能用好服务号的高级接口，例如带参数二维码。'), [
    'svc.advanced',
  ]),
  plus(10)(
    'build',
    'agency',
    'miniprogram',
    words('你请外包公司开发，开发费由你付：只做展示的小程序 5,000–20,000 元，带交易的 30,000 元起。'),
    ['prov.cost.custom'],
    { mark: 'reported' },
  ),
  plus(10)(
    'build',
    'rent',
    'miniprogram',
    words('你打算租用现成的小程序：服务商用你自己的账号部署，你不用开发，按年付服务商的费用。'),
    ['prov.what', 'prov.template', 'prov.cost.saas'],
  ),
  minus(20)(
    'build',
    'unsure',
    'miniprogram',
    words('你还没定怎么做：小程序要有人开发，或者租用服务商的现成小程序，两条路都要付费。'),
    ['mp.process', 'prov.what'],
  ),
];

export const CERTIFY_RULES: Rule[] = [
  plus(5)(
    'certify',
    'yes',
    'service',
    words('你愿意认证：认证后服务号才有微信支付、模板消息和高级接口，还有官方标识。'),
    ['cert.benefit'],
    { when: notIndividual },
  ),
  caution('certify', 'yes', 'service', CERT_FEE, ['cert.fee'], { key: 'fee', when: payNeedsCertification }),
  caution('certify', 'unsure', 'service', CERT_FEE, ['cert.fee'], { key: 'fee', when: payNeedsCertification }),
  caution('certify', 'yes', 'service', CERT_FREE_FOR_GOVERNMENT, ['cert.fee'], { key: 'fee-free', when: isGovernment }),
  caution('certify', 'unsure', 'service', CERT_FREE_FOR_GOVERNMENT, ['cert.fee'], {
    key: 'fee-free',
    when: isGovernment,
  }),
  minus(15)('certify', 'no', 'service', words('你不打算认证，而服务号的微信支付、模板消息和高级接口都要认证。'), [
    'svc.functions',
    'svc.pay',
  ]),
  minus(10)(
    'certify',
    'no',
    'miniprogram',
    words('你不打算认证，而小程序认证前不能被搜索、不能分享，也接不了微信支付。'),
    ['cert.mp', 'mp.pay'],
  ),
];

export const NATIVE_RULES: Rule[] = [
  minus(20)(
    'native',
    'yes',
    'miniprogram',
    words('你需要大量原生能力（如图片编辑、导航），这超出了小程序擅长的范围。'),
    ['mp.limits'],
  ),
  caution(
    'native',
    'yes',
    'miniprogram',
    words(
      '像美图秀秀、百度地图这类依赖系统和硬件接口的工具，小程序做不好，而且主包和每个分包不超过 2 MB、总计不超过 30 MB：可以先用小程序验证想法，核心功能考虑原生 App。',
    ),
    ['mp.limits'],
    { key: 'native' },
  ),
];
