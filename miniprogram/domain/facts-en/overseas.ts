/**
 * The English of facts/overseas.ts, each under the key of its Chinese (domain/text.ts textKey), with the Chinese above it.
 */
export const OVERSEAS_EN: Readonly<Record<string, string>> = {
  // 境外主体可以开小程序，而且不用做 ICP 备案，也没有年审：200 多个国家和地区的企业、个体工商户、政府、学校和其他组织都可以申请。境外小程序只能使用对境外主体开放的服务类目。已认证的境外公众号每月最多可快速注册 5 个小程序，沿用公众号的认证，不用再交认证费。直接认证境外小程序：未找到官方收费标准；
  '1wdwdbk':
    'An overseas business can open a mini program with no ICP filing (备案) and no annual review: enterprises, individual businesses (个体工商户), governments, schools and other organisations in over 200 countries and regions may apply. An overseas mini program can use only the trade categories (服务类目) open to overseas entities. A verified overseas official account can quick-register up to 5 mini programs a month, reusing its verification with no new fee. Certifying an overseas mini program directly: no official fee found;',
  // 认证费为 99 美元。
  '19wc27u': 'the fee is USD 99.',
  // 境外主体可以拥有公众号，自 2018 年 7 月起中国大陆用户也能看到：它开到的是服务号（“海外特殊认证的国内服务号”），认证费每年 99 美元，需提供公司名称、注册号、地址、办公电话和企业银行账户；审核约 5–10 个工作日。
  '5ljpie':
    'An overseas business can own an official account that mainland users can see (since July 2018): a service account with special overseas verification (海外特殊认证的国内服务号), verified for USD 99 a year with the company name, registration number, address, an office phone and a business bank account; review takes about 5–10 working days.',
  // 2018 年时这类账号没有微信支付，也没有接口权限；如今能用哪些功能，没有来源说明。
  g6152b: 'In 2018 these accounts had no WeChat Pay and no APIs; no source shows what they can use today.',
  // 境外主体要收微信支付，须另开跨境商户号：不能沿用中国大陆的商户号，进件流程和接口也不一样；截至 2020-05-06，支持 64 个国家和地区。
  '15cyx8r':
    'To take WeChat Pay as an overseas business you need a separate cross-border merchant account: a mainland merchant number cannot be reused, and onboarding and the APIs differ; 64 countries and regions were supported as of 2020-05-06.',
  // 境外公司可以认证企业微信：每次审核 700 元（约 99 美元），需提供公司注册证书、营业执照和盖章的申请函，只能在电脑上办理（2024 年的资料）。
  '13d4716':
    'An overseas company can certify WeCom (企业微信): 700 CNY (about USD 99) per review, with the company registration certificate, business licence and a sealed application letter, on a PC only (as of 2024).',
};
