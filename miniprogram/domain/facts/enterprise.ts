import { ARTICLE, MP_REGISTRATION_WECOM, W1ZD_README } from './sources';
import { CHECKED, Fact } from './types';

const WHO = { zh: '企业、政府、事业单位或其他组织。', en: 'Enterprises, governments, institutions or other organisations.' };

/** CONTENT.md "Enterprise account (企业号), now WeCom (企业微信)". */
export const ENTERPRISE_FACTS: readonly Fact[] = [
  {
    id: 'ent.definition',
    seed: {
      zh: '连接组织与员工、上下游合作伙伴及企业应用的移动应用门户，主要用于内部沟通；关注者须验证身份。',
      en: 'A mobile application portal connecting an organisation with employees, up- and downstream partners and enterprise applications; mainly internal communication. Followers must verify identity.',
    },
    now: {
      zh: '企业号已升级为企业微信，一个独立的应用和管理后台；企业微信仍可连接微信用户（客户联系）。新组织请直接使用企业微信。',
      en: 'The enterprise account was upgraded into WeCom (企业微信), a separate app and admin console; WeCom still connects with WeChat users (customer contact). New organisations should start with WeCom.',
    },
    changed: true,
    reported: false,
    sources: [ARTICLE, W1ZD_README, MP_REGISTRATION_WECOM],
    checked: CHECKED,
  },
  {
    id: 'ent.who',
    seed: WHO,
    now: { zh: '企业、政府、事业单位或其他组织（现通过企业微信）。', en: 'Enterprises, governments, institutions or other organisations (now through WeCom).' },
    changed: false,
    reported: false,
    sources: [ARTICLE],
    checked: CHECKED,
  },
  {
    id: 'ent.where',
    seed: { zh: '出现在好友会话列表的第一层。', en: 'First level of the friend conversation list.' },
    now: { zh: '在企业微信中；在微信中通过企业微信的客户联系功能。', en: "In WeCom; in WeChat through WeCom's customer-contact features." },
    changed: true,
    reported: false,
    sources: [ARTICLE],
    checked: CHECKED,
  },
  {
    id: 'ent.quota',
    seed: { zh: '群发消息条数不限；每分钟最多 200 条。', en: 'No limit on the number of group messages; up to 200 per minute.' },
    now: {
      zh: '2017 年的限制只适用于旧的企业号，仅作历史参考；据报道，企业微信对每个应用另有限制。',
      en: 'The 2017 limit applies to the old enterprise account and is shown as historical; WeCom reportedly has its own per-application limits.',
    },
    changed: true,
    reported: true,
    sources: [ARTICLE],
    checked: CHECKED,
  },
  {
    id: 'ent.functions',
    seed: {
      zh: '企业通讯录、应用定制、分级管理、群发消息、微信认证、高级接口、自定义菜单、微信支付。',
      en: 'Corporate address book, application customisation, hierarchical management, group messaging, certification, advanced interfaces, custom menu, WeChat Pay.',
    },
    now: { zh: '企业微信：通讯录、应用、审批、客户联系。', en: 'WeCom: address book, apps, approvals, customer contact.' },
    changed: true,
    reported: false,
    sources: [ARTICLE],
    checked: CHECKED,
  },
  {
    id: 'ent.irreversible',
    seed: {
      zh: '类型一经选定不能更改；组织类型须与申请主体相符且不能更改；需要更多证明材料。',
      en: 'Once the type is chosen it cannot be changed; the organisation type must match the applicant and cannot be changed; needs more supporting documents.',
    },
    now: {
      zh: '组织类型同样须谨慎选择：须与申请主体相符，且不能更改。',
      en: 'The same caution applies to the organisation type: it must match the applicant and cannot be changed.',
    },
    changed: false,
    reported: false,
    sources: [ARTICLE],
    checked: CHECKED,
  },
];
