import { minus, plus, Rule, words } from './rule';

/** How often the user pushes messages and to whom. */
export const FREQUENCY_RULES: Rule[] = [
  plus(20)(
    'frequency',
    'daily',
    'subscription',
    words('你每天都要推送：公众号每个自然日可以群发 1 次（00:00 重置）。'),
    ['sub.quota'],
  ),
  minus(15)(
    'frequency',
    'daily',
    'service',
    words('服务号每月只能群发 4 次，每位关注者每月最多收到 4 条，跟不上每天推送。'),
    ['svc.quota'],
  ),
  plus(10)('frequency', 'weekly', 'subscription', words('每周推送，公众号每天 1 次的额度绰绰有余。'), ['sub.quota']),
  plus(10)(
    'frequency',
    'few_monthly',
    'service',
    words('每月推送几次，服务号每月 4 次够用，而且消息直接出现在多数用户的聊天列表里。'),
    ['svc.quota', 'svc.where'],
  ),
  minus(5)(
    'frequency',
    'few_monthly',
    'subscription',
    words('公众号消息收在“公众号”文件夹里，只有红点没有推送提醒，不常推送容易被忽略。'),
    ['sub.where'],
  ),
  plus(5)('frequency', 'rarely', 'service', words('你很少推送，服务号每月 4 次的限制对你没有影响。'), ['svc.quota']),
  minus(5)('frequency', 'rarely', 'subscription', words('公众号的长处是每天推送，你用不上。'), ['sub.quota']),
];

export const AUDIENCE_RULES: Rule[] = [
  minus(20)(
    'audience',
    'public',
    'enterprise',
    words('你面向公众，而企业微信（原企业号）主要连接自己的员工和伙伴，关注者要验证身份。'),
    ['ent.definition'],
  ),
  plus(5)('audience', 'public', 'service', words('服务号的消息出现在关注者的聊天列表里，更容易被看到。'), [
    'svc.where',
  ]),
  plus(30)('audience', 'staff', 'enterprise', words('你面向自己的员工和伙伴：这正是企业微信的用途。'), [
    'ent.definition',
  ]),
  minus(10)('audience', 'staff', 'service', words('服务号是为公众关注者设计的，不是为内部人员。'), ['svc.definition']),
  minus(10)('audience', 'staff', 'subscription', words('公众号是向公众传播信息的，不是为内部人员。'), [
    'sub.definition',
  ]),
  minus(5)('audience', 'staff', 'miniprogram', words('小程序面向所有微信用户，做内部工具要自己管理谁能用。'), [
    'mp.definition',
  ]),
  plus(10)('audience', 'both', 'enterprise', words('企业微信连接员工，也能通过客户联系功能连接微信用户。'), [
    'ent.definition',
    'ent.functions',
  ]),
  plus(5)('audience', 'both', 'service', words('服务号可以服务外部客户。'), ['svc.definition']),
];
