import { CHECKED, CHECKED_E3, Fact, inference, p, reported, zhText } from '../row-types';

/** CONTENT.md "Subscription account (订阅号), now 公众号". */
export const SUBSCRIPTION_FACTS: readonly Fact[] = [
  {
    kind: 'fact',
    id: 'sub.name',
    seed: null,
    now: [
      p(
        '2024 年 11 月起对用户改名：聊天列表里的“订阅号”改为“公众号”，“我关注的订阅号”改为“我关注的公众号”，“订阅号助手”App 改为“公众号助手”。2025 年的官方文档分为“公众号（原订阅号）”和“服务号”。',
      ),
    ],
    changed: false,
    sources: ['rename', 'sub-guide'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'sub.definition',
    seed: zhText('为媒体和个人提供一种新的信息传播方式，主要偏向传达资讯（类似报纸、杂志）。'),
    now: [p('供媒体和个人发布内容：像报纸、杂志一样传达资讯。')],
    changed: false,
    sources: ['art', 'sub-guide'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'sub.who',
    seed: zhText('个人、媒体、企业、政府或其他组织。'),
    now: [
      p('个人、媒体、企业、政府和其他组织都能注册；在公众号和服务号中，只有公众号向个人开放（每人 1 个）。'),
      reported('个人可申请“个人认证”标识（2020 年起灰度测试，面向部分原创账号，每年最多 2 次），费用和额外权益不明。'),
      p('2025 年 7 月起，个人账号不能再用发布接口。'),
    ],
    changed: false,
    sources: ['art', 'ithome18', 'pcert', 'publish'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'sub.where',
    seed: zhText('消息出现在订阅号文件夹中，用户点开文件夹阅读。'),
    now: [p('粉丝收不到推送通知：消息进入“公众号”文件夹，只显示一个红点。')],
    changed: false,
    sources: ['art', 'rules23', 'rename'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'sub.quota',
    seed: zhText('无论是否认证，每天可群发 1 条（部分媒体账号可发更多）。'),
    now: [
      p(
        '每个自然日可群发 1 次：次数在 00:00 重置，不累计。已认证的账号每天还可通过接口群发 1 次（发给全部粉丝或某个标签）；通过接口发给全部粉丝的那次就算当天的 1 次。',
      ),
      reported('每次推送最多 8 篇文章。'),
      p('发表（不推送）不占群发次数。'),
    ],
    changed: false,
    sources: ['art', 'rules23', 'sub-batch', 'ws'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'sub.functions',
    seed: zhText('群发消息、微信认证、通用接口、广告主、流量主。'),
    now: [
      p('无论是否认证都没有微信支付。自定义菜单接口需要认证（服务号都有）；'),
      reported('未认证的个人账号可以在网页后台编辑菜单，但菜单不能链接网页。'),
    ],
    changed: false,
    sources: ['art', 'perm', 'csdn25'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'sub.upgrade',
    seed: zhText('通过认证后有一次升级为服务号的机会；升级后类型不能再变更。'),
    now: [
      p(
        '公众号已不能升级为服务号：升级入口已于 2018-12-27 关闭。如今换类型只能走账号迁移（2017-02-28 起）：粉丝、违规记录，以及可选的文章和微信号从 A 账号迁到 B 账号，A 账号随后注销。',
      ),
      reported(
        'B 账号须为主体已验证的组织账号、中国大陆主体，若粉丝全部迁移则 B 账号粉丝不超过 1,000；需公证书；费用 300 元；约 7–10 天；粉丝会收到通知，可能取消关注（据流传的规则副本）。',
      ),
      reported('粉丝不超过 1,000 的条件适用于 2023-11-24 起提交的迁移申请。'),
      p('迁移后粉丝的 openid 会改变：组织可以在 15 天内用官方的 changeopenid 接口转换；迁出的是个人账号时不能转换。'),
      reported('从订阅号迁到服务号不受支持，政府、媒体和事业单位除外（未注明日期）。'),
    ],
    changed: true,
    sources: ['art', 'up18', 'mig17', 'mig-rules', 'sellerby', 'changeopenid', 'csdn-mig'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'sub.publish',
    seed: null,
    now: [
      reported('“发表”（发布，不推送）自 2021 年起提供。'),
      p(
        '它不通知任何人，不占每天 1 次或每月 4 次的群发额度，同一天可以多次发表，并生成永久链接，可用于菜单和自动回复。“群发”会推送给粉丝并占用额度（00:00 重置）。',
      ),
    ],
    changed: false,
    sources: ['pubvs', 'rules23', 'canyin'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'sub.api2025',
    seed: null,
    now: [
      p(
        '自 2025 年 7 月起，个人账号、未认证的企业账号和无法认证的账号不能再用发布接口（freepublish）。这条通知只涉及接口；',
      ),
      inference('在网页后台发表应照常可用。'),
    ],
    changed: false,
    sources: ['publish'],
    checked: CHECKED,
  },
];
