/**
 * The English of steps/provider-steps.ts, each under the key of its Chinese (domain/text.ts textKey), with the Chinese above it.
 */
export const PROVIDER_STEPS_EN: Readonly<Record<string, string>> = {
  // 先有主体和行业许可证
  '17kej2i': 'Have an entity and the trade licence',
  // 个体工商户或公司的营业执照；你所选类目需要的许可证
  '1r32fu7': 'an individual business (个体工商户) or company licence; the licence your category needs',
  // 在微信之外办理
  '8xcvhn': 'outside WeChat',
  // 选择服务商
  '1894nj5': 'Choose a provider',
  // 在微信服务市场（小程序开发专区）或本地代理商中挑选；比较年费、功能模块和按单收费
  mc6809:
    "WeChat's service market (服务市场), in its mini program development section (小程序开发专区), or a local agency; compare the yearly fee, the modules and any per-order fees",
  // 代理商报价：SaaS 每年 2,000–20,000 元
  t76psl: 'agencies quote 2,000–20,000 CNY a year for SaaS',
  // 服务商替你注册小程序，或你授权已有的小程序
  '1h1b8l0': 'The provider registers the mini program for you, or you authorise an existing one',
  // 法定代表人在 24 小时内完成人脸核验，或管理员扫授权链接
  '1ksi1cd': "the legal representative's face check within 24 hours, or your admin's scan of the authorisation link",
  // 通过服务商完成认证和 ICP 备案
  y762e: 'Certification and ICP filing (备案) through the provider',
  // 管理员在 24 小时内完成人脸核验并付费；备案材料与自己备案相同（见备案一步）
  hn70ku:
    "your admin's face check and payment within 24 hours; for the filing, the documents of filing it yourself (see the filing step)",
  // 与自己备案一样久
  '1meh19l': 'as long as filing it yourself',
  // 企业每年 300 元，或由服务商代缴
  b96rbp: '300 CNY a year for an enterprise, or prepaid by the provider',
  // 以特约商户身份开通微信支付
  '1l98cuk': 'WeChat Pay as a sub-merchant (特约商户)',
  // 服务商提交资料；你的超级管理员核对并签约
  '607or1': 'the provider submits your details; your super admin checks and signs',
  // 审核约 1–3 个工作日，10 天内完成账户验证
  rq27bu: 'about 1–3 working days of review, then an account check within 10 days',
  // 费率按行业定：
  '13jcsry': 'a rate set by industry:',
  // 0.2%–1.0%
  qftvyv: '0.2–1.0%',
  // 服务商部署模板，提交审核后发布
  '1tnlm58': 'The provider deploys the template, submits it for review and releases it',
  // 已通过的类目；隐私保护指引；代码包合计不超过 20 MB
  '1j18ff9': 'approved categories; a privacy guideline; packages of at most 20 MB in total',
  // 审核时间与自己提交代码审核相同
  '16l1gco': 'review takes as long as your own code review',
  // 含在服务商的费用里
  '1co3uz9': "included in the provider's fee",
};
