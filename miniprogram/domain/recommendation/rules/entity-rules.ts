import { ACCOUNT_TYPE_IDS } from '../../account-types';
import { EntityId } from '../../quiz/questionnaire';
import { block, caution, minus, plus, Rule } from './rule';

// What each rule says is in domain/result-views/reason-words.ts, under its id (question.option.type[.key]) or the
// name its `words` gives.

/** Who applies: eligibility (the hard blockers) and the choices that cannot be undone. */
const ORGANISATIONS: readonly EntityId[] = ['enterprise', 'individual_business', 'government', 'media', 'other_org'];

const MP_LAUNCH_FACTS = ['cert.mp', 'mp.icp', 'lp.mp.3', 'lp.mp.4', 'lp.mp.6'];

export function entityRules(): Rule[] {
  const rules: Rule[] = [
    block('entity', 'individual', 'service', ['svc.who']),
    block('entity', 'individual', 'enterprise', ['ent.who']),
    plus(10)('entity', 'individual', 'subscription', ['sub.who']),
    caution('entity', 'individual', 'subscription', ['who.limits'], { key: 'limit' }),
    caution('entity', 'individual', 'subscription', ['sub.api2025'], { key: 'api2025' }),
    caution('entity', 'individual', 'miniprogram', ['mp.who']),
    plus(10)('entity', 'government', 'service', ['svc.definition', 'svc.who']),
    plus(5)('entity', 'individual_business', 'service', ['who.entities', 'svc.who']),
    plus(10)('entity', 'media', 'subscription', ['sub.definition']),
  ];
  for (const e of ['enterprise', 'media', 'other_org'] as const) {
    rules.push(plus(5)('entity', e, 'service', ['svc.who'], { words: 'orgService' }));
  }
  for (const e of ['enterprise', 'government', 'other_org'] as const) {
    rules.push(plus(5)('entity', e, 'enterprise', ['ent.who'], { words: 'orgEnterprise' }));
  }
  // Things that cannot be undone, shown on every type the user may open.
  for (const type of ['subscription', 'miniprogram'] as const)
    rules.push(caution('entity', 'individual', type, ['who.entities'], { words: 'fixed', key: 'fixed' }));
  for (const e of ORGANISATIONS) {
    rules.push(
      caution('entity', e, 'service', ['svc.irreversible'], { words: 'serviceIrreversible', key: 'irreversible' }),
      caution('entity', e, 'enterprise', ['ent.irreversible'], {
        words: 'enterpriseIrreversible',
        key: 'irreversible',
      }),
    );
    for (const type of ACCOUNT_TYPE_IDS)
      rules.push(caution('entity', e, type, ['who.entities'], { words: 'fixed', key: 'fixed' }));
  }
  for (const e of ['enterprise', 'government', 'other_org'] as const) {
    rules.push(
      caution('entity', e, 'enterprise', ['ent.costs', 'lp.ent.3'], {
        words: 'enterpriseCosts',
        key: 'costs',
        mark: 'reported',
      }),
    );
  }
  for (const e of ['media', 'other_org'] as const) {
    for (const type of ['service', 'subscription'] as const)
      rules.push(caution('entity', e, type, ['who.entities', 'cert.fee'], { words: 'mustCertify', key: 'certify' }));
  }
  for (const type of ['service', 'subscription'] as const)
    rules.push(
      caution('entity', 'government', type, ['who.entities', 'cert.fee'], { words: 'mustCertifyFree', key: 'certify' }),
    );
  rules.push(
    caution('entity', 'individual', 'miniprogram', MP_LAUNCH_FACTS, {
      words: 'mpLaunchIndividual',
      key: 'launch',
      mark: 'reported',
    }),
  );
  for (const e of ORGANISATIONS)
    rules.push(
      caution('entity', e, 'miniprogram', MP_LAUNCH_FACTS, { words: 'mpLaunchOrg', key: 'launch', mark: 'reported' }),
    );
  rules.push(...OVERSEAS_RULES);
  return rules;
}

/** An organisation registered outside mainland China (os.*): a mini program without ICP filing, or a service account. */
const OVERSEAS_RULES: readonly Rule[] = [
  plus(15)('entity', 'overseas', 'miniprogram', ['os.mp']),
  plus(5)('entity', 'overseas', 'service', ['os.svc'], { mark: 'reported' }),
  minus(20)('entity', 'overseas', 'subscription', ['os.svc']),
  caution('entity', 'overseas', 'miniprogram', ['os.pay'], { key: 'pay' }),
  caution('entity', 'overseas', 'enterprise', ['os.wecom'], { key: 'costs', mark: 'reported' }),
  ...ACCOUNT_TYPE_IDS.map((type) =>
    caution('entity', 'overseas', type, ['who.entities'], { words: 'fixed', key: 'fixed' }),
  ),
];
