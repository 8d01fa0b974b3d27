import { CHECKED, CHECKED_E3, Fact, p, reported, zhText } from '../row-types';

/** CONTENT.md "Service account (服务号)". */
export const SERVICE_FACTS: readonly Fact[] = [
  {
    kind: 'fact',
    id: 'svc.definition',
    seed: zhText(
      '为企业和组织提供更强的业务服务与用户管理能力，主要偏向服务类交互（类似 12315、114、银行：绑定信息、服务交互）。',
    ),
    now: [
      p('为企业和组织提供业务服务和用户管理，以服务交互为主：绑定信息、查询、预约和通知，像银行或 12315 的服务窗口。'),
    ],
    changed: false,
    sources: ['art', 'svc-guide'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'svc.who',
    seed: zhText('媒体、企业、政府或其他组织；个人不可申请。'),
    now: [p('仅限组织，包括个体工商户；个人不能注册服务号。')],
    changed: false,
    sources: ['art', 'svc-guide', 'zyj18'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'svc.where',
    seed: zhText('推送消息出现在聊天列表（会话页）中。'),
    now: [
      p(
        '对多数用户，消息仍出现在聊天列表里。自 2024 年 6 月起，微信灰度测试把服务号消息折叠进“服务号”消息盒子（分为通知（含模板消息）、已关注、发现）；2024 年 7 月随 iOS 8.0.50 测试，2024 年秋季扩大。这仍是测试：尚无来源证实 2025–2026 年已全量推出。',
      ),
    ],
    changed: false,
    sources: ['art', 'asiaict'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'svc.quota',
    seed: zhText(
      '每月 4 条群发消息。高级群发接口可让运营者对粉丝分组群发而不占用平台的 4 次推送，但每位粉丝每月最多仍只收到 4 条；该接口每天可调用 100 次。',
    ),
    now: [
      p(
        '每个自然月可群发 4 次；每位粉丝每月最多收到 4 条，超出的对该粉丝发送失败。已认证的账号还可以用群发接口（新账号每天 100 次）；只有发给全部粉丝的群发计入 4 条历史记录；开启“API 群发保护”时，需管理员在 30 分钟内确认。发表（不推送）不占群发次数。群发接口每分钟最多接受 60 次请求。',
      ),
    ],
    changed: false,
    sources: ['art', 'svc-batch', 'limits'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'svc.functions',
    seed: zhText('群发消息、微信认证、高级接口、广告主、流量主、多客服、自定义菜单、微信支付、微信小店。'),
    now: [
      p(
        '自定义菜单无论是否认证都能用；微信支付、模板消息和高级接口需要认证；还可以发客服消息。2017 年的微信小店已于 2020 年下线，如今的微信小店是另一款产品。',
      ),
    ],
    changed: true,
    sources: ['art', 'perm', 'shop2020', 'shop2024'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'svc.advanced',
    seed: zhText('认证服务号可获得九大高级接口，包括获取粉丝信息和带参数二维码。'),
    now: [
      p('接口已不止九个；已认证的服务号得到的接口最全，例如带参数二维码：临时码最长 30 天，永久码最多 100,000 个。'),
    ],
    changed: false,
    sources: ['art', 'qr'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'svc.pay',
    seed: zhText('要售卖商品，需申请服务号并完成认证，再申请成为微信支付商户。'),
    now: [
      p(
        '要用微信支付收款，需要已认证的服务号，或非个人主体的已认证小程序；然后申请成为微信支付商户，也可以通过服务商开成特约商户。个人在公众号、服务号和小程序上都开不了微信支付；个体工商户可以。',
      ),
    ],
    changed: false,
    sources: ['art', 'pay-mp', 'fastreg-p'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'svc.irreversible',
    seed: zhText('服务号不能变更为订阅号。'),
    now: [p('服务号开通后永远不能改成公众号。账号迁移能把粉丝迁到另一个账号，但没有从服务号迁回公众号的路。')],
    changed: false,
    sources: ['art', 'mig-rules'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'svc.template',
    seed: null,
    now: [
      p(
        '模板消息：服务通知（支付、订单、预约），不能用于营销。仅限已认证的服务号；最多 5 个类目、25 个模板，每天最多发送 100,000 次（粉丝超过 10 万、100 万、1000 万时上限更高）；不占每月 4 次群发。“订阅通知”在灰度测试中。',
      ),
    ],
    changed: false,
    sources: ['tmpl'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'svc.kf',
    seed: null,
    now: [
      p(
        '客服消息只能在用户动作之后发送：用户发来消息后，48 小时内最多 5 条（以前是 20 条；2023-06-12 起的新账号适用，约 2023 年 8 月起所有账号适用）；用户点击菜单、关注或扫码后，1 分钟内最多 3 条。用户支付之后能发多少目前不明确：IT之家报道 2023 年已取消这一额度，但服务号文档仍列出它（不限条数，48 小时内），公众号文档则没有这一项。',
      ),
    ],
    changed: false,
    sources: ['kf-msg', 'ithome23'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'svc.store',
    seed: null,
    now: [
      p(
        '微信小店的变迁：2014 年的微信小店面向开通微信支付的已认证服务号，已下线（2020-07-10 公告），由微信小商店（2020-06-22 推出，免费、无需开发）取代；',
      ),
      reported('2024-08-25 起视频号小店成为新的微信小店（2024-09-25 前完成升级）。'),
      p('店主须为企业或个体工商户（官方接口）。'),
    ],
    changed: false,
    sources: ['shop2020', 'shop2024', 'store-api'],
    checked: CHECKED,
  },
];
