import { Answers } from '../../quiz/questionnaire';
import { block, caution, isGovernment, isIndividual, minus, notGovernment, notIndividual, plus, Rule } from './rule';

// What each rule says is in domain/result-views/reason-words.ts, under its id (question.option.type[.key]) or the
// name its `words` gives.

/** Payment, development capacity, certification and native needs. */
const payNeedsCertification = (a: Answers): boolean => notIndividual(a) && notGovernment(a);

export const PAYMENT_RULES: Rule[] = [
  plus(15)('payment', 'yes', 'service', ['svc.pay'], {
    when: notIndividual,
    cause: 'pay',
  }),
  caution('payment', 'yes', 'service', ['svc.pay', 'cert.fee', 'svc.template'], {
    key: 'certify',
    when: payNeedsCertification,
  }),
  caution('payment', 'yes', 'service', ['svc.pay', 'cert.fee', 'svc.template'], {
    key: 'certify-free',
    when: isGovernment,
  }),
  block('payment', 'yes', 'service', ['svc.pay', 'svc.who'], { key: 'individual', when: isIndividual }),
  plus(15)('payment', 'yes', 'miniprogram', ['mp.pay'], {
    when: notIndividual,
    cause: 'pay',
  }),
  caution('payment', 'yes', 'miniprogram', ['mp.pay'], { key: 'shipping', when: notIndividual }),
  minus(20)('payment', 'yes', 'miniprogram', ['mp.who', 'svc.pay', 'who.entities'], {
    key: 'individual',
    when: isIndividual,
  }),
  minus(30)('payment', 'yes', 'subscription', ['sub.functions'], { words: 'subNoPay', when: notIndividual }),
  minus(30)('payment', 'yes', 'subscription', ['sub.functions', 'svc.pay', 'who.entities'], {
    key: 'individual',
    when: isIndividual,
  }),

  plus(5)('payment', 'later', 'service', ['svc.pay'], {
    when: notIndividual,
  }),
  plus(5)('payment', 'later', 'miniprogram', ['mp.pay'], {
    when: notIndividual,
  }),
  minus(10)('payment', 'later', 'subscription', ['sub.functions']),
  caution('payment', 'later', 'subscription', ['sub.upgrade'], { key: 'migration', mark: 'reported' }),
  plus(5)('payment', 'no', 'subscription', ['sub.functions']),
];

/** How anything that needs code gets built (the build question, v2): it decides how a mini program comes about. */
export const BUILD_RULES: Rule[] = [
  plus(10)('build', 'own', 'miniprogram', ['mp.process']),
  plus(5)('build', 'own', 'service', ['svc.advanced']),
  plus(10)('build', 'agency', 'miniprogram', ['prov.cost.custom'], { mark: 'reported' }),
  plus(10)('build', 'rent', 'miniprogram', ['prov.what', 'prov.template', 'prov.cost.saas']),
  minus(20)('build', 'unsure', 'miniprogram', ['mp.process', 'prov.what']),
];

export const CERTIFY_RULES: Rule[] = [
  plus(5)('certify', 'yes', 'service', ['cert.benefit'], { when: notIndividual }),
  caution('certify', 'yes', 'service', ['cert.fee'], { words: 'certFee', key: 'fee', when: payNeedsCertification }),
  caution('certify', 'unsure', 'service', ['cert.fee'], { words: 'certFee', key: 'fee', when: payNeedsCertification }),
  caution('certify', 'yes', 'service', ['cert.fee'], {
    words: 'certFreeForGovernment',
    key: 'fee-free',
    when: isGovernment,
  }),
  caution('certify', 'unsure', 'service', ['cert.fee'], {
    words: 'certFreeForGovernment',
    key: 'fee-free',
    when: isGovernment,
  }),
  minus(15)('certify', 'no', 'service', ['svc.functions', 'svc.pay']),
  minus(10)('certify', 'no', 'miniprogram', ['cert.mp', 'mp.pay']),
];

export const NATIVE_RULES: Rule[] = [
  minus(20)('native', 'yes', 'miniprogram', ['mp.limits']),
  caution('native', 'yes', 'miniprogram', ['mp.limits'], { key: 'native' }),
];
