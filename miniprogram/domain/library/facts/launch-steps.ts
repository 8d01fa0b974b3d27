import { CHECKED, CHECKED_E3, launchStep, p, Part, reported, StepFact } from './types';

/**
 * CONTENT.md "Launch plan (steps, time, cost)": the lp.* rows, in order per type. "none found" is CONTENT's
 * "no fee in the cited rules", shown as "no platform fee" (never as "free"); "—" is an empty list.
 */
const NONE_FOUND = p('平台不收费', 'no platform fee');
const SAME_DAY = p('当天', 'same day');
const MINUTES = p('几分钟', 'minutes');
const NO_OFFICIAL_FIGURE = p('没有官方数字', 'no official figure');
const NONE: Part[] = [];

/** Steps that edition 3 of CONTENT.md edited: they were last checked on CHECKED_E3. */
const EDITED_E3: ReadonlySet<string> = new Set(['lp.mp.3', 'lp.mp.4', 'lp.mp.5']);

const step = (id: string, parts: Omit<StepFact, 'kind' | 'id' | 'checked'>): StepFact =>
  launchStep(id, parts, EDITED_E3.has(id) ? CHECKED_E3 : CHECKED);

export const SUBSCRIPTION_STEPS: readonly StepFact[] = [
  step('lp.sub.1', {
    step: [
      p(
        '在 mp.weixin.qq.com 注册，选择“公众号”（不能更改）',
        'Register at mp.weixin.qq.com, choose official account (公众号; irreversible)',
      ),
    ],
    needs: [p('一个未在平台注册过的邮箱，并激活', 'an email unused on the platform; activate it')],
    time: [MINUTES],
    fee: [NONE_FOUND],
    sources: ['regrules'],
  }),
  step('lp.sub.2', {
    step: [p('信息登记', 'Information registration (信息登记)')],
    needs: [
      p(
        '个人：姓名、身份证号、手机号（短信验证），用本人已绑定银行卡的微信扫码；组织：营业执照或登记证书，加上同样的管理员信息',
        'individual: name, ID number, phone (SMS), a scan with your own WeChat that has a bank card bound; organisation: business licence or registration certificate + the same admin details',
      ),
    ],
    time: [SAME_DAY],
    fee: [NONE_FOUND],
    sources: ['kf-admin'],
  }),
  step('lp.sub.3', {
    step: [p('组织：验证主体', 'Organisations: verify the entity')],
    needs: [
      p(
        '10 天内从对公账户小额打款（约 1 个工作日核对，3–10 个工作日退回）、法定代表人验证，或微信认证',
        'a small transfer from the company account within 10 days (checked in about 1 working day, refunded in 3–10 working days), a legal-representative check, or certification',
      ),
    ],
    time: [reported('1–10 天', '1–10 days')],
    fee: [p('打款会退回', 'the transfer is refunded')],
    sources: ['wgbaba', 'vkcl'],
  }),
  step('lp.sub.4', {
    step: [p('可选：微信认证', 'Optional certification')],
    needs: [
      p(
        '营业执照、运营者和开票信息；个人：个人认证（灰度测试，费用不明）',
        'licence, operator and invoice details; individuals: personal certification (个人认证; grey test, fee unclear)',
      ),
    ],
    time: [reported('付费后 1–3 个工作日', '1–3 working days after payment')],
    fee: [p('每年 300 元；政府免费', '300 CNY a year; free for government')],
    sources: ['certfee23', 'wgbaba', 'pcert'],
  }),
  step('lp.sub.5', {
    step: [p('开始使用', 'First use')],
    needs: [
      p(
        '网页后台：每天推送 1 次，发表（不推送）不限次数；用接口发布需要已认证的组织',
        'web backend: 1 push a day, publishing without push unlimited; API publishing needs a certified organisation',
      ),
    ],
    time: NONE,
    fee: NONE,
    sources: ['sub-batch', 'publish'],
  }),
];

export const SERVICE_STEPS: readonly StepFact[] = [
  step('lp.svc.1', {
    step: [
      p(
        '注册，选择“服务号”（不能更改），登记信息',
        'Register, choose service account (服务号; irreversible), register information',
      ),
    ],
    needs: [
      p(
        '组织或个体工商户：营业执照；管理员的身份证、手机号、绑定了银行卡的微信',
        "organisation or individual business (个体工商户): licence; the admin's ID, phone, WeChat with a bank card",
      ),
    ],
    time: [SAME_DAY],
    fee: [NONE_FOUND],
    sources: ['kf-admin'],
  }),
  step('lp.svc.2', {
    step: [p('验证主体', 'Verify the entity')],
    needs: [
      p(
        '与公众号相同的三种方式：从对公账户小额打款、法定代表人验证，或微信认证',
        'the same three ways as for an official account (公众号): a small transfer from the company account, a legal-representative check, or certification',
      ),
    ],
    time: [reported('1–10 天', '1–10 days')],
    fee: [p('打款会退回', 'the transfer is refunded')],
    sources: ['wgbaba'],
  }),
  step('lp.svc.3', {
    step: [p('微信认证', 'WeChat certification')],
    needs: [
      p('营业执照、法定代表人和运营者信息、开票信息；', 'licence, legal rep and operator info, invoice details;'),
      reported('注册时选择认证的，须在 30 天内完成', 'within 30 days if chosen at registration'),
    ],
    time: [reported('付费后 1–3 个工作日', '1–3 working days after payment')],
    fee: [p('每次审核 300 元，每年一次', '300 CNY per review, yearly')],
    sources: ['certfee23', 'wgbaba'],
  }),
  step('lp.svc.4', {
    step: [p('可选：申请微信支付商户号', 'Optional: WeChat Pay merchant')],
    needs: [
      p(
        '已认证的账号；营业执照、法定代表人身份证、结算银行账户、超级管理员（法定代表人或授权经办人）；账户验证、在线签约、绑定 AppID',
        "certified account; licence, the legal rep's ID, a settlement bank account, a super-admin (legal rep or authorised agent); account check, online signing, AppID binding",
      ),
    ],
    time: [
      reported(
        '通过服务商约 1–2 个工作日；直接申请 1–5 个工作日',
        'about 1–2 working days via a provider; 1–5 working days direct',
      ),
    ],
    fee: [p('费率按行业而定（未找到具体数字）', 'rate by industry (no figure found)')],
    sources: ['pay-partner', 'kler', 'feeind'],
  }),
  step('lp.svc.5', {
    step: [p('可选：开通模板消息', 'Optional: template messages')],
    needs: [
      p(
        '在“添加功能插件”里申请；最多 5 个服务类目',
        'apply under Add plug-ins (添加功能插件); up to 5 service categories',
      ),
    ],
    time: NONE,
    fee: [NONE_FOUND],
    sources: ['tmpl'],
  }),
  step('lp.svc.6', {
    step: [p('开始使用', 'First use')],
    needs: [
      p('每月 4 次群发、菜单、模板消息和客服消息', '4 group messages a month, menus, template and service messages'),
    ],
    time: NONE,
    fee: NONE,
    sources: ['svc-batch', 'kf-msg'],
  }),
];

export const MINIPROGRAM_STEPS: readonly StepFact[] = [
  step('lp.mp.1', {
    step: [p('注册（类型选“小程序”）', 'Register as a mini program (小程序)')],
    needs: [p('未注册过的邮箱；主体信息；管理员微信扫码', "an unused email; entity info; the admin's WeChat scan")],
    time: [SAME_DAY],
    fee: [NONE_FOUND],
    sources: ['mp-intro'],
  }),
  step('lp.mp.2', {
    step: [p('信息和类目', 'Information and categories')],
    needs: [
      p(
        '名称、头像、简介；服务类目（敏感类目需提交资质）；主营类目',
        'name, avatar, intro; service categories (服务类目, with documents if sensitive); a main category (主营类目)',
      ),
    ],
    time: [NO_OFFICIAL_FIGURE],
    fee: [NONE_FOUND],
    sources: ['maincat', 'cats'],
  }),
  step('lp.mp.3', {
    step: [
      p(
        '微信认证（企业和个体工商户须在备案前完成；个人可选）',
        'Certification (enterprises and individual businesses (个体工商户): before filing; individuals: optional)',
      ),
    ],
    needs: [
      p(
        '营业执照或身份证、联系人和开票信息、管理员人脸核验',
        "licence or ID, contact and invoice details, the admin's face check",
      ),
    ],
    time: [NO_OFFICIAL_FIGURE],
    fee: [
      p('企业每年 300 元；', '300 CNY a year for an enterprise;'),
      reported(
        '个人每年 30 元，或是个体工商户的优惠价（来源说法不一）',
        '30 CNY a year for an individual, or a discount price for an individual business (the sources differ)',
      ),
    ],
    sources: ['verifyicp', 'wxb23', 'misaka'],
  }),
  step('lp.mp.4', {
    step: [p('ICP 备案', 'ICP filing (备案)')],
    needs: [
      p(
        '营业执照或身份证；负责人的身份证、手机号、应急联系人；',
        "licence or ID; the person in charge's ID, phone, emergency contact;",
      ),
      reported('核验单', 'the verification form (核验单)'),
    ],
    time: [
      p(
        '平台 1–2 个工作日 + 24 小时内回复核验短信 + 省管局 1–20 个工作日；',
        'platform 1–2 working days + the SMS answered within 24 hours + province 1–20 working days;',
      ),
      reported('提前 20–30 个工作日开始', 'start 20–30 working days ahead'),
    ],
    fee: [p('未说明收费', 'no fee stated')],
    sources: ['icp23', 'icp-time', 'weike'],
  }),
  step('lp.mp.5', {
    step: [p('开发', 'Develop')],
    needs: [
      p(
        'AppID、开发者工具、服务器域名；用户隐私保护指引；每个包不超过 2 MB，总计不超过 30 MB',
        'AppID, DevTools, server domains; the privacy guideline; ≤ 2 MB per package, ≤ 30 MB total',
      ),
    ],
    time: [p('视开发范围而定', 'by scope')],
    fee: [
      p(
        '平台不收费；开发本身的费用取决于你用自己的开发人员还是请外包公司',
        'no platform fee; the development itself costs what your own developers or an agency cost',
      ),
      reported('（外包报价见“请服务商做”）；', "(for agency prices, see 'Have a provider build it');"),
      p('也可以改付服务商的费用，由服务商来做', "or you pay a provider's fee instead"),
    ],
    sources: ['privacy', 'subpkg', 'nbyy25'],
  }),
  step('lp.mp.6', {
    step: [p('代码审核', 'Code review')],
    needs: [p('一个版本，连同它的页面和类目', 'a version with its pages and categories')],
    time: [
      reported('通常不超过 3 天，官方为不超过 7 个工作日；', 'usually ≤ 3 days, officially ≤ 7 working days;'),
      reported(
        '每年可加急 3 次（个人 1 次），约 2 小时（2019 年）；',
        'expedited review 3 times a year (1 for personal accounts), about 2 hours (2019);',
      ),
      p('报备类目另加 7 天', 'report categories +7 days'),
    ],
    fee: [NONE_FOUND],
    sources: ['review-gh', 'kufan19', 'reportcat'],
  }),
  step('lp.mp.7', {
    step: [p('发布；可选：开通支付', 'Release; optional payment')],
    needs: [
      p(
        '已认证的非个人账号、商户号（同服务号申请商户号）、交易类须接入订单发货管理',
        'a certified non-personal account, a merchant number (as for a service account), order-shipping management if trading',
      ),
    ],
    time: NONE,
    fee: [p('手机号组件每次调用 0.03/0.04 元', 'phone-number components 0.03/0.04 CNY per call')],
    sources: ['pay-mp', 'ship', 'phone'],
  }),
];

export const ENTERPRISE_STEPS: readonly StepFact[] = [
  step('lp.ent.1', {
    step: [p('创建企业（网页或 App）', 'Create the enterprise (web or app)')],
    needs: [
      p(
        '企业名称、行业、规模；管理员姓名、手机号（短信验证）、微信扫码',
        "company name, industry, size; the admin's name, phone (SMS), WeChat scan",
      ),
    ],
    time: [MINUTES],
    fee: [reported('免费', 'free')],
    sources: ['wecom-reg', 'qqemail'],
  }),
  step('lp.ent.2', {
    step: [p('验证或认证', 'Verify or certify')],
    needs: [
      p('法定代表人刷脸、对公打款或电子营业执照；', "the legal rep's face scan, a corporate transfer or an e-licence;"),
      reported('认证还需营业执照和开票信息', 'for certification also the licence and invoice details'),
    ],
    time: [reported('5–15 个工作日；也有说 1–3 个工作日', '5–15 working days; 1–3 working days quoted elsewhere')],
    fee: [reported('见企业微信的费用', 'see the WeCom costs')],
    sources: ['wecom-reg', 'wecom-fee', 'weiban'],
  }),
  step('lp.ent.3', {
    step: [p('客户联系', 'Customer contact')],
    needs: [
      p('为成员开通“客户联系”；', 'enable customer contact (客户联系) for members;'),
      reported('未验证的企业最多 100–200 位客户', 'firms without verification are capped at 100–200 customers'),
    ],
    time: NONE,
    fee: [reported('超过 2,000 个联系人，约每人每年 0.1 元', 'above 2,000 contacts, about 0.1 CNY each a year')],
    sources: ['wecom-cust', 'wecom-reg', 'wescrm25'],
  }),
  step('lp.ent.4', {
    step: [p('可选：第三方应用', 'Optional third-party apps')],
    needs: [p('由服务商购买接口调用许可', 'interface licences bought by the provider')],
    time: [p('可试用 90 天', '90-day trial')],
    fee: [p('未找到价格', 'price not found')],
    sources: ['wecom-lic'],
  }),
];
