import { ACCOUNT_TYPE_IDS } from '../../account-types';
import { EntityId } from '../../quiz/questionnaire';
import { block, caution, minus, plus, Rule, words } from './rule';

/** Who applies: eligibility (the hard blockers) and the choices that cannot be undone. */
const ORGANISATIONS: readonly EntityId[] = ['enterprise', 'individual_business', 'government', 'media', 'other_org'];

const FIXED = words('申请主体提交后不能更改，先确认用哪个主体申请。');
const MUST_CERTIFY = words('媒体和其他组织注册公众号或服务号必须认证（每次审核 300 元，每年一次）。');
const MUST_CERTIFY_FREE = words('政府注册公众号或服务号必须认证，认证免费。');
/** What stands between a built mini program and its users (CONTENT.md persona P4's caution). */
const MP_LAUNCH_ORG = words(
  '小程序开发完，上线前还要走完：认证（企业每年 300 元，认证前不能被搜索和分享）、ICP 备案（平台 1–2 个工作日 + 省管局 1–20 个工作日，建议提前 20–30 个工作日）和代码审核（通常不超过 7 个工作日）。',
);
const MP_LAUNCH_INDIVIDUAL = words(
  '小程序开发完，上线前还要走完：ICP 备案（平台 1–2 个工作日 + 省管局 1–20 个工作日，建议提前 20–30 个工作日）和代码审核（通常不超过 7 个工作日）；个人认证可选，但认证前不能被搜索和分享。',
);
const MP_LAUNCH_FACTS = ['cert.mp', 'mp.icp', 'lp.mp.3', 'lp.mp.4', 'lp.mp.6'];

export function entityRules(): Rule[] {
  const rules: Rule[] = [
    block(
      'entity',
      'individual',
      'service',
      words('你以个人身份申请，服务号只对组织（含个体工商户）开放，个人不能注册。'),
      ['svc.who'],
    ),
    block(
      'entity',
      'individual',
      'enterprise',
      words('你以个人身份申请，企业微信（原企业号）只对企业、政府、事业单位和其他组织开放。'),
      ['ent.who'],
    ),
    plus(10)('entity', 'individual', 'subscription', words('公众号（原订阅号）是个人唯一能注册的公众平台账号类型。'), [
      'sub.who',
    ]),
    caution(
      'entity',
      'individual',
      'subscription',
      words('一个人最多只能注册 1 个公众号，想清楚再注册。'),
      ['who.limits'],
      { key: 'limit' },
    ),
    caution(
      'entity',
      'individual',
      'subscription',
      words('2025 年 7 月起，个人账号不能再用发布接口；这只涉及接口。'),
      ['sub.api2025'],
      { key: 'api2025' },
    ),
    caution(
      'entity',
      'individual',
      'miniprogram',
      words('个人的小程序不能绑定微信支付商户号、不能用手机号组件，可选的服务类目也更少。'),
      ['mp.who'],
    ),
    plus(10)('entity', 'government', 'service', words('政府机构常用服务号做服务互动，就像 12315、114 这类服务。'), [
      'svc.definition',
      'svc.who',
    ]),
    plus(5)(
      'entity',
      'individual_business',
      'service',
      words('个体工商户算企业类主体，可以注册服务号并开通微信支付。'),
      ['who.entities', 'svc.who'],
    ),
    plus(10)('entity', 'media', 'subscription', words('公众号本来就是为媒体和个人传播信息设计的，像报纸杂志。'), [
      'sub.definition',
    ]),
  ];
  for (const e of ['enterprise', 'media', 'other_org'] as const) {
    rules.push(plus(5)('entity', e, 'service', words('你是组织，可以注册服务号。'), ['svc.who']));
  }
  for (const e of ['enterprise', 'government', 'other_org'] as const) {
    rules.push(
      plus(5)('entity', e, 'enterprise', words('企业微信面向企业、政府、事业单位和其他组织，你可以申请。'), [
        'ent.who',
      ]),
    );
  }
  // Things that cannot be undone, shown on every type the user may open.
  for (const type of ['subscription', 'miniprogram'] as const)
    rules.push(caution('entity', 'individual', type, FIXED, ['who.entities'], { key: 'fixed' }));
  for (const e of ORGANISATIONS) {
    rules.push(
      caution('entity', e, 'service', words('服务号以后不能改成公众号。'), ['svc.irreversible'], {
        key: 'irreversible',
      }),
      caution(
        'entity',
        e,
        'enterprise',
        words('企业微信的组织类型要和申请主体一致，选定后不能更改，需要的证明材料也更多。'),
        ['ent.irreversible'],
        { key: 'irreversible' },
      ),
    );
    for (const type of ACCOUNT_TYPE_IDS)
      rules.push(caution('entity', e, type, FIXED, ['who.entities'], { key: 'fixed' }));
  }
  for (const e of ['enterprise', 'government', 'other_org'] as const) {
    rules.push(
      caution(
        'entity',
        e,
        'enterprise',
        words(
          '企业微信的费用：认证 1,000 人以内每次审核 300 元，人数更多另加 2,700 元或 29,700 元，每年一次（政府和非营利组织免收）；外部联系人认证后 2,000 个免费，更多约每人每年 0.1 元。',
        ),
        ['ent.costs', 'lp.ent.3'],
        { key: 'costs', mark: 'reported' },
      ),
    );
  }
  for (const e of ['media', 'other_org'] as const) {
    for (const type of ['service', 'subscription'] as const)
      rules.push(caution('entity', e, type, MUST_CERTIFY, ['who.entities', 'cert.fee'], { key: 'certify' }));
  }
  for (const type of ['service', 'subscription'] as const)
    rules.push(
      caution('entity', 'government', type, MUST_CERTIFY_FREE, ['who.entities', 'cert.fee'], { key: 'certify' }),
    );
  rules.push(
    caution('entity', 'individual', 'miniprogram', MP_LAUNCH_INDIVIDUAL, MP_LAUNCH_FACTS, {
      key: 'launch',
      mark: 'reported',
    }),
  );
  for (const e of ORGANISATIONS)
    rules.push(
      caution('entity', e, 'miniprogram', MP_LAUNCH_ORG, MP_LAUNCH_FACTS, { key: 'launch', mark: 'reported' }),
    );
  rules.push(...OVERSEAS_RULES);
  return rules;
}

/** An organisation registered outside mainland China (os.*): a mini program without ICP filing, or a service account. */
const OVERSEAS_RULES: readonly Rule[] = [
  plus(15)('entity', 'overseas', 'miniprogram', words('你在境外：境外主体可以开小程序，而且不用做 ICP 备案。'), [
    'os.mp',
  ]),
  plus(5)(
    'entity',
    'overseas',
    'service',
    words('境外主体可以开服务号，中国大陆用户也能看到（海外认证每年 99 美元）。'),
    ['os.svc'],
    { mark: 'reported' },
  ),
  minus(20)('entity', 'overseas', 'subscription', words('境外主体开到的是服务号，不是公众号。'), ['os.svc']),
  caution(
    'entity',
    'overseas',
    'miniprogram',
    words('在境外收微信支付要另开跨境商户号，不能用中国大陆的商户号。'),
    ['os.pay'],
    { key: 'pay' },
  ),
  caution(
    'entity',
    'overseas',
    'enterprise',
    words('境外企业认证企业微信每次审核 700 元（约 99 美元），只能在电脑上办理。'),
    ['os.wecom'],
    { key: 'costs', mark: 'reported' },
  ),
  ...ACCOUNT_TYPE_IDS.map((type) => caution('entity', 'overseas', type, FIXED, ['who.entities'], { key: 'fixed' })),
];
