import { t } from './rule';

/** Texts used by more than one rule table. */
export const SUB_NO_PAY = t(
  '订阅号不能接入微信支付，认证了也不行（据报道）。',
  'A subscription account cannot take WeChat Pay, certified or not (reported).',
);
