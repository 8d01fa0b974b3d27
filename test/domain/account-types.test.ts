import { ACCOUNT_TYPE_IDS, isAccountTypeId } from '../../miniprogram/domain/account-types';

describe('account type ids', () => {
  it('lists four distinct types', () => {
    expect(new Set(ACCOUNT_TYPE_IDS).size).toBe(4);
  });
  it('recognises only known ids', () => {
    expect(isAccountTypeId('service')).toBe(true);
    expect(isAccountTypeId('Service')).toBe(false);
    expect(isAccountTypeId(undefined)).toBe(false);
    expect(isAccountTypeId('__proto__')).toBe(false);
  });
});
