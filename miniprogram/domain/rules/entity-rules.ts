import { EntityId } from '../questionnaire';
import { block, caution, plus, Rule, t } from './rule';

/** Who applies: eligibility (the hard blockers) and the choices that cannot be undone. */
const ORGANISATIONS: readonly EntityId[] = ['enterprise', 'individual_business', 'government', 'media', 'other_org'];
const MUST_CERTIFY: readonly EntityId[] = ['government', 'media', 'other_org'];
const MUST_CERTIFY_TEXT = t(
  '政府、媒体和其他组织申请时必须完成认证（机构每年 300 元）。',
  'Government, media and other organisations must certify when they apply (300 CNY a year for organisations).',
);

export function entityRules(): Rule[] {
  const rules: Rule[] = [
    block(
      'entity',
      'individual',
      'service',
      t(
        '你以个人身份申请，服务号只对机构开放，个人不能注册。',
        'Because you are applying as an individual, a service account is not open to you: only organisations may register one.',
      ),
      ['svc.who'],
    ),
    block(
      'entity',
      'individual',
      'enterprise',
      t(
        '你以个人身份申请，企业微信（原企业号）只对企业、政府、事业单位和其他组织开放。',
        'Because you are an individual, WeCom (the former enterprise account) is not open to you: it is for enterprises, governments, institutions and other organisations.',
      ),
      ['ent.who'],
    ),
    plus(10)(
      'entity',
      'individual',
      'subscription',
      t(
        '订阅号是个人唯一能注册的公众号类型。',
        'A subscription account is the only official-account type an individual can register.',
      ),
      ['sub.who'],
    ),
    caution(
      'entity',
      'individual',
      'subscription',
      t(
        '一个人最多只能注册 1 个公众号，想清楚再注册。',
        'One person may register at most one official account, so choose before you register.',
      ),
      ['who.limits'],
      { key: 'limit' },
    ),
    caution(
      'entity',
      'individual',
      'miniprogram',
      t(
        '个人主体的小程序不能使用微信支付，也只能选部分服务类目（据报道）。',
        'A mini program registered by an individual cannot use WeChat Pay and is limited to certain service categories (reported).',
      ),
      ['mp.who'],
    ),
    plus(10)(
      'entity',
      'government',
      'service',
      t(
        '政府机构常用服务号做服务互动，就像 12315、114 这类服务。',
        'Government offices use service accounts for service interaction, like the 12315 and 114 hotlines.',
      ),
      ['svc.definition', 'svc.who'],
    ),
    plus(5)(
      'entity',
      'individual_business',
      'service',
      t(
        '个体工商户算企业类主体，可以注册服务号并开通微信支付。',
        'An individual business (个体工商户) counts as an enterprise-type entity: it may open a service account and WeChat Pay.',
      ),
      ['who.entities', 'svc.who'],
    ),
    plus(10)(
      'entity',
      'media',
      'subscription',
      t(
        '订阅号本来就是为媒体和个人传播信息设计的，像报纸杂志。',
        'Subscription accounts were made for media and individuals to spread information, like newspapers and magazines.',
      ),
      ['sub.definition'],
    ),
  ];
  for (const e of ['enterprise', 'media', 'other_org'] as const) {
    rules.push(
      plus(5)(
        'entity',
        e,
        'service',
        t('你是机构，可以注册服务号。', 'As an organisation, you may register a service account.'),
        ['svc.who'],
      ),
    );
  }
  for (const e of ['enterprise', 'government', 'other_org'] as const) {
    rules.push(
      plus(5)(
        'entity',
        e,
        'enterprise',
        t(
          '企业微信面向企业、政府、事业单位和其他组织，你可以申请。',
          'WeCom is open to enterprises, governments, institutions and other organisations, so you may apply.',
        ),
        ['ent.who'],
      ),
    );
  }
  // Things that cannot be undone, shown on every type the user may open.
  const fixed = t(
    '申请主体提交后不能更改，先确认用哪个主体申请。',
    'The applying entity cannot be changed once submitted: decide first which entity applies.',
  );
  rules.push(caution('entity', 'individual', 'subscription', fixed, ['who.entities'], { key: 'fixed' }));
  rules.push(caution('entity', 'individual', 'miniprogram', fixed, ['who.entities'], { key: 'fixed' }));
  for (const e of ORGANISATIONS) {
    rules.push(
      caution(
        'entity',
        e,
        'service',
        t('服务号以后不能改成订阅号。', 'A service account cannot later be changed into a subscription account.'),
        ['svc.irreversible'],
        { key: 'irreversible' },
      ),
      caution(
        'entity',
        e,
        'enterprise',
        t(
          '企业微信的组织类型要和申请主体一致，选定后不能更改，需要的证明材料也更多。',
          "WeCom's organisation type must match the applicant and cannot be changed later; it needs more supporting documents.",
        ),
        ['ent.irreversible'],
        { key: 'irreversible' },
      ),
    );
    for (const type of ['service', 'subscription', 'enterprise', 'miniprogram'] as const) {
      rules.push(caution('entity', e, type, fixed, ['who.entities'], { key: 'fixed' }));
    }
  }
  for (const e of MUST_CERTIFY) {
    for (const type of ['service', 'subscription', 'miniprogram'] as const) {
      rules.push(caution('entity', e, type, MUST_CERTIFY_TEXT, ['who.entities', 'cert.fee'], { key: 'certify' }));
    }
  }
  return rules;
}
