import { CHECKED, CHECKED_EARLIER, Fact, p, reported } from './types';

/** CONTENT.md "Enterprise account (企业号), now WeCom (企业微信)". */
export const ENTERPRISE_FACTS: readonly Fact[] = [
  {
    kind: 'fact',
    id: 'ent.definition',
    seed: {
      zh: '连接组织与员工、上下游合作伙伴及企业应用的移动应用门户，主要用于内部沟通；关注者须验证身份。',
      en: 'A mobile application portal connecting an organisation with employees, up- and downstream partners and enterprise applications; mainly internal communication. Followers must verify identity.',
    },
    now: [
      p(
        '企业号已升级为企业微信，一个独立的 App 和管理后台，仍与微信用户相连（客户联系）。新组织请直接用企业微信。',
        'Upgraded into WeCom (企业微信), a separate app and console still connected with WeChat users (customer contact). New organisations should go to WeCom.',
      ),
    ],
    changed: true,
    sources: ['art', 'w1zd', 'wecom-cust'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'ent.who',
    seed: {
      zh: '企业、政府、事业单位或其他组织。',
      en: 'Enterprises, governments, institutions or other organisations.',
    },
    now: [
      p(
        '同样：企业、政府、事业单位或其他组织（现为企业微信）。',
        'Same: enterprises, governments, institutions or other organisations (now WeCom).',
      ),
    ],
    changed: false,
    sources: ['art'],
    checked: CHECKED_EARLIER,
  },
  {
    kind: 'fact',
    id: 'ent.where',
    seed: { zh: '出现在好友会话列表的第一层。', en: 'First level of the friend conversation list.' },
    now: [
      p(
        '在企业微信里；在微信里通过客户联系（“客户”是开通了客户联系的成员添加的微信用户）。',
        'In WeCom; in WeChat through customer contact (a "customer" is a WeChat user added by a member with customer contact enabled).',
      ),
    ],
    changed: false,
    sources: ['art', 'wecom-cust'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'ent.quota',
    seed: {
      zh: '群发消息条数不限；每分钟最多 200 条。',
      en: 'No limit on the number of group messages; up to 200 per minute.',
    },
    now: [
      p(
        '2017 年的数字属于旧的企业号，只作历史参考；企业微信有自己的消息限制（见下）。',
        "The 2017 figure was the old enterprise account's and is shown as history; WeCom has its own message limits (below).",
      ),
    ],
    changed: true,
    sources: ['art', 'wecom-rate', 'wecom-mass'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'ent.functions',
    seed: {
      zh: '企业通讯录、应用定制、分级管理、群发消息、微信认证、高级接口、自定义菜单、微信支付。',
      en: 'Corporate address book, application customisation, hierarchical management, group messaging, certification, advanced interfaces, custom menu, WeChat Pay.',
    },
    now: [
      p(
        '企业微信：通讯录、应用、审批、客户联系；费用见下。',
        'WeCom: address book, apps, approvals, customer contact (客户联系); costs below.',
      ),
    ],
    changed: false,
    sources: ['art', 'wecom-cust'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'ent.irreversible',
    seed: {
      zh: '类型一经选定不能更改；组织类型须与申请主体相符且不能更改；需要更多证明材料。',
      en: 'Once the type is chosen it cannot be changed; the organisation type must match the applicant and cannot be changed; needs more supporting documents.',
    },
    now: [
      p(
        '同样要注意组织类型：须与申请主体相符，选定后不能更改，需要的证明材料也更多。',
        'The same caution applies to the organisation type: it must match the applicant, cannot be changed later and needs more supporting documents.',
      ),
    ],
    changed: false,
    sources: ['art'],
    checked: CHECKED_EARLIER,
  },
  {
    kind: 'fact',
    id: 'ent.limits',
    seed: null,
    now: [
      p(
        '发给员工的应用消息：每个应用每天不超过（帐号人数上限 × 200）人次；发给同一成员每分钟不超过 30 条、每小时不超过 1,000 条（2023-08-28）。发给客户的企业群发：每位客户或每个客户群每月最多收到与当月天数相同的条数，可调整为每周 7 条或每天 1 条（2025-11-17；以前是每月 4 条）；成员自己群发：每次不超过 20,000 位客户，默认每位客户每天 1 条（2025-07-11）。',
        "App messages to staff: per app ≤ (account cap × 200) person-times a day; ≤ 30 a minute and 1,000 an hour to one member (2023-08-28). Mass messages to customers (企业群发): each customer or group receives at most as many as the days in the month, adjustable to 7 a week or 1 a day (2025-11-17; formerly 4 a month); a member's own mass send: ≤ 20,000 customers, by default 1 a day each (2025-07-11).",
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
      reported('注册和基础功能免费。', 'Registration and basic use free.'),
      reported(
        '认证：1,000 人以内每次审核 300 元，10,000 人以内另加 2,700 元，更多另加 29,700 元，每年一次；政府和非营利组织免收；用已认证的同主体公众号可免费认证。',
        'Certification: 300 CNY per review up to 1,000 members, plus 2,700 (≤ 10,000) or 29,700 CNY (more), yearly; government and non-profits exempt; free via a certified same-entity official account.',
      ),
      reported(
        '外部联系人：认证后 2,000 个免费，更多按档位约每人每年 0.1 元，2025 年 9 月起适用于所有企业。',
        'External contacts: 2,000 free if certified, more by tier at about 0.1 CNY each a year, all firms from September 2025.',
      ),
      p(
        '第三方和代开发应用自 2022-05-16 起需要付费的接口调用许可，可先试用 90 天。',
        'Third-party and agency-built apps need paid interface licences (接口调用许可) since 2022-05-16, after a 90-day trial.',
      ),
    ],
    changed: false,
    sources: ['qqemail', 'wecom-fee', 'weiban', 'wescrm25', 'wecom-lic', 'lic22'],
    checked: CHECKED,
  },
];
