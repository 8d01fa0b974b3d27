/**
 * The English of facts/common.ts, each under the key of its Chinese (domain/text.ts textKey), with the Chinese above it.
 */
export const COMMON_EN: Readonly<Record<string, string>> = {
  // 个人、媒体、企业、政府和其他组织。
  ftol7i: 'Individuals, media, enterprises, governments and other organisations.',
  // 现行接口里仍是六种主体类型：个人（年满 18 岁、具有中国大陆身份的实名微信用户）、企业（含分支机构和品牌）、个体工商户（属于企业类：可开服务号和微信支付）、政府（含事业单位）、媒体、其他组织。主体一经提交不能更改。公众号和服务号：企业可通过对公打款、
  pir6f5:
    'Six entity types, still in current APIs: individual (a real-name WeChat user over 18 with mainland identity), enterprise (incl. branches and brands), individual business (个体工商户, enterprise-type: may open service accounts and WeChat Pay), government (incl. public institutions), media, other organisation. The entity cannot be changed once submitted. Official accounts (公众号) and service accounts: enterprises verify the entity by a bank transfer,',
  // 法定代表人验证
  '1eahzmm': 'by a legal-representative check',
  // 或微信认证来验证主体；政府、媒体和其他组织必须认证。小程序：企业和个体工商户要先认证才能备案。
  zelobj:
    'or by certification; government, media and other organisations must certify. Mini programs: enterprises and individual businesses must certify before ICP filing.',
  // 公众号和服务号（自 2018-11-16 起）：个人最多 1 个；企业、个体工商户或其他组织最多 2 个（可申请更多）；政府和媒体最多 50 个。同一身份证号或手机号最多管理 5 个。小程序：每个身份证或手机号 5 个（2018 年）；
  rp9jo3:
    'Official accounts and service accounts, since 2018-11-16: an individual 1; an enterprise, individual business (个体工商户) or other organisation 2 (more on application); government and media 50. One ID number or phone may administer at most 5. Mini programs: 5 per ID card or phone (2018);',
  // 个人备案后最多 5 个，个体工商户认证后 5 个，其他主体认证后 50 个。
  '1ep59ha': 'individuals up to 5 with filing, individual businesses 5 and other entities 50 with certification.',
};
