import { minus, plus, Rule } from './rule';

// What each rule says is in domain/result-views/reason-words.ts, under its id (question.option.type[.key]) or the
// name its `words` gives.

/** How often the user pushes messages and to whom. */
export const FREQUENCY_RULES: Rule[] = [
  plus(20)('frequency', 'daily', 'subscription', ['sub.quota']),
  minus(15)('frequency', 'daily', 'service', ['svc.quota']),
  plus(10)('frequency', 'weekly', 'subscription', ['sub.quota']),
  plus(10)('frequency', 'few_monthly', 'service', ['svc.quota', 'svc.where']),
  minus(5)('frequency', 'few_monthly', 'subscription', ['sub.where']),
  plus(5)('frequency', 'rarely', 'service', ['svc.quota']),
  minus(5)('frequency', 'rarely', 'subscription', ['sub.quota']),
];

export const AUDIENCE_RULES: Rule[] = [
  minus(20)('audience', 'public', 'enterprise', ['ent.definition']),
  plus(5)('audience', 'public', 'service', ['svc.where']),
  plus(30)('audience', 'staff', 'enterprise', ['ent.definition']),
  minus(10)('audience', 'staff', 'service', ['svc.definition']),
  minus(10)('audience', 'staff', 'subscription', ['sub.definition']),
  minus(5)('audience', 'staff', 'miniprogram', ['mp.definition']),
  plus(10)('audience', 'both', 'enterprise', ['ent.definition', 'ent.functions']),
  plus(5)('audience', 'both', 'service', ['svc.definition']),
];
