import { isIndividual, minus, notIndividual, plus, Rule } from './rule';

// What each rule says is in domain/result-views/reason-words.ts, under its id (question.option.type[.key]) or the
// name its `words` gives.

/** What the user wants to do on WeChat, goal by goal (several may apply). */
export const GOAL_RULES: Rule[] = [
  plus(25)('goals', 'content', 'subscription', ['sub.definition', 'sub.quota', 'sub.publish']),
  plus(10)('goals', 'content', 'service', ['svc.where', 'svc.quota']),
  minus(20)('goals', 'content', 'miniprogram', ['mp.definition']),
  minus(15)('goals', 'content', 'enterprise', ['ent.definition']),

  plus(25)('goals', 'service', 'service', [
    'svc.definition',
    'svc.template',
    'svc.kf',
    'svc.functions',
    'svc.advanced',
  ]),
  plus(15)('goals', 'service', 'miniprogram', ['mp.definition']),
  minus(5)('goals', 'service', 'subscription', ['svc.template', 'svc.advanced']),
  minus(5)('goals', 'service', 'enterprise', ['ent.definition', 'ent.functions']),

  plus(20)('goals', 'sell', 'miniprogram', ['mp.pay', 'mp.definition'], { when: notIndividual, cause: 'pay' }),
  plus(10)('goals', 'sell', 'miniprogram', ['mp.definition'], { key: 'individual', when: isIndividual }),
  plus(15)('goals', 'sell', 'service', ['svc.pay'], {
    when: notIndividual,
    cause: 'pay',
  }),
  // When WeChat Pay is a must, the payment answer already carries this reason: count it once.
  minus(25)('goals', 'sell', 'subscription', ['sub.functions'], {
    words: 'subNoPay',
    when: (a) => a.payment !== 'yes',
  }),
  minus(10)('goals', 'sell', 'enterprise', ['ent.definition', 'ent.functions']),

  plus(35)('goals', 'internal', 'enterprise', ['ent.definition', 'ent.functions']),
  minus(5)('goals', 'internal', 'service', ['svc.definition', 'ent.functions']),
  minus(10)('goals', 'internal', 'subscription', ['sub.definition']),
  minus(5)('goals', 'internal', 'miniprogram', ['mp.definition', 'ent.functions']),

  plus(35)('goals', 'tool', 'miniprogram', ['mp.definition', 'mp.limits']),
  minus(5)('goals', 'tool', 'service', ['svc.functions']),
  minus(10)('goals', 'tool', 'subscription', ['sub.definition']),
  minus(5)('goals', 'tool', 'enterprise', ['ent.functions']),
];
