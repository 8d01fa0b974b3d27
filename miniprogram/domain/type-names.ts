import { AccountTypeId } from './account-types';
import { Text } from './text';

/** Display names of the four account types; a minimal map until the knowledge base owns them. */
export const TYPE_NAMES: Readonly<Record<AccountTypeId, Text>> = {
  service: { zh: '服务号', en: 'Service account' },
  subscription: { zh: '订阅号', en: 'Subscription account' },
  enterprise: { zh: '企业微信（原企业号）', en: 'WeCom (formerly enterprise account)' },
  miniprogram: { zh: '小程序', en: 'Mini program' },
};
