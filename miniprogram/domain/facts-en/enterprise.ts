/**
 * The English of facts/enterprise.ts, each under the key of its Chinese (domain/text.ts textKey), with the Chinese above it.
 */
export const ENTERPRISE_EN: Readonly<Record<string, string>> = {
  // 连接组织与员工、上下游合作伙伴及企业应用的移动应用门户，主要用于内部沟通；关注者须验证身份。
  cqwnm1:
    'A mobile application portal connecting an organisation with employees, up- and downstream partners and enterprise applications; mainly internal communication. Followers must verify identity.',
  // 新组织请直接用企业微信：企业号已升级为企业微信，一个独立的 App 和管理后台，仍与微信用户相连（客户联系）。
  '1wqq2vx':
    'New organisations should go to WeCom (企业微信): the enterprise account was upgraded into it, a separate app and console still connected with WeChat users (customer contact).',
  // 企业、政府、事业单位或其他组织。
  '1orsk75': 'Enterprises, governments, institutions or other organisations.',
  // 企业、政府、事业单位和其他组织可以开通企业微信。
  zdb4u3: 'Enterprises, governments, public institutions and other organisations can open WeCom (企业微信).',
  // 出现在好友会话列表的第一层。
  qqq3oh: 'First level of the friend conversation list.',
  // 在企业微信里；在微信里通过客户联系（“客户”是开通了客户联系的成员添加的微信用户）。
  '1xp9mwv':
    'In WeCom (企业微信); in WeChat through customer contact (a "customer" is a WeChat user added by a member with customer contact enabled).',
  // 群发消息条数不限；每分钟最多 200 条。
  '709r51': 'No limit on the number of group messages; up to 200 per minute.',
  // 企业微信有自己的消息限制；2017 年的数字属于旧的企业号，只作历史参考。
  '1uhjb56':
    "WeCom (企业微信) has its own message limits; the 2017 figure was the old enterprise account's and is history only.",
  // 企业通讯录、应用定制、分级管理、群发消息、微信认证、高级接口、自定义菜单、微信支付。
  smm796:
    'Corporate address book, application customisation, hierarchical management, group messaging, certification, advanced interfaces, custom menu, WeChat Pay.',
  // 企业微信：通讯录、应用、审批和客户联系；费用见“费用”。
  '13vj8hq': 'WeCom (企业微信): address book, apps, approvals and customer contact (客户联系); for costs, see Costs.',
  // 类型一经选定不能更改；组织类型须与申请主体相符且不能更改；需要更多证明材料。
  '14kdbbk':
    'Once the type is chosen it cannot be changed; the organisation type must match the applicant and cannot be changed; needs more supporting documents.',
  // 组织类型须与申请主体相符，选定后不能更改；企业微信要求的证明材料比公众号更多。
  iij6tr:
    'The organisation type must match the applicant and cannot be changed once chosen; WeCom (企业微信) asks for more supporting documents than an official account.',
  // 发给员工的应用消息：每个应用每天不超过（账号人数上限 × 200）人次；发给同一成员每分钟不超过 30 条、每小时不超过 1,000 条（2023-08-28）。发给客户的企业群发：每位客户或每个客户群每月最多收到与当月天数相同的条数，可调整为每周 7 条或每天 1 条（2025-11-17；以前是每月 4 条）；成员自己群发：每次不超过 20,000 位客户，默认每位客户每天 1 条（2025-07-11）。
  '1nglmou':
    "App messages to staff: per app ≤ (account member cap × 200) person-times a day; ≤ 30 a minute and 1,000 an hour to one member (2023-08-28). Mass messages to customers (企业群发): each customer or group receives at most as many as the days in the month, adjustable to 7 a week or 1 a day (2025-11-17; formerly 4 a month); a member's own mass send: ≤ 20,000 customers, by default 1 a day each (2025-07-11).",
  // 注册和基础功能免费。
  '1l9kh6v': 'Registration and basic use are free.',
  // 认证：1,000 人以内每次审核 300 元；10,000 人以内另加 2,700 元，更多另加 29,700 元；每年一次。政府和非营利组织两项费用都免；事业单位、社会团体和民办非企业单位只免规模费。用已认证的同主体公众号可免费认证。
  l8t8ti:
    'Certification: 300 CNY per review up to 1,000 members, plus 2,700 CNY up to 10,000 members or 29,700 CNY above that, yearly. Government bodies and non-profits pay neither fee; public institutions, social groups and private non-enterprise units (民办非企业) skip only the scale fee. Certification is free via a certified official account of the same entity.',
  // 外部联系人：认证后 2,000 个免费，更多按档位约每人每年 0.1 元，2025 年 9 月起适用于所有企业；购买的联系人规模有效期一年，到期前 90 天内可续期；未认证的企业即使付费也只能有 100 位客户。
  bfd607:
    'External contacts: 2,000 free if certified, more by tier at about 0.1 CNY each a year, for all firms from September 2025; the contact scale lasts a year and can be renewed in the 90 days before it ends, and uncertified firms stay at 100 customers even if they pay.',
  // 第三方和代开发应用自 2022-05-16 起需要付费的接口调用许可，可先试用 90 天。
  hvcc8e:
    'Third-party and agency-built apps need paid interface licences (接口调用许可) since 2022-05-16, after a 90-day trial.',
};
