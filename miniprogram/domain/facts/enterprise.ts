import { CHECKED, CHECKED_E3, Fact, p, reported, zhText } from '../row-types';

/** CONTENT.md "Enterprise account (企业号), now WeCom (企业微信)". */
export const ENTERPRISE_FACTS: readonly Fact[] = [
  {
    kind: 'fact',
    id: 'ent.definition',
    seed: zhText('连接组织与员工、上下游合作伙伴及企业应用的移动应用门户，主要用于内部沟通；关注者须验证身份。'),
    now: [
      p('新组织请直接用企业微信：企业号已升级为企业微信，一个独立的 App 和管理后台，仍与微信用户相连（客户联系）。'),
    ],
    changed: true,
    sources: ['art', 'w1zd', 'wecom-cust'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'ent.who',
    seed: zhText('企业、政府、事业单位或其他组织。'),
    now: [p('企业、政府、事业单位和其他组织可以开通企业微信。')],
    changed: false,
    sources: ['art'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'ent.where',
    seed: zhText('出现在好友会话列表的第一层。'),
    now: [p('在企业微信里；在微信里通过客户联系（“客户”是开通了客户联系的成员添加的微信用户）。')],
    changed: false,
    sources: ['art', 'wecom-cust'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'ent.quota',
    seed: zhText('群发消息条数不限；每分钟最多 200 条。'),
    now: [p('企业微信有自己的消息限制；2017 年的数字属于旧的企业号，只作历史参考。')],
    changed: true,
    sources: ['art', 'wecom-rate', 'wecom-mass'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'ent.functions',
    seed: zhText('企业通讯录、应用定制、分级管理、群发消息、微信认证、高级接口、自定义菜单、微信支付。'),
    now: [p('企业微信：通讯录、应用、审批和客户联系；费用见“费用”。')],
    changed: false,
    sources: ['art', 'wecom-cust'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'ent.irreversible',
    seed: zhText('类型一经选定不能更改；组织类型须与申请主体相符且不能更改；需要更多证明材料。'),
    now: [p('组织类型须与申请主体相符，选定后不能更改；企业微信要求的证明材料比公众号更多。')],
    changed: false,
    sources: ['art'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'ent.limits',
    seed: null,
    now: [
      p(
        '发给员工的应用消息：每个应用每天不超过（账号人数上限 × 200）人次；发给同一成员每分钟不超过 30 条、每小时不超过 1,000 条（2023-08-28）。发给客户的企业群发：每位客户或每个客户群每月最多收到与当月天数相同的条数，可调整为每周 7 条或每天 1 条（2025-11-17；以前是每月 4 条）；成员自己群发：每次不超过 20,000 位客户，默认每位客户每天 1 条（2025-07-11）。',
      ),
    ],
    changed: false,
    sources: ['wecom-rate', 'wecom-mass', 'wecom-share'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'ent.costs',
    seed: null,
    now: [
      reported('注册和基础功能免费。'),
      reported(
        '认证：1,000 人以内每次审核 300 元；10,000 人以内另加 2,700 元，更多另加 29,700 元；每年一次。政府和非营利组织两项费用都免；事业单位、社会团体和民办非企业单位只免规模费。用已认证的同主体公众号可免费认证。',
      ),
      reported(
        '外部联系人：认证后 2,000 个免费，更多按档位约每人每年 0.1 元，2025 年 9 月起适用于所有企业；购买的联系人规模有效期一年，到期前 90 天内可续期；未认证的企业即使付费也只能有 100 位客户。',
      ),
      p('第三方和代开发应用自 2022-05-16 起需要付费的接口调用许可，可先试用 90 天。'),
    ],
    changed: false,
    sources: ['qqemail', 'wecom-fee', 'weiban', 'wescrm25', 'wescrm-cert', 'wshoto', 'wecom-lic', 'lic22'],
    checked: CHECKED_E3,
  },
];
