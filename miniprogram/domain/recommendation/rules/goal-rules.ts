import { isIndividual, minus, notIndividual, plus, Rule, words } from './rule';
import { SUB_NO_PAY } from './shared-texts';

/** What the user wants to do on WeChat, goal by goal (several may apply). */
export const GOAL_RULES: Rule[] = [
  plus(25)(
    'goals',
    'content',
    'subscription',
    words(
      '你想发布内容：公众号就是用来传播信息的，每天可以群发 1 次，发表（不推送）不限次数。',
      'You want to publish content: an official account is made for that, with one group message a day and unlimited publishing without push.',
    ),
    ['sub.definition', 'sub.quota', 'sub.publish'],
  ),
  plus(10)(
    'goals',
    'content',
    'service',
    words(
      '服务号也能发内容，消息在多数用户的聊天列表里更显眼，但每月只能群发 4 次。',
      "A service account can publish too, and its messages stand out in most users' chat list, but only 4 group messages a month.",
    ),
    ['svc.where', 'svc.quota'],
  ),
  minus(20)(
    'goals',
    'content',
    'miniprogram',
    words(
      '小程序是不用下载的应用，不是给关注者推送文章的渠道。',
      'A mini program is an app that needs no installing, not a channel for pushing articles to followers.',
    ),
    ['mp.definition'],
  ),
  minus(15)(
    'goals',
    'content',
    'enterprise',
    words(
      '企业微信用于内部沟通，不适合对外发布内容。',
      'WeCom is for internal communication, not for publishing to the public.',
    ),
    ['ent.definition'],
  ),

  plus(25)(
    'goals',
    'service',
    'service',
    words(
      '你想服务客户：服务号专为服务互动设计，认证后可以发模板消息（支付、订单、预约通知），还有客服消息、自定义菜单和高级接口。',
      'You want to serve customers: a service account is made for service interaction; once certified it sends template messages (payment, order and booking notices), with customer-service messages, a custom menu and advanced interfaces.',
    ),
    ['svc.definition', 'svc.template', 'svc.kf', 'svc.functions', 'svc.advanced'],
  ),
  plus(15)(
    'goals',
    'service',
    'miniprogram',
    words(
      '预约、查询这类服务可以做成小程序页面，用户不用下载。',
      'Bookings and look-ups can be mini program pages that users open without installing anything.',
    ),
    ['mp.definition'],
  ),
  minus(5)(
    'goals',
    'service',
    'subscription',
    words(
      '公众号没有模板消息，服务能力不如服务号。',
      'An official account has no template messages, so less service capability than a service account.',
    ),
    ['svc.template', 'svc.advanced'],
  ),
  minus(5)(
    'goals',
    'service',
    'enterprise',
    words(
      '企业微信主要连接自己的员工，服务外部客户要靠客户联系功能。',
      'WeCom mainly connects your own staff; serving customers goes through its customer-contact features.',
    ),
    ['ent.definition', 'ent.functions'],
  ),

  plus(20)(
    'goals',
    'sell',
    'miniprogram',
    words(
      '你想卖东西收款：非个人主体认证后的小程序可以接入微信支付，做完整的下单流程。',
      'You want to sell: a certified mini program of a non-individual entity can take WeChat Pay for a full ordering flow.',
    ),
    ['mp.pay', 'mp.definition'],
    { when: notIndividual, cause: 'pay' },
  ),
  plus(10)(
    'goals',
    'sell',
    'miniprogram',
    words(
      '你想卖东西：小程序可以做商品展示页面，用户不用下载。',
      'You want to sell: a mini program can show your goods on pages users open without installing anything.',
    ),
    ['mp.definition'],
    { key: 'individual', when: isIndividual },
  ),
  plus(15)(
    'goals',
    'sell',
    'service',
    words(
      '你想卖东西收款：服务号认证后可以申请成为微信支付商户。',
      'You want to sell: a certified service account can apply to become a WeChat Pay merchant.',
    ),
    ['svc.pay'],
    { when: notIndividual, cause: 'pay' },
  ),
  // When WeChat Pay is a must, the payment answer already carries this reason: count it once.
  minus(25)('goals', 'sell', 'subscription', SUB_NO_PAY, ['sub.functions'], { when: (a) => a.payment !== 'yes' }),
  minus(10)(
    'goals',
    'sell',
    'enterprise',
    words(
      '企业微信面向内部协作，不是对顾客的销售渠道。',
      'WeCom is for working with your own team, not a sales channel to customers.',
    ),
    ['ent.definition', 'ent.functions'],
  ),

  plus(35)(
    'goals',
    'internal',
    'enterprise',
    words(
      '你要内部沟通：企业微信连接员工、上下游伙伴和企业应用，有通讯录、审批等功能。',
      'You want internal communication: WeCom connects staff, partners and business apps, with an address book, approvals and more.',
    ),
    ['ent.definition', 'ent.functions'],
  ),
  minus(5)(
    'goals',
    'internal',
    'service',
    words(
      '服务号面向公众关注者，没有内部通讯录和审批。',
      'A service account faces public followers; it has no internal address book or approvals.',
    ),
    ['svc.definition', 'ent.functions'],
  ),
  minus(10)(
    'goals',
    'internal',
    'subscription',
    words(
      '公众号是单向发布信息，不适合团队内部沟通。',
      'An official account broadcasts one way; it does not suit team communication.',
    ),
    ['sub.definition'],
  ),
  minus(5)(
    'goals',
    'internal',
    'miniprogram',
    words(
      '小程序可以做内部工具，但通讯录和审批要自己开发。',
      'A mini program could be an internal tool, but you would build the address book and approvals yourself.',
    ),
    ['mp.definition', 'ent.functions'],
  ),

  plus(35)(
    'goals',
    'tool',
    'miniprogram',
    words(
      '你想做类似 App 的工具：小程序不用下载安装，适合“把事情做小”，低成本快速验证商业模式。',
      'You want an app-like tool: a mini program needs no installing and suits "making things small", an MVP to test a business model cheaply and fast.',
    ),
    ['mp.definition', 'mp.limits'],
  ),
  minus(5)(
    'goals',
    'tool',
    'service',
    words(
      '服务号的菜单和接口只能做简单功能，做不成完整的工具。',
      "A service account's menu and interfaces cover simple features, not a full tool.",
    ),
    ['svc.functions'],
  ),
  minus(10)(
    'goals',
    'tool',
    'subscription',
    words('公众号用来发布信息，做不了工具。', 'An official account is for publishing, not for tools.'),
    ['sub.definition'],
  ),
  minus(5)('goals', 'tool', 'enterprise', words('企业微信的应用面向自己的员工。', 'WeCom apps serve your own staff.'), [
    'ent.functions',
  ]),
];
