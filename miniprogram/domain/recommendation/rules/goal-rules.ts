import { isIndividual, minus, notIndividual, plus, Rule, words } from './rule';
import { SUB_NO_PAY } from './shared-texts';

/** What the user wants to do on WeChat, goal by goal (several may apply). */
export const GOAL_RULES: Rule[] = [
  plus(25)(
    'goals',
    'content',
    'subscription',
    words('你想发布内容：公众号就是用来传播信息的，每天可以群发 1 次，发表（不推送）不限次数。'),
    ['sub.definition', 'sub.quota', 'sub.publish'],
  ),
  plus(10)(
    'goals',
    'content',
    'service',
    words('服务号也能发内容，消息在多数用户的聊天列表里更显眼，但每月只能群发 4 次。'),
    ['svc.where', 'svc.quota'],
  ),
  minus(20)('goals', 'content', 'miniprogram', words('小程序是不用下载的应用，不是给关注者推送文章的渠道。'), [
    'mp.definition',
  ]),
  minus(15)('goals', 'content', 'enterprise', words('企业微信用于内部沟通，不适合对外发布内容。'), ['ent.definition']),

  plus(25)(
    'goals',
    'service',
    'service',
    words(
      '你想服务客户：服务号专为服务互动设计，认证后可以发模板消息（支付、订单、预约通知），还有客服消息、自定义菜单和高级接口。',
    ),
    ['svc.definition', 'svc.template', 'svc.kf', 'svc.functions', 'svc.advanced'],
  ),
  plus(15)('goals', 'service', 'miniprogram', words('预约、查询这类服务可以做成小程序页面，用户不用下载。'), [
    'mp.definition',
  ]),
  minus(5)('goals', 'service', 'subscription', words('公众号没有模板消息，服务能力不如服务号。'), [
    'svc.template',
    'svc.advanced',
  ]),
  minus(5)('goals', 'service', 'enterprise', words('企业微信主要连接自己的员工，服务外部客户要靠客户联系功能。'), [
    'ent.definition',
    'ent.functions',
  ]),

  plus(20)(
    'goals',
    'sell',
    'miniprogram',
    words('你想卖东西收款：非个人主体认证后的小程序可以接入微信支付，做完整的下单流程。'),
    ['mp.pay', 'mp.definition'],
    { when: notIndividual, cause: 'pay' },
  ),
  plus(10)(
    'goals',
    'sell',
    'miniprogram',
    words('你想卖东西：小程序可以做商品展示页面，用户不用下载。'),
    ['mp.definition'],
    { key: 'individual', when: isIndividual },
  ),
  plus(15)('goals', 'sell', 'service', words('你想卖东西收款：服务号认证后可以申请成为微信支付商户。'), ['svc.pay'], {
    when: notIndividual,
    cause: 'pay',
  }),
  // When WeChat Pay is a must, the payment answer already carries this reason: count it once.
  minus(25)('goals', 'sell', 'subscription', SUB_NO_PAY, ['sub.functions'], { when: (a) => a.payment !== 'yes' }),
  minus(10)('goals', 'sell', 'enterprise', words('企业微信面向内部协作，不是对顾客的销售渠道。'), [
    'ent.definition',
    'ent.functions',
  ]),

  plus(35)(
    'goals',
    'internal',
    'enterprise',
    words('你要内部沟通：企业微信连接员工、上下游伙伴和企业应用，有通讯录、审批等功能。'),
    ['ent.definition', 'ent.functions'],
  ),
  minus(5)('goals', 'internal', 'service', words('服务号面向公众关注者，没有内部通讯录和审批。'), [
    'svc.definition',
    'ent.functions',
  ]),
  minus(10)('goals', 'internal', 'subscription', words('公众号是单向发布信息，不适合团队内部沟通。'), [
    'sub.definition',
  ]),
  minus(5)('goals', 'internal', 'miniprogram', words('小程序可以做内部工具，但通讯录和审批要自己开发。'), [
    'mp.definition',
    'ent.functions',
  ]),

  plus(35)(
    'goals',
    'tool',
    'miniprogram',
    words('你想做类似 App 的工具：小程序不用下载安装，适合“把事情做小”，低成本快速验证商业模式。'),
    ['mp.definition', 'mp.limits'],
  ),
  minus(5)('goals', 'tool', 'service', words('服务号的菜单和接口只能做简单功能，做不成完整的工具。'), [
    'svc.functions',
  ]),
  minus(10)('goals', 'tool', 'subscription', words('公众号用来发布信息，做不了工具。'), ['sub.definition']),
  minus(5)('goals', 'tool', 'enterprise', words('企业微信的应用面向自己的员工。'), ['ent.functions']),
];
