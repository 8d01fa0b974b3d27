/**
 * The English of facts/subscription.ts, each under the key of its Chinese (domain/text.ts textKey), with the Chinese above it.
 */
export const SUBSCRIPTION_EN: Readonly<Record<string, string>> = {
  // 2024 年 11 月起对用户改名：聊天列表里的“订阅号”改为“公众号”，“我关注的订阅号”改为“我关注的公众号”，“订阅号助手”App 改为“公众号助手”。2025 年的官方文档分为“公众号（原订阅号）”和“服务号”。
  xmhu9t:
    'Renamed for users in November 2024: in the chat list, Subscriptions (订阅号) became Official accounts (公众号) and Subscriptions I follow (我关注的订阅号) became Official accounts I follow (我关注的公众号); the Subscription Assistant app (订阅号助手) became the Official Account Assistant (公众号助手). The 2025 docs are split into official account, formerly subscription account (公众号（原订阅号）), and service account (服务号).',
  // 为媒体和个人提供一种新的信息传播方式，主要偏向传达资讯（类似报纸、杂志）。
  '1q7dgrf':
    'A new way of information dissemination for media and individuals; conveys information, like newspapers and magazines.',
  // 供媒体和个人发布内容：像报纸、杂志一样传达资讯。
  amzmyv: 'For media and individuals to publish: it conveys information the way a newspaper or magazine does.',
  // 个人、媒体、企业、政府或其他组织。
  '1rhzt4c': 'Individuals, media, enterprises, governments or other organisations.',
  // 个人、媒体、企业、政府和其他组织都能注册；在公众号和服务号中，只有公众号向个人开放（每人 1 个）。
  '1qwa9u0':
    'Individuals, media, enterprises, governments and other organisations can all register one; of the two official-account types it is the only one open to individuals (1 per person).',
  // 个人可申请“个人认证”标识（2020 年起灰度测试，面向部分原创账号，每年最多 2 次），费用和额外权益不明。
  '1l1k79b':
    'Individuals may apply for a personal certification badge (个人认证; grey test since 2020, for some original accounts, at most 2 a year); fee and extra rights unclear.',
  // 2025 年 7 月起，个人账号不能再用发布接口。
  awna6y: 'From July 2025 individual accounts can no longer use the publishing APIs.',
  // 消息出现在订阅号文件夹中，用户点开文件夹阅读。
  wyuu0n: 'Messages appear in the subscription-account folder; users open the folder to read.',
  // 粉丝收不到推送通知：消息进入“公众号”文件夹，只显示一个红点。
  lon91x:
    'Followers get no push notification: messages go to the Official accounts folder (公众号), marked by a red dot only.',
  // 无论是否认证，每天可群发 1 条（部分媒体账号可发更多）。
  mk1tq6: 'One group message per day, certified or not (some media accounts may send more).',
  // 每个自然日可群发 1 次：次数在 00:00 重置，不累计。已认证的账号每天还可通过接口群发 1 次（发给全部粉丝或某个标签）；通过接口发给全部粉丝的那次就算当天的 1 次。
  '12un6st':
    "One group message per calendar day: the count resets at 00:00 and does not accumulate. Certified accounts may also send once a day through the API (to all followers or one tag); an API send to all counts as that day's one.",
  // 每次推送最多 8 篇文章。
  '13t8r58': 'Up to 8 articles per push.',
  // 发表（不推送）不占群发次数。
  '11xl5pu': 'Publishing without push uses no quota.',
  // 群发消息、微信认证、通用接口、广告主、流量主。
  orkztg: 'Group messaging, WeChat certification, general interfaces, advertisers, traffic owners.',
  // 无论是否认证都没有微信支付。自定义菜单接口需要认证（服务号都有）；
  '6l4lnr': 'No WeChat Pay, certified or not. The custom-menu API needs certification (every service account has it);',
  // 未认证的个人账号可以在网页后台编辑菜单，但菜单不能链接网页。
  '1rbllsx': 'the web menu editor works for uncertified personal accounts but cannot link to web pages.',
  // 通过认证后有一次升级为服务号的机会；升级后类型不能再变更。
  '1c8uwxo':
    'One chance to upgrade to a service account after passing certification; after upgrading the type cannot change.',
  // 公众号已不能升级为服务号：升级入口已于 2018-12-27 关闭。如今换类型只能走账号迁移（2017-02-28 起）：粉丝、违规记录，以及可选的文章和微信号从 A 账号迁到 B 账号，A 账号随后注销。
  lgny1x:
    'An official account can no longer be upgraded to a service account: the upgrade entry closed on 2018-12-27. Changing type now means account migration (账号迁移, since 2017-02-28): followers, violation records and, optionally, articles and the WeChat ID move from account A to account B, and A is cancelled.',
  // B 账号须为主体已验证的组织账号、中国大陆主体，若粉丝全部迁移则 B 账号粉丝不超过 1,000；需公证书；费用 300 元；约 7–10 天；粉丝会收到通知，可能取消关注（据流传的规则副本）。
  lhd4jj:
    'B must be a verified organisation account in mainland China, with ≤ 1,000 followers if all move; a notarised letter; 300 CNY; about 7–10 days; followers are told and may unfollow (copies of the rules).',
  // 粉丝不超过 1,000 的条件适用于 2023-11-24 起提交的迁移申请。
  '1i5750s': 'The ≤ 1,000-follower condition applies to migrations ordered from 2023-11-24.',
  // 迁移后粉丝的 openid 会改变：组织可以在 15 天内用官方的 changeopenid 接口转换；迁出的是个人账号时不能转换。
  lphjww:
    "After a migration the followers' openids change: an organisation converts them with the official changeopenid API within 15 days; when the source account is an individual's, they cannot be converted.",
  // 从订阅号迁到服务号不受支持，政府、媒体和事业单位除外（未注明日期）。
  u34sn8:
    'Migrating from a subscription account to a service account is not supported, except for government, media and public institutions (undated).',
  // “发表”（发布，不推送）自 2021 年起提供。
  tl6e19: 'Publishing without push (发布) exists since 2021.',
  // 它不通知任何人，不占每天 1 次或每月 4 次的群发额度，同一天可以多次发表，并生成永久链接，可用于菜单和自动回复。“群发”会推送给粉丝并占用额度（00:00 重置）。
  '1iusunv':
    'It notifies nobody, uses neither the 1/day nor the 4/month quota, can be repeated the same day and gives a permanent link for menus and auto-replies. A group send (群发) pushes to followers and uses the quota (reset at 00:00).',
  // 自 2025 年 7 月起，个人账号、未认证的企业账号和无法认证的账号不能再用发布接口（freepublish）。这条通知只涉及接口；
  '10fvqgk':
    'From July 2025 the publishing APIs (freepublish) were withdrawn from individual accounts, uncertified enterprise accounts and accounts that cannot be certified. The note covers interfaces only;',
  // 在网页后台发表应照常可用。
  '34kswo': 'publishing in the web backend goes on.',
};
