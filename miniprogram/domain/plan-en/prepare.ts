/**
 * The English of library/plan/prepare.ts, each under the key of its Chinese (domain/text.ts textKey), with the Chinese above
 * it.
 */
export const PREPARE_EN: Readonly<Record<string, string>> = {
  // 一个未在平台注册过的邮箱
  gp7ifo: 'An email not yet used on the platform',
  // 营业执照或登记证书
  '1pa6fcu': 'Business licence or registration certificate',
  // 管理员的身份证号、手机号和绑了银行卡的微信
  '1hpmzrm': "The admin's ID number, phone and WeChat with a bank card",
  // 对公账户（小额打款验证）
  eldbu: 'A company bank account (for the small transfer)',
  // 本人身份证号、手机号和绑了银行卡的微信
  '14lswjt': 'Your ID number, phone and WeChat with a bank card',
  // 营业执照、运营者和开票信息
  '1rrpikd': 'Licence, operator and invoice details',
  // 法定代表人和运营者信息、开票信息
  '1p59no6': 'Legal rep and operator info, invoice details',
  // 法定代表人身份证和结算银行账户
  '1u7l3nr': "The legal rep's ID and a settlement bank account",
  // 名称、头像、简介和类目（敏感类目要资质）
  '16tk47a': 'Name, avatar, intro and categories (documents for sensitive ones)',
  // 营业执照或身份证、联系人和开票信息
  '6eakg7': 'Licence or ID, contact and invoice details',
  // 负责人的身份证、手机号和应急联系人
  '21j6wr': "The person in charge's ID, phone and an emergency contact",
  // 开发者、服务器域名和用户隐私保护指引
  kxag1l: 'Developers, server domains and the privacy guideline',
  // 你的类目要求的行业许可证（如餐饮的食品经营许可证）
  '13rm2uc': 'The trade licence your category needs (for catering, a food business licence (食品经营许可证))',
  // 几家服务商的报价：年费、功能模块和按单收费
  '10e7weq': "A few providers' quotes: yearly fee, modules and per-order fees",
  // 法定代表人本人的微信，24 小时内刷脸核验
  '1moobj9': "The legal representative's own WeChat, for a face check within 24 hours",
  // 结算银行账户，以及核对并签约的超级管理员
  '8cyuw9': 'A settlement bank account, and a super admin who checks and signs',
  // 企业名称、行业和规模；管理员手机号
  a08lf1: "Company name, industry and size; the admin's phone",
  // 法定代表人刷脸、对公打款或电子营业执照
  '113k89x': "The legal rep's face scan, a company transfer or an e-licence",
};
