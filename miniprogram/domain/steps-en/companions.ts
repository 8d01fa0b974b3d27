/**
 * The English of steps/companions.ts, each under the key of its Chinese (domain/text.ts textKey), with the Chinese above it.
 */
export const COMPANIONS_EN: Readonly<Record<string, string>> = {
  // 视频号：在“发现”里发短视频和图片；2020 年 1 月开始内测，之后向个人账号开放
  a5g18h:
    'Channels (视频号): short videos and pictures under Discover; alpha test from January 2020, then opened to individual accounts',
  // 微信用户，包括个人
  y0yl3i: 'WeChat users, individuals included',
  // 公众号旁边的内容渠道；自 2023-12-20 起小程序可以打开任意视频号主页；
  y0r0ql:
    'a content channel beside an official account (公众号); mini programs may open any Channels profile since 2023-12-20;',
  // 视频号可以挂微信小店的商品
  '1u4vgaf': 'Channels can carry WeChat Shop (微信小店) products',
  // 微信小店（2024-08-25 起）：微信官方运营的店铺，不需要小程序
  xctv2: 'WeChat Shop (微信小店), since 2024-08-25: a WeChat-run shop, no mini program needed',
  // 企业或个体工商户（官方接口）
  '1gtrokn': 'enterprises or individual businesses (个体工商户) (official API)',
  // 商品可以从公众号/服务号、视频号、小程序和搜索进入；
  '1vuifjm':
    'products linked from an official account (公众号) or service account (服务号), Channels, mini programs and search;',
  // 想卖货的个人可以先注册个体工商户，开一家微信小店，再从公众号或视频号推广
  '1cj72ap':
    'an individual who wants to sell registers an individual business, opens a WeChat Shop and promotes it from an official account or Channels',
  // 企业微信的客户联系和微信客服
  hagxpl: 'WeCom (企业微信) customer contact (客户联系) and WeChat Customer Service (微信客服)',
  // 组织；微信客服只能绑定同主体的非个人小程序
  '1u7zd6g': 'organisations; WeChat Customer Service binds only to non-personal mini programs of the same entity',
  // 在服务号的通知之外，做 1:1 的跟进；
  j652k5: "1:1 follow-up beside a service account's notices;",
  // 费用见企业微信的费用；
  jxnrv3: 'costs: see the WeCom costs;',
  // 微信客服验证前可服务 100 位客户，验证后 10,000 位，绑定视频号后不限
  yj2c94:
    'WeChat Customer Service serves 100 customers before verification, 10,000 after, unlimited with a bound Channels account',
};
