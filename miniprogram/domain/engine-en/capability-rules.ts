/**
 * The English of the reasons of recommendation/rules/capability-rules.ts, whose Chinese is in
 * result-views/reason-words.ts: each under the key of its Chinese (domain/text.ts textKey), with the Chinese above it.
 */
export const CAPABILITY_RULES_EN: Readonly<Record<string, string>> = {
  // 你需要微信支付：服务号认证后可以申请成为微信支付商户。
  cp8xqb: 'You need WeChat Pay: a certified service account can apply to become a WeChat Pay merchant.',
  // 微信支付要先完成微信认证（每次审核 300 元，每年一次）；认证后还能发模板消息通知客户。
  '1p8pyjz':
    'WeChat Pay needs certification first (300 CNY per review, yearly); certification also unlocks template messages for notices.',
  // 微信支付要先完成微信认证（政府免费，每年一次）；认证后还能发模板消息通知公众。
  h6x8fd:
    'WeChat Pay needs certification first (free for government, yearly); certification also unlocks template messages for notices.',
  // 你需要微信支付，而个人在公众号、服务号和小程序上都开不了微信支付：它需要企业或个体工商户这样的主体。
  '1qzk1b9':
    'You need WeChat Pay, which an individual cannot get on an official account, a service account or a mini program: it needs an entity such as an enterprise or an individual business.',
  // 非个人主体认证后的小程序也可以接入微信支付。
  '3mm7vk': 'A certified mini program of a non-individual entity can take WeChat Pay too.',
  // 卖实物的交易类小程序必须接入订单发货管理：发货信息录入前，货款一直冻结。
  '1yxkral':
    'A trade mini program must connect order-shipping management: funds stay frozen until shipping is recorded.',
  // 你以个人身份申请：个人的小程序不能绑定微信支付商户号。微信支付需要企业或个体工商户，例如先注册个体工商户。
  '8t8n5n':
    'Because you are applying as an individual, your mini program cannot bind a WeChat Pay merchant number: WeChat Pay needs an enterprise or an individual business, e.g. registering as an individual business first.',
  // 公众号不能接入微信支付；微信支付需要企业或个体工商户，个人可以先注册个体工商户。
  '1t4srzw':
    'An official account cannot take WeChat Pay; WeChat Pay needs an enterprise or an individual business, so as an individual you would first register an individual business.',
  // 服务号以后认证就能申请微信支付，给你留了余地。
  seojex: 'With a service account you can certify and add WeChat Pay later.',
  // 非个人主体的小程序以后认证就能接入微信支付。
  '1lwmr6c': "A non-individual entity's mini program can add WeChat Pay later, once certified.",
  // 公众号以后也加不了微信支付。
  o27igi: 'An official account cannot add WeChat Pay later either.',
  // 以后想从公众号换成服务号只能走账号迁移：费用 300 元，约 7–10 天，粉丝会收到通知；从订阅号迁到服务号已不支持（政府、媒体和事业单位除外）。
  '1ws2ww7':
    'Moving from an official account to a service account later means account migration: 300 CNY, about 7–10 days, followers are told; subscription → service is not supported except for government, media and public institutions.',
  // 你不需要微信支付，公众号不能收款这点对你没有影响。
  '1yo0il6': "You don't need WeChat Pay, so an official account's lack of it doesn't matter.",
  // 你有自己的开发人员，可以完成小程序的开发、提审和发布。
  '1e237gc': 'You have your own developers, so you can build a mini program, submit it for review and release it.',
  // 自己的开发人员还能用好服务号的高级接口，例如带参数二维码。
  x6bwll: "Your developers can also make use of a service account's advanced interfaces, such as parametric QR codes.",
  // 你请外包公司开发，开发费由你付：只做展示的小程序 5,000–20,000 元，带交易的 30,000 元起。
  '1dh3jba':
    'An agency you pay builds the mini program, and you pay for it: 5,000–20,000 CNY for display only, from 30,000 CNY with trading.',
  // 你打算租用现成的小程序：服务商用你自己的账号部署，你不用开发，按年付服务商的费用。
  '1ddhnbz':
    "You plan to rent a ready-made mini program: a provider deploys it under your own account, with no development, for the provider's yearly fee.",
  // 你还没定怎么做：小程序要有人开发，或者租用服务商的现成小程序，两条路都要付费。
  gi4uo0:
    'You have not decided how: a mini program needs developers, or a ready-made one rented from a provider, and both cost money.',
  // 你愿意认证：认证后服务号才有微信支付、模板消息和高级接口，还有官方标识。
  '369p2w':
    'You are willing to certify: certification unlocks WeChat Pay, template messages and the advanced interfaces of a service account, plus an official mark.',
  // 你不打算认证，而服务号的微信支付、模板消息和高级接口都要认证。
  '1838xs4':
    "You don't plan to certify, yet a service account's WeChat Pay, template messages and advanced interfaces need certification.",
  // 你不打算认证，而小程序认证前不能被搜索、不能分享，也接不了微信支付。
  ddep20:
    "You don't plan to certify, yet an uncertified mini program cannot be found in search, shared, or take WeChat Pay.",
  // 你需要大量原生能力（如图片编辑、导航），这超出了小程序擅长的范围。
  o63b8i:
    'You need heavy native device features (such as image editing or navigation), beyond what mini programs do well.',
  // 像美图秀秀、百度地图这类依赖系统和硬件接口的工具，小程序做不好，而且主包和每个分包不超过 2 MB、总计不超过 30 MB：可以先用小程序验证想法，核心功能考虑原生 App。
  ixry75:
    'Tools that rely on native OS and hardware interfaces (like Meitu XiuXiu or Baidu Maps) are beyond mini programs, and each package is ≤ 2 MB, ≤ 30 MB in all: validate the idea with one, and consider a native app for the core.',
};
