/**
 * The English of the reasons of recommendation/rules/goal-rules.ts, whose Chinese is in
 * result-views/reason-words.ts: each under the key of its Chinese (domain/text.ts textKey), with the Chinese above it.
 */
export const GOAL_RULES_EN: Readonly<Record<string, string>> = {
  // 你想发布内容：公众号就是用来传播信息的，每天可以群发 1 次，发表（不推送）不限次数。
  '1wd2bgl':
    'You want to publish content: an official account is made for that, with one group message a day and unlimited publishing without push.',
  // 服务号也能发内容，消息在多数用户的聊天列表里更显眼，但每月只能群发 4 次。
  '1e6zg5j':
    "A service account can publish too, and its messages stand out in most users' chat list, but only 4 group messages a month.",
  // 小程序是不用下载的应用，不是给关注者推送文章的渠道。
  '1abz34i': 'A mini program is an app that needs no installing, not a channel for pushing articles to followers.',
  // 企业微信用于内部沟通，不适合对外发布内容。
  zotgel: 'WeCom is for internal communication, not for publishing to the public.',
  // 你想服务客户：服务号专为服务互动设计，认证后可以发模板消息（支付、订单、预约通知），还有客服消息、自定义菜单和高级接口。
  '1de4bb6':
    'You want to serve customers: a service account is made for service interaction; once certified it sends template messages (payment, order and booking notices), with customer-service messages, a custom menu and advanced interfaces.',
  // 预约、查询这类服务可以做成小程序页面，用户不用下载。
  go458d: 'Bookings and look-ups can be mini program pages that users open without installing anything.',
  // 公众号没有模板消息，服务能力不如服务号。
  '1ogjdr8': 'An official account has no template messages, so less service capability than a service account.',
  // 企业微信主要连接自己的员工，服务外部客户要靠客户联系功能。
  '1oyjdi4': 'WeCom mainly connects your own staff; serving customers goes through its customer-contact features.',
  // 你想卖东西收款：非个人主体认证后的小程序可以接入微信支付，做完整的下单流程。
  '66e4q7':
    'You want to sell: a certified mini program of a non-individual entity can take WeChat Pay for a full ordering flow.',
  // 你想卖东西：小程序可以做商品展示页面，用户不用下载。
  '184co8b': 'You want to sell: a mini program can show your goods on pages users open without installing anything.',
  // 你想卖东西收款：服务号认证后可以申请成为微信支付商户。
  uv3sjq: 'You want to sell: a certified service account can apply to become a WeChat Pay merchant.',
  // 企业微信面向内部协作，不是对顾客的销售渠道。
  arr7e8: 'WeCom is for working with your own team, not a sales channel to customers.',
  // 你要内部沟通：企业微信连接员工、上下游伙伴和企业应用，有通讯录、审批等功能。
  '1dh6par':
    'You want internal communication: WeCom connects staff, partners and business apps, with an address book, approvals and more.',
  // 服务号面向公众关注者，没有内部通讯录和审批。
  wip8up: 'A service account faces public followers; it has no internal address book or approvals.',
  // 公众号是单向发布信息，不适合团队内部沟通。
  '19kp3fw': 'An official account broadcasts one way; it does not suit team communication.',
  // 小程序可以做内部工具，但通讯录和审批要自己开发。
  '1qnhja8': 'A mini program could be an internal tool, but you would build the address book and approvals yourself.',
  // 你想做类似 App 的工具：小程序不用下载安装，适合“把事情做小”，低成本快速验证商业模式。
  '1u3jq9p':
    'You want an app-like tool: a mini program needs no installing and suits "making things small", an MVP to test a business model cheaply and fast.',
  // 服务号的菜单和接口只能做简单功能，做不成完整的工具。
  '1i2vcso': "A service account's menu and interfaces cover simple features, not a full tool.",
  // 公众号用来发布信息，做不了工具。
  '1iaazq3': 'An official account is for publishing, not for tools.',
  // 企业微信的应用面向自己的员工。
  '1azvw9q': 'WeCom apps serve your own staff.',
};
