/**
 * The English of the reasons of recommendation/rules/audience-rules.ts, whose Chinese is in
 * result-views/reason-words.ts: each under the key of its Chinese (domain/text.ts textKey), with the Chinese above it.
 */
export const AUDIENCE_RULES_EN: Readonly<Record<string, string>> = {
  // 你每天都要推送：公众号每个自然日可以群发 1 次（00:00 重置）。
  n9vhyl: 'You push daily: an official account may send one group message per calendar day (reset at 00:00).',
  // 服务号每月只能群发 4 次，每位关注者每月最多收到 4 条，跟不上每天推送。
  '1oc8lgx':
    'A service account gets 4 group messages a month and each follower receives at most 4, which cannot keep up with daily pushes.',
  // 每周推送，公众号每天 1 次的额度绰绰有余。
  ngd90y: "Weekly pushes fit easily in an official account's one a day.",
  // 每月推送几次，服务号每月 4 次够用，而且消息直接出现在多数用户的聊天列表里。
  '1u4q963': "A few pushes a month fit a service account's 4, and its messages land right in most users' chat list.",
  // 公众号消息收在“公众号”文件夹里，只有红点没有推送提醒，不常推送容易被忽略。
  '1qrimrz':
    "An official account's messages sit in the official accounts folder with only a red dot, so occasional pushes are easy to miss.",
  // 你很少推送，服务号每月 4 次的限制对你没有影响。
  '1gqiunb': "You rarely push, so the service account's limit of 4 a month won't hold you back.",
  // 公众号的长处是每天推送，你用不上。
  '1p01f21': "An official account's strength is daily publishing, which you don't need.",
  // 你面向公众，而企业微信（原企业号）主要连接自己的员工和伙伴，关注者要验证身份。
  davafz:
    'You serve the public, while WeCom (the former enterprise account) mainly connects your own staff and partners, whose identity is verified.',
  // 服务号的消息出现在关注者的聊天列表里，更容易被看到。
  '1t22mh3': "Service account messages appear in followers' chat list, where they are easier to see.",
  // 你面向自己的员工和伙伴：这正是企业微信的用途。
  '13dpzzo': 'You serve your own staff and partners: that is what WeCom is for.',
  // 服务号是为公众关注者设计的，不是为内部人员。
  bx87si: 'A service account is made for public followers, not for your own people.',
  // 公众号是向公众传播信息的，不是为内部人员。
  hh5l4y: 'An official account spreads information to the public, not to your own people.',
  // 小程序面向所有微信用户，做内部工具要自己管理谁能用。
  '88rgn2': 'A mini program is open to any WeChat user; as an internal tool you would manage access yourself.',
  // 企业微信连接员工，也能通过客户联系功能连接微信用户。
  '1qgm5hb': 'WeCom connects your staff and, through customer contact, WeChat users too.',
  // 服务号可以服务外部客户。
  ooasdn: 'A service account serves your outside customers.',
};
