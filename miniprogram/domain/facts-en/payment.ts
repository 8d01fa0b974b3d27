/**
 * The English of facts/payment.ts, each under the key of its Chinese (domain/text.ts textKey), with the Chinese above it.
 */
export const PAYMENT_EN: Readonly<Record<string, string>> = {
  // 没有开发能力也能收微信支付：由微信支付服务商帮你开通特约商户，这种方式就是“为无开发能力的小商户”准备的；另一种是自己在商户平台申请普通商户，并自己开发。通过服务商开通时：服务商提交营业执照、结算规则、银行账户和超级管理员信息；你的超级管理员扫码核对；微信支付审核约 1–3 个工作日；之后 10 天内要完成账户验证（超级管理员是法定代表人时不需要）；最后在线签约。钱直接进你的账户，从不经过服务商。
  '1g7gtxk':
    'You can take WeChat Pay without developers: a WeChat Pay service provider onboards you as a sub-merchant (特约商户), a route meant "for small merchants without development ability". The other way is to apply as an ordinary merchant (普通商户) in the merchant platform and do your own development. With a provider: the provider submits your licence, settlement rule, bank and super-admin details; your super admin scans and checks them; WeChat Pay reviews in about 1–3 working days; an account check follows within 10 days (none if the super admin is the legal representative); then you sign online. The money goes straight to you, never through the provider.',
  // 你付的手续费按所在行业的结算规则计算，服务商在帮你开户时可以设优惠费率；官方费率表要登录才能看，所以没有公开的官方数字。
  '5zsh3k':
    "Your fee follows your industry's settlement rule, and a provider may set a discounted rate when it onboards you; the official fee table needs a login, so there is no public official figure.",
  // 常见费率为 0.6%，按行业在 0.2%–1.0% 之间，0.2% 的规则覆盖餐饮、零售、生鲜、酒店、民营诊所和线下培训。
  '1qmzqap':
    '0.6% is the common rate, 0.2–1.0% by industry, with 0.2% rules covering catering, retail, fresh food, hotels, private clinics and offline training.',
  // 结算通常在次日（T+1）。
  '166cz0i': 'Settlement is usually the next day (T+1).',
  // 能开哪些支付产品取决于你的主体（2025-07-17 的规定）：企业、事业单位、政府机关和社会组织全部都能开；个体工商户除 H5 支付外都能开；没有营业执照的小微商户，只能由有这项权限的服务商帮你开通。个人主体的小程序不能绑定商户号。
  q9ulh:
    'Which payment products you can get depends on your entity (rules of 2025-07-17): enterprises, public institutions, government bodies and social organisations get all of them; an individual business (个体工商户) gets all but H5 payment; licence-free small sellers (小微商户) can be onboarded only by a provider with that permission. A mini program registered by an individual cannot bind a merchant number.',
  // 不要去找后台里的“小程序支付管理服务”：它只是灰度测试，已经停止，用过它的小程序都回到了标准的微信支付。这条路走不通。
  '1duzusu':
    'Do not look for the mini program payment management service (小程序支付管理服务) in the backend: it was a limited test and is discontinued, and its mini programs went back to standard WeChat Pay. It is not a path.',
};
