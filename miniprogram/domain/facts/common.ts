import { CHECKED, Fact, p, reported, zhText } from '../row-types';

/** CONTENT.md "Who can apply (主体类型), all account types". */
export const COMMON_FACTS: readonly Fact[] = [
  {
    kind: 'fact',
    id: 'who.entities',
    seed: zhText('个人、媒体、企业、政府和其他组织。'),
    now: [
      p(
        '现行接口里仍是六种主体类型：个人（年满 18 岁、具有中国大陆身份的实名微信用户）、企业（含分支机构和品牌）、个体工商户（属于企业类：可开服务号和微信支付）、政府（含事业单位）、媒体、其他组织。主体一经提交不能更改。公众号和服务号：企业可通过对公打款、',
      ),
      reported('法定代表人验证'),
      p('或微信认证来验证主体；政府、媒体和其他组织必须认证。小程序：企业和个体工商户要先认证才能备案。'),
    ],
    changed: true,
    sources: ['zyj18', 'wxaauth', 'mg-guide', 'vkcl'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'who.limits',
    seed: null,
    now: [
      p(
        '公众号和服务号（自 2018-11-16 起）：个人最多 1 个；企业、个体工商户或其他组织最多 2 个（可申请更多）；政府和媒体最多 50 个。同一身份证号或手机号最多管理 5 个。小程序：每个身份证或手机号 5 个（2018 年）；',
      ),
      reported('个人备案后最多 5 个，个体工商户认证后 5 个，其他主体认证后 50 个。'),
    ],
    changed: false,
    sources: ['ithome18', 'kf-admin', 'zyj18', 'nbyy'],
    checked: CHECKED,
  },
];
