import { words } from './rule';

/** Reasons used by more than one rule table. */
export const SUB_NO_PAY = words('公众号不能接入微信支付，认证了也不行。');

export const CERT_FEE = words('微信认证每次审核 300 元，每年一次，审核不通过不退费。');

export const CERT_FREE_FOR_GOVERNMENT = words('政府机构的微信认证免费，但每年都要做。');
