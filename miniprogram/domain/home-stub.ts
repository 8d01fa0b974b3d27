import { ACCOUNT_TYPE_IDS, AccountTypeId } from './account-types';

/** Foundation stub: replaced by the knowledge base (issue 3). */
const NAMES: Record<AccountTypeId, { zh: string; en: string }> = {
  service: { zh: '服务号', en: 'Service account' },
  subscription: { zh: '订阅号', en: 'Subscription account' },
  enterprise: { zh: '企业微信（原企业号）', en: 'WeCom (formerly enterprise account)' },
  miniprogram: { zh: '小程序', en: 'Mini program' },
};

export interface AccountTypeName {
  id: AccountTypeId;
  name: string;
  nameEn: string;
}

export function listAccountTypeNames(): AccountTypeName[] {
  return ACCOUNT_TYPE_IDS.map((id) => ({ id, name: NAMES[id].zh, nameEn: NAMES[id].en }));
}
