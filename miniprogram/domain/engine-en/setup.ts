/**
 * The English of recommendation/setup.ts, each under the key of its Chinese (domain/text.ts textKey), with the Chinese
 * above it.
 */
export const SETUP_EN: Readonly<Record<string, string>> = {
  // 点餐
  '1um3mb0': 'ordering',
  // 商城
  uh9tqt: 'shop',
  // 报名
  '57x5uf': 'sign-up',
  // 预约
  '18snaun': 'booking',
  // 预订
  '17xpy03': 'booking',
};
