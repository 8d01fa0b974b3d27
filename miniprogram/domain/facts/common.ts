import { ITHOME, ZHOUYAJUN } from './sources';
import { CHECKED, Fact } from './types';

/** CONTENT.md "Who can apply (主体类型), all account types". */
export const COMMON_FACTS: readonly Fact[] = [
  {
    id: 'who.entities',
    seed: {
      zh: '个人、媒体、企业、政府和其他组织。',
      en: 'Individuals, media, enterprises, governments and other organisations.',
    },
    now: {
      zh: '平台区分六种主体类型：个人（18 岁以上、具有中国大陆身份的实名微信用户）、企业（含分支机构和品牌）、个体工商户（属于企业类主体：可开通服务号和微信支付）、政府（含事业单位）、媒体、其他组织。主体一经提交不可更改。企业可通过小额打款或微信认证验证主体；政府、媒体和其他组织必须认证。',
      en: 'The platform distinguishes six entity types: individual (a real-name WeChat user over 18 with mainland identity), enterprise (incl. branches and brands), individual business (个体工商户, counts as an enterprise-type entity: may open service accounts and WeChat Pay), government (incl. public institutions), media, other organisation. The entity cannot be changed once submitted. Enterprises verify by a small bank transfer or by certification; government, media and other organisations must certify.',
    },
    changed: true,
    reported: false,
    sources: [ZHOUYAJUN],
    checked: CHECKED,
  },
  {
    id: 'who.limits',
    seed: null,
    now: {
      zh: '自 2018-11-16 起：同一个人最多注册 1 个公众号，企业类主体最多 2 个（可申请更多）；政府和媒体最多 50 个。',
      en: 'Since 2018-11-16: one individual may register at most 1 official account, an enterprise-type entity at most 2 (more by application); government and media up to 50.',
    },
    changed: false,
    reported: false,
    sources: [ITHOME],
    checked: CHECKED,
  },
];
