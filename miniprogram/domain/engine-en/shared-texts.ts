/**
 * The English of recommendation/rules/shared-texts.ts, each under the key of its Chinese (domain/text.ts textKey), with the Chinese
 * above it.
 */
export const SHARED_TEXTS_EN: Readonly<Record<string, string>> = {
  // 公众号不能接入微信支付，认证了也不行。
  '1pg7ncm': 'An official account cannot take WeChat Pay, certified or not.',
  // 微信认证每次审核 300 元，每年一次，审核不通过不退费。
  yg2han: 'WeChat certification costs 300 CNY per review, every year, not refunded on failure.',
  // 政府机构的微信认证免费，但每年都要做。
  '10g2w3': 'Certification is free for government, but it is renewed every year.',
};
