/**
 * The English of facts/certification.ts, each under the key of its Chinese (domain/text.ts textKey), with the Chinese above it.
 */
export const CERTIFICATION_EN: Readonly<Record<string, string>> = {
  // 每次审核 300 元；每年需重新认证。
  '1uy610e': '300 yuan per review; annual re-certification required.',
  // 中国大陆的组织每次审核 300 元，有效期一年，每年同价，审核不通过不退费。政府免费；
  xpnp37:
    '300 CNY per review for mainland organisations, valid for one year, the same fee every year, not refunded on failure. Free for government;',
  // 基金会和外国政府机构也免费。
  '2oqcm1': 'also for foundations and foreign-government offices.',
  // 境外主体 99 美元。
  '1n2ra2n': 'Overseas entities pay USD 99.',
  // 个人公众号的“个人认证”见公众号部分。
  '1ibijb6':
    "For an individual's official account, personal certification (个人认证) is described under the official account.",
  // 小程序认证：个人每年 30 元，或是个体工商户目前享有的优惠价（没有官方数字，两个来源对适用对象说法不一）。
  '1ta4klp':
    'Mini-program certification: 30 CNY a year for individuals, or a current discount price for individual businesses (个体工商户); there is no official figure, and the two sources differ on whom it covers.',
  // 免费的快速创建通道（法定代表人刷脸，默认已认证）已经结束：2023-12-25 起快速注册的账号都未认证。
  bt3p3u:
    "The free fast-create route (the legal representative's face scan, certified by default) has ended: accounts fast-registered from 2023-12-25 start uncertified.",
  // 获得更多功能和权限，以及官方认证标识，帮助用户决定是否关注。
  '1ejoxwl': 'More functions and permissions, and an official mark that helps people decide to follow.',
  // 认证后才能开通微信支付、模板消息和高级接口，还会加上官方认证标识，帮助用户决定是否关注；对小程序来说，认证决定能否被搜索和分享，企业和个体工商户还要先认证才能备案。
  x8o5t5:
    'Certification unlocks WeChat Pay, template messages and advanced interfaces and adds an official mark that helps people decide to follow; for mini programs it gates search and sharing and, for enterprises and individual businesses (个体工商户), ICP filing.',
  // 年审过期后，不能发布新版本、不能被搜索；30 天后不能分享；60 天后不能有新用户、不能收款。
  wp7xax: 'A lapsed review blocks releases and search, sharing after 30 days, new users and payments after 60.',
  // 小程序需要自己的认证，每年年审（企业 300 元）；
  '6kxfxy': 'Mini programs need their own certification, renewed yearly (300 CNY for enterprises);',
  // 沿用公众号认证的做法已于 2023-09-25 停止（客服答复）。
  '1c2o5mg': "reusing an official account's certification stopped on 2023-09-25 (support reply).",
  // 2023-12-25 起快速注册的小程序一开始都未认证：认证前不能被搜索、不能分享，但可以发布（官方说明）。认证和备案可以一起申请。
  '11brfbr':
    'Mini programs fast-registered from 2023-12-25 start uncertified: no search or sharing until certified, release allowed (official). Certification and ICP filing can be requested together.',
};
