import { EntityId } from '../../quiz/questionnaire';
import { Text } from '../../text';

/**
 * What to prepare, condensed from each launch step's "what is needed" column (CONTENT.md lp.*); the full text is on
 * the step. The plan's summary lists them once each.
 */
const EMAIL: Text = { zh: '一个未在平台注册过的邮箱', en: 'An email not yet used on the platform' };
const LICENCE: Text = { zh: '营业执照或登记证书', en: 'Business licence or registration certificate' };
const ADMIN: Text = {
  zh: '管理员的身份证号、手机号和绑了银行卡的微信',
  en: "The admin's ID number, phone and WeChat with a bank card",
};
const COMPANY_ACCOUNT: Text = { zh: '对公账户（小额打款验证）', en: 'A company bank account (for the small transfer)' };
/** By step id; some depend on who applies. */
export const PREPARE: Readonly<Record<string, (entity: EntityId | undefined) => readonly Text[]>> = {
  'lp.sub.1': () => [EMAIL],
  'lp.sub.2': (entity) =>
    entity === 'individual'
      ? [{ zh: '本人身份证号、手机号和绑了银行卡的微信', en: 'Your ID number, phone and WeChat with a bank card' }]
      : [LICENCE, ADMIN],
  'lp.sub.3': () => [COMPANY_ACCOUNT],
  'lp.sub.4': () => [{ zh: '营业执照、运营者和开票信息', en: 'Licence, operator and invoice details' }],
  'lp.svc.1': () => [LICENCE, ADMIN],
  'lp.svc.2': () => [COMPANY_ACCOUNT],
  'lp.svc.3': () => [{ zh: '法定代表人和运营者信息、开票信息', en: 'Legal rep and operator info, invoice details' }],
  'lp.svc.4': () => [{ zh: '法定代表人身份证和结算银行账户', en: "The legal rep's ID and a settlement bank account" }],
  'lp.mp.1': () => [EMAIL],
  'lp.mp.2': () => [
    {
      zh: '名称、头像、简介和类目（敏感类目要资质）',
      en: 'Name, avatar, intro and categories (documents for sensitive ones)',
    },
  ],
  'lp.mp.3': () => [{ zh: '营业执照或身份证、联系人和开票信息', en: 'Licence or ID, contact and invoice details' }],
  'lp.mp.4': () => [
    { zh: '负责人的身份证、手机号和应急联系人', en: "The person in charge's ID, phone and an emergency contact" },
  ],
  'lp.mp.5': () => [
    { zh: '开发者、服务器域名和用户隐私保护指引', en: 'Developers, server domains and the privacy guideline' },
  ],
  'lp.prov.1': () => [
    LICENCE,
    {
      zh: '你的类目要求的行业许可证（如餐饮的食品经营许可证）',
      en: 'The trade licence your category needs (for catering, a food business licence (食品经营许可证))',
    },
  ],
  'lp.prov.2': () => [
    {
      zh: '几家服务商的报价：年费、功能模块和按单收费',
      en: "A few providers' quotes: yearly fee, modules and per-order fees",
    },
  ],
  'lp.prov.3': () => [
    {
      zh: '法定代表人本人的微信，24 小时内刷脸核验',
      en: "The legal representative's own WeChat, for a face check within 24 hours",
    },
  ],
  'lp.prov.5': () => [
    {
      zh: '结算银行账户，以及核对并签约的超级管理员',
      en: 'A settlement bank account, and a super admin who checks and signs',
    },
  ],
  'lp.ent.1': () => [
    { zh: '企业名称、行业和规模；管理员手机号', en: "Company name, industry and size; the admin's phone" },
  ],
  'lp.ent.2': () => [
    {
      zh: '法定代表人刷脸、对公打款或电子营业执照',
      en: "The legal rep's face scan, a company transfer or an e-licence",
    },
  ],
};
