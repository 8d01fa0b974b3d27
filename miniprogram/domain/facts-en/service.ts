/**
 * The English of facts/service.ts, each under the key of its Chinese (domain/text.ts textKey), with the Chinese above it.
 */
export const SERVICE_EN: Readonly<Record<string, string>> = {
  // 为企业和组织提供更强的业务服务与用户管理能力，主要偏向服务类交互（类似 12315、114、银行：绑定信息、服务交互）。
  '9nn7c0':
    'Gives enterprises and organisations stronger business-service and user-management capabilities; mainly service interaction (like 12315, 114, banks: binding information, service interaction).',
  // 为企业和组织提供业务服务和用户管理，以服务交互为主：绑定信息、查询、预约和通知，像银行或 12315 的服务窗口。
  nbgg95:
    "Gives enterprises and organisations business services and user management, mainly service interaction: binding information, look-ups, bookings and notices, like a bank's or 12315's service window.",
  // 媒体、企业、政府或其他组织；个人不可申请。
  ou9she: 'Media, enterprises, government or other organisations. Not for individuals.',
  // 仅限组织，包括个体工商户；个人不能注册服务号。
  n8gbjd: 'Organisations only, including individual businesses (个体工商户); an individual cannot register one.',
  // 推送消息出现在聊天列表（会话页）中。
  sixy97: 'Push messages appear in the chat list (conversation page).',
  // 对多数用户，消息仍出现在聊天列表里。自 2024 年 6 月起，微信灰度测试把服务号消息折叠进“服务号”消息盒子（分为通知（含模板消息）、已关注、发现）；2024 年 7 月随 iOS 8.0.50 测试，2024 年秋季扩大。这仍是测试：尚无来源证实 2025–2026 年已全量推出。
  '1kholnr':
    'For most users messages still appear in the chat list. From June 2024 WeChat grey-tested folding service-account messages into a box labelled Service accounts (服务号) that holds Notifications incl. template messages, Followed and Explore; iOS 8.0.50 in July 2024, widening in autumn 2024. It is still a test: no source confirms a full rollout in 2025–2026.',
  // 每月 4 条群发消息。高级群发接口可让运营者对粉丝分组群发而不占用平台的 4 次推送，但每位粉丝每月最多仍只收到 4 条；该接口每天可调用 100 次。
  rbzzhy:
    '4 group messages per month. The advanced mass-send interface lets operators segment followers without using the 4 platform pushes, but each follower still receives at most 4 per month; the interface may be called 100 times a day.',
  // 每个自然月可群发 4 次；每位粉丝每月最多收到 4 条，超出的对该粉丝发送失败。已认证的账号还可以用群发接口（新账号每天 100 次）；只有发给全部粉丝的群发计入 4 条历史记录；开启“API 群发保护”时，需管理员在 30 分钟内确认。发表（不推送）不占群发次数。群发接口每分钟最多接受 60 次请求。
  u1wv9y:
    '4 group messages per calendar month (自然月); each follower receives at most 4 a month, and further sends to that follower fail. Certified accounts may also use the mass-send interface (100 calls a day for new accounts); only sends to all followers count toward the 4 history entries; with API mass-send protection (API 群发保护) on, an admin must confirm within 30 minutes. Publishing without push uses no quota. The mass-send API accepts at most 60 requests a minute.',
  // 群发消息、微信认证、高级接口、广告主、流量主、多客服、自定义菜单、微信支付、微信小店。
  oehoch:
    'Group messaging, WeChat certification, advanced interfaces, advertisers, traffic owners (流量主), multiple customer service, custom menu, WeChat Pay, WeChat store.',
  // 自定义菜单无论是否认证都能用；微信支付、模板消息和高级接口需要认证；还可以发客服消息。2017 年的微信小店已于 2020 年下线，如今的微信小店是另一款产品。
  i04zr6:
    "A custom menu with or without certification; WeChat Pay, template messages and advanced interfaces need certification; customer-service messages as well. The 2017 WeChat store went offline in 2020; today's WeChat Shop (微信小店) is a separate product.",
  // 认证服务号可获得九大高级接口，包括获取粉丝信息和带参数二维码。
  '1c5ndv6':
    'A certified service account gets nine advanced interfaces, including follower information and QR codes with parameters.',
  // 接口已不止九个；已认证的服务号得到的接口最全，例如带参数二维码：临时码最长 30 天，永久码最多 100,000 个。
  '1lxk3du':
    'Interfaces grew beyond nine; the certified service account gets the broadest set, e.g. parametric QR codes: temporary up to 30 days, up to 100,000 permanent.',
  // 要售卖商品，需申请服务号并完成认证，再申请成为微信支付商户。
  g54bx5: 'To sell goods, apply for a service account, certify it, then apply to be a WeChat Pay merchant.',
  // 要用微信支付收款，需要已认证的服务号，或非个人主体的已认证小程序；然后申请成为微信支付商户，也可以通过服务商开成特约商户。个人在公众号、服务号和小程序上都开不了微信支付；个体工商户可以。
  '1xqiung':
    'To take WeChat Pay you need a certified service account, or a certified mini program of a non-individual entity; the owner then applies to be a WeChat Pay merchant, or becomes a sub-merchant (特约商户) through a WeChat Pay service provider. Individuals cannot get it on an official account (公众号), a service account or a mini program; an individual business (个体工商户) can.',
  // 服务号不能变更为订阅号。
  '185ighw': 'A service account cannot be changed into a subscription account.',
  // 服务号开通后永远不能改成公众号。账号迁移能把粉丝迁到另一个账号，但没有从服务号迁回公众号的路。
  '1mrfkru':
    'A service account can never become an official account (公众号). Account migration (账号迁移) moves its followers to another account, but there is no path from a service account back to an official account.',
  // 模板消息：服务通知（支付、订单、预约），不能用于营销。仅限已认证的服务号；最多 5 个类目、25 个模板，每天最多发送 100,000 次（粉丝超过 10 万、100 万、1000 万时上限更高）；不占每月 4 次群发。“订阅通知”在灰度测试中。
  '140a9mz':
    'Template messages (模板消息): service notices (payment, order, booking), no marketing. Certified service accounts only; up to 5 categories, 25 templates, 100,000 sends a day (more above 100k/1M/10M followers); outside the 4 group messages. Subscription notices (订阅通知) are in grey test.',
  // 客服消息只能在用户动作之后发送：用户发来消息后，48 小时内最多 5 条（以前是 20 条；2023-06-12 起的新账号适用，约 2023 年 8 月起所有账号适用）；用户点击菜单、关注或扫码后，1 分钟内最多 3 条。用户支付之后能发多少目前不明确：IT之家报道 2023 年已取消这一额度，但服务号文档仍列出它（不限条数，48 小时内），公众号文档则没有这一项。
  '1p4q9zz':
    "Customer-service messages (客服消息) can be sent only after a user action: after a user's message, 5 within 48 hours (formerly 20; for new accounts from 2023-06-12, for all by about August 2023); after a menu click, follow or scan, 3 within 1 minute. After a payment it is unclear: IT Home (IT之家) reported in 2023 that this allowance was withdrawn, yet the service-account doc still lists it (unlimited, within 48 hours), and the official-account doc has no such entry.",
  // 微信小店的变迁：2014 年的微信小店面向开通微信支付的已认证服务号，已下线（2020-07-10 公告），由微信小商店（2020-06-22 推出，免费、无需开发）取代；
  '10drcwy':
    'WeChat Shop (微信小店) history: the 2014 store for certified service accounts with WeChat Pay went offline (notice 2020-07-10), replaced by the WeChat mini shop (微信小商店, 2020-06-22, free, no code);',
  // 2024-08-25 起视频号小店成为新的微信小店（2024-09-25 前完成升级）。
  p069uo: 'from 2024-08-25 the Channels shop (视频号小店) became the new WeChat Shop (upgrades by 2024-09-25).',
  // 店主须为企业或个体工商户（官方接口）。
  '14i0zsq': 'Owners must be an enterprise or an individual business (个体工商户) (official API).',
};
