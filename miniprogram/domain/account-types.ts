/** The four account types of the WeChat Official Accounts Platform, in the order the guide shows them. */
export type AccountTypeId = 'service' | 'subscription' | 'enterprise' | 'miniprogram';

export const ACCOUNT_TYPE_IDS: readonly AccountTypeId[] = ['service', 'subscription', 'enterprise', 'miniprogram'];

export function isAccountTypeId(value: unknown): value is AccountTypeId {
  return typeof value === 'string' && (ACCOUNT_TYPE_IDS as readonly string[]).includes(value);
}
