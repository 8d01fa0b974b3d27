import { EntityId } from '../../quiz/questionnaire';
import { Text, zhText } from '../../text';

/**
 * What to prepare, condensed from each launch step's "what is needed" column (CONTENT.md lp.*); the full text is on
 * the step. The plan's summary lists them once each.
 */
const EMAIL: Text = zhText('一个未在平台注册过的邮箱');
const LICENCE: Text = zhText('营业执照或登记证书');
const ADMIN: Text = zhText('管理员的身份证号、手机号和绑了银行卡的微信');
const COMPANY_ACCOUNT: Text = zhText('对公账户（小额打款验证）');
/** By step id; some depend on who applies. */
export const PREPARE: Readonly<Record<string, (entity: EntityId | undefined) => readonly Text[]>> = {
  'lp.sub.1': () => [EMAIL],
  'lp.sub.2': (entity) =>
    entity === 'individual' ? [zhText('本人身份证号、手机号和绑了银行卡的微信')] : [LICENCE, ADMIN],
  'lp.sub.3': () => [COMPANY_ACCOUNT],
  'lp.sub.4': () => [zhText('营业执照、运营者和开票信息')],
  'lp.svc.1': () => [LICENCE, ADMIN],
  'lp.svc.2': () => [COMPANY_ACCOUNT],
  'lp.svc.3': () => [zhText('法定代表人和运营者信息、开票信息')],
  'lp.svc.4': () => [zhText('法定代表人身份证和结算银行账户')],
  'lp.mp.1': () => [EMAIL],
  'lp.mp.2': () => [zhText('名称、头像、简介和类目（敏感类目要资质）')],
  'lp.mp.3': () => [zhText('营业执照或身份证、联系人和开票信息')],
  'lp.mp.4': () => [zhText('负责人的身份证、手机号和应急联系人')],
  'lp.mp.5': () => [zhText('开发者、服务器域名和用户隐私保护指引')],
  'lp.prov.1': () => [LICENCE, zhText('你的类目要求的行业许可证（如餐饮的食品经营许可证）')],
  'lp.prov.2': () => [zhText('几家服务商的报价：年费、功能模块和按单收费')],
  'lp.prov.3': () => [zhText('法定代表人本人的微信，24 小时内刷脸核验')],
  'lp.prov.5': () => [zhText('结算银行账户，以及核对并签约的超级管理员')],
  'lp.ent.1': () => [zhText('企业名称、行业和规模；管理员手机号')],
  'lp.ent.2': () => [zhText('法定代表人刷脸、对公打款或电子营业执照')],
};
