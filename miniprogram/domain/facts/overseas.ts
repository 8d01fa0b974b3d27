import { CHECKED_E3, Fact, p, reported } from '../row-types';

/** CONTENT.md "Overseas entities (境外主体)": the os.* rows. */
export const OVERSEAS_FACTS: readonly Fact[] = [
  {
    kind: 'fact',
    id: 'os.mp',
    seed: null,
    now: [
      p(
        '境外主体可以开小程序，而且不用做 ICP 备案，也没有年审：200 多个国家和地区的企业、个体工商户、政府、学校和其他组织都可以申请。境外小程序只能使用对境外主体开放的服务类目。已认证的境外公众号每月最多可快速注册 5 个小程序，沿用公众号的认证，不用再交认证费。直接认证境外小程序：未找到官方收费标准；',
      ),
      reported('认证费为 99 美元。'),
    ],
    changed: false,
    sources: ['os-faq', 'os-en', 'os-cat', 'usd99'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'os.svc',
    seed: null,
    now: [
      reported(
        '境外主体可以拥有公众号，自 2018 年 7 月起中国大陆用户也能看到：它开到的是服务号（“海外特殊认证的国内服务号”），认证费每年 99 美元，需提供公司名称、注册号、地址、办公电话和企业银行账户；审核约 5–10 个工作日。',
      ),
      p('2018 年时这类账号没有微信支付，也没有接口权限；如今能用哪些功能，没有来源说明。'),
    ],
    changed: false,
    sources: ['ww-os', 'skinny18', 'dragon18', 'flow19'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'os.pay',
    seed: null,
    now: [
      p(
        '境外主体要收微信支付，须另开跨境商户号：不能沿用中国大陆的商户号，进件流程和接口也不一样；截至 2020-05-06，支持 64 个国家和地区。',
      ),
    ],
    changed: false,
    sources: ['pay-os-comm', 'pay-os-faq'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'os.wecom',
    seed: null,
    now: [
      reported(
        '境外公司可以认证企业微信：每次审核 700 元（约 99 美元），需提供公司注册证书、营业执照和盖章的申请函，只能在电脑上办理（2024 年的资料）。',
      ),
    ],
    changed: false,
    sources: ['wecom-os'],
    checked: CHECKED_E3,
  },
];
