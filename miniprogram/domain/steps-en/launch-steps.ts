/**
 * The English of steps/launch-steps.ts, each under the key of its Chinese (domain/text.ts textKey), with the Chinese above it.
 */
export const LAUNCH_STEPS_EN: Readonly<Record<string, string>> = {
  // 平台不收费
  wankv8: 'no platform fee',
  // 当天
  pblpap: 'same day',
  // 几分钟
  '4dyg8c': 'minutes',
  // 没有官方数字
  nfzyw1: 'no official figure',
  // 在 mp.weixin.qq.com 注册，选择“公众号”（不能更改）
  '106lnma': 'Register at mp.weixin.qq.com, choose official account (公众号; irreversible)',
  // 一个未在平台注册过的邮箱，并激活
  '1043imn': 'an email unused on the platform; activate it',
  // 信息登记
  q78gpu: 'Information registration (信息登记)',
  // 个人：姓名、身份证号、手机号（短信验证），用本人已绑定银行卡的微信扫码；组织：营业执照或登记证书，加上同样的管理员信息
  t3h5bv:
    'individual: name, ID number, phone (SMS), a scan with your own WeChat that has a bank card bound; organisation: business licence or registration certificate + the same admin details',
  // 组织：验证主体
  ggishz: 'Organisations: verify the entity',
  // 10 天内从对公账户小额打款（约 1 个工作日核对，3–10 个工作日退回）、法定代表人验证，或微信认证
  '1tj6fll':
    'a small transfer from the company account within 10 days (checked in about 1 working day, refunded in 3–10 working days), a legal-representative check, or certification',
  // 1–10 天
  xzopd3: '1–10 days',
  // 打款会退回
  lmwqao: 'the transfer is refunded',
  // 可选：微信认证
  '94w9pr': 'Optional certification',
  // 营业执照、运营者和开票信息；个人：个人认证（灰度测试，费用不明）
  tr04gm:
    'licence, operator and invoice details; individuals: personal certification (个人认证; grey test, fee unclear)',
  // 付费后 1–3 个工作日
  id4w2x: '1–3 working days after payment',
  // 每年 300 元；政府免费
  '52iq5y': '300 CNY a year; free for government',
  // 开始使用
  kf9bsz: 'First use',
  // 网页后台：每天推送 1 次，发表（不推送）不限次数；用接口发布需要已认证的组织
  '1vozjkc':
    'web backend: 1 push a day, publishing without push unlimited; API publishing needs a certified organisation',
  // 注册，选择“服务号”（不能更改），登记信息
  nwet7w: 'Register, choose service account (服务号; irreversible), register information',
  // 组织或个体工商户：营业执照；管理员的身份证、手机号、绑定了银行卡的微信
  '15t7yp0':
    "organisation or individual business (个体工商户): licence; the admin's ID, phone, WeChat with a bank card",
  // 验证主体
  '15hibr8': 'Verify the entity',
  // 与公众号相同的三种方式：从对公账户小额打款、法定代表人验证，或微信认证
  u5kaya:
    'the same three ways as for an official account (公众号): a small transfer from the company account, a legal-representative check, or certification',
  // 微信认证
  znzssn: 'WeChat certification',
  // 营业执照、法定代表人和运营者信息、开票信息；
  '1y6o2at': 'licence, legal rep and operator info, invoice details;',
  // 注册时选择认证的，须在 30 天内完成
  '1czb1zg': 'within 30 days if chosen at registration',
  // 每次审核 300 元，每年一次
  '1d6pii0': '300 CNY per review, yearly',
  // 可选：申请微信支付商户号
  lht1rn: 'Optional: WeChat Pay merchant',
  // 已认证的账号；营业执照、法定代表人身份证、结算银行账户、超级管理员（法定代表人或授权经办人）；账户验证、在线签约、绑定 AppID
  '1cqnbqb':
    "certified account; licence, the legal rep's ID, a settlement bank account, a super-admin (legal rep or authorised agent); account check, online signing, AppID binding",
  // 通过服务商约 1–2 个工作日；直接申请 1–5 个工作日
  '1sp3ws3': 'about 1–2 working days via a provider; 1–5 working days direct',
  // 费率按行业而定（未找到具体数字）
  '1mz1vgu': 'rate by industry (no figure found)',
  // 可选：开通模板消息
  tus0va: 'Optional: template messages',
  // 在“添加功能插件”里申请；最多 5 个服务类目
  yksjoy: 'apply under Add plug-ins (添加功能插件); up to 5 service categories',
  // 每月 4 次群发、菜单、模板消息和客服消息
  irxbek: '4 group messages a month, menus, template and service messages',
  // 注册（类型选“小程序”）
  '1kscmg1': 'Register as a mini program (小程序)',
  // 未注册过的邮箱；主体信息；管理员微信扫码
  '16z3xc5': "an unused email; entity info; the admin's WeChat scan",
  // 信息和类目
  '9d4hw6': 'Information and categories',
  // 名称、头像、简介；服务类目（敏感类目需提交资质）；主营类目
  pr8716: 'name, avatar, intro; service categories (服务类目, with documents if sensitive); a main category (主营类目)',
  // 微信认证（企业和个体工商户须在备案前完成；个人可选）
  ryt7mi: 'Certification (enterprises and individual businesses (个体工商户): before filing; individuals: optional)',
  // 营业执照或身份证、联系人和开票信息、管理员人脸核验
  '16ktc8h': "licence or ID, contact and invoice details, the admin's face check",
  // 企业每年 300 元；
  '1aorntq': '300 CNY a year for an enterprise;',
  // 个人每年 30 元，或是个体工商户的优惠价（来源说法不一）
  v238hn: '30 CNY a year for an individual, or a discount price for an individual business (the sources differ)',
  // ICP 备案
  '36vaxe': 'ICP filing (备案)',
  // 营业执照或身份证；负责人的身份证、手机号、应急联系人；
  sm94d8: "licence or ID; the person in charge's ID, phone, emergency contact;",
  // 核验单
  cu46to: 'the verification form (核验单)',
  // 平台 1–2 个工作日 + 24 小时内回复核验短信 + 省管局 1–20 个工作日；
  '530lro': 'platform 1–2 working days + the SMS answered within 24 hours + province 1–20 working days;',
  // 提前 20–30 个工作日开始
  '14aw29': 'start 20–30 working days ahead',
  // 未说明收费
  '1c8p1jq': 'no fee stated',
  // 开发
  '7wes0a': 'Develop',
  // AppID、开发者工具、服务器域名；用户隐私保护指引；每个包不超过 2 MB，总计不超过 30 MB
  msrr47: 'AppID, DevTools, server domains; the privacy guideline; ≤ 2 MB per package, ≤ 30 MB total',
  // 视开发范围而定
  y1fs3j: 'by scope',
  // 平台不收费；开发本身的费用取决于你用自己的开发人员还是请外包公司
  '50uaum': 'no platform fee; the development itself costs what your own developers or an agency cost',
  // （外包报价见“请服务商做”）；
  nr00zd: "(for agency prices, see 'Have a provider build it');",
  // 也可以改付服务商的费用，由服务商来做
  '1xaorco': "or you pay a provider's fee instead",
  // 代码审核
  '1x6r2hs': 'Code review',
  // 一个版本，连同它的页面和类目
  qac92g: 'a version with its pages and categories',
  // 通常不超过 3 天，官方为不超过 7 个工作日；
  '1updccw': 'usually ≤ 3 days, officially ≤ 7 working days;',
  // 每年可加急 3 次（个人 1 次），约 2 小时（2019 年）；
  '1xd0vq': 'expedited review 3 times a year (1 for personal accounts), about 2 hours (2019);',
  // 报备类目另加 7 天
  '1ghq18o': 'report categories +7 days',
  // 发布；可选：开通支付
  '16uk4dt': 'Release; optional payment',
  // 已认证的非个人账号、商户号（同服务号申请商户号）、交易类须接入订单发货管理
  '1je99ho':
    'a certified non-personal account, a merchant number (as for a service account), order-shipping management if trading',
  // 手机号组件每次调用 0.03/0.04 元
  hrttvf: 'phone-number components 0.03/0.04 CNY per call',
  // 创建企业（网页或 App）
  '8ycfur': 'Create the enterprise (web or app)',
  // 企业名称、行业、规模；管理员姓名、手机号（短信验证）、微信扫码
  '1h0lev9': "company name, industry, size; the admin's name, phone (SMS), WeChat scan",
  // 免费
  zdz10z: 'free',
  // 验证或认证
  v3spv3: 'Verify or certify',
  // 法定代表人刷脸、对公打款或电子营业执照；
  xef4d6: "the legal rep's face scan, a corporate transfer or an e-licence;",
  // 认证还需营业执照和开票信息
  '1rtn8r9': 'for certification also the licence and invoice details',
  // 5–15 个工作日；也有说 1–3 个工作日
  '5yddx': '5–15 working days; 1–3 working days quoted elsewhere',
  // 见企业微信的费用
  '16qmjxz': 'see the WeCom costs',
  // 客户联系
  '1f96tbb': 'Customer contact',
  // 为成员开通“客户联系”；
  '1dduo2b': 'enable customer contact (客户联系) for members;',
  // 未验证的企业最多 100–200 位客户
  fgezq9: 'firms without verification are capped at 100–200 customers',
  // 超过 2,000 个联系人，约每人每年 0.1 元
  k7auvm: 'above 2,000 contacts, about 0.1 CNY each a year',
  // 可选：第三方应用
  '1wwqt81': 'Optional third-party apps',
  // 由服务商购买接口调用许可
  '1d2cwoz': 'interface licences bought by the provider',
  // 可试用 90 天
  '1myeyir': '90-day trial',
  // 未找到价格
  f6db7c: 'price not found',
};
