import { AccountTypeId } from './account-types';
import { MINIPROGRAM_STEPS } from './facts/all';
import { Text } from './text';

/** Sections of an account detail page, in display order. Titles live in the string table as `section.<key>`. */
export type SectionKey =
  | 'definition'
  | 'who'
  | 'where'
  | 'quota'
  | 'functions'
  | 'certification'
  | 'process'
  | 'rules'
  | 'limits'
  | 'share'
  | 'beforeYouApply';

export const SECTION_KEYS: readonly SectionKey[] = [
  'definition',
  'who',
  'where',
  'quota',
  'functions',
  'certification',
  'process',
  'rules',
  'limits',
  'share',
  'beforeYouApply',
];

/**
 * What the guide knows about one account type. Every claim is a fact id (facts/); the short texts here
 * (summary, analogy, card who/quota, tags) only condense those facts for cards and headings.
 * Each fact appears once per type: in a section or among the irreversible warnings.
 */
export interface AccountTypeInfo {
  id: AccountTypeId;
  name: Text;
  summary: Text;
  analogy: Text;
  /** A @vant/weapp icon name (checked against the icon font in a test). */
  icon: string;
  /** Card one-liners, condensed from the who and quota facts. */
  cardWho: Text;
  cardQuota: Text;
  /** Function tags condensed from the functions facts. */
  tags: readonly Text[];
  /** Sections that apply to this type, in display order, each with its fact ids. */
  sections: readonly { key: SectionKey; factIds: readonly string[] }[];
  /** Choices that cannot be undone later. */
  irreversible: readonly string[];
  /** Mini program access steps (mp.process); empty for the other types. */
  steps: readonly Text[];
}

const SERVICE: AccountTypeInfo = {
  id: 'service',
  name: { zh: '服务号', en: 'Service account' },
  summary: { zh: '为组织提供业务服务和用户管理', en: 'Business services and user management for organisations' },
  analogy: {
    zh: '像银行、12315、114 的服务窗口：绑定信息、服务交互',
    en: 'Like the service desk of a bank, 12315 or 114: binding information, service interaction',
  },
  icon: 'service-o',
  cardWho: { zh: '仅组织', en: 'Organisations only' },
  cardQuota: { zh: '每月 4 条群发', en: '4 group messages a month' },
  tags: [
    { zh: '群发消息', en: 'Group messages' },
    { zh: '自定义菜单', en: 'Custom menu' },
    { zh: '微信支付（需认证）', en: 'WeChat Pay (certified)' },
    { zh: '高级接口（需认证）', en: 'Advanced interfaces (certified)' },
    { zh: '带参数二维码', en: 'Parametric QR codes' },
    { zh: '多客服', en: 'Multiple customer service' },
  ],
  sections: [
    { key: 'definition', factIds: ['svc.definition'] },
    { key: 'who', factIds: ['svc.who', 'who.limits'] },
    { key: 'where', factIds: ['svc.where'] },
    { key: 'quota', factIds: ['svc.quota'] },
    { key: 'functions', factIds: ['svc.functions', 'svc.advanced'] },
    { key: 'certification', factIds: ['cert.fee', 'cert.benefit'] },
    { key: 'beforeYouApply', factIds: ['svc.pay'] },
  ],
  irreversible: ['svc.irreversible', 'who.entities'],
  steps: [],
};

const SUBSCRIPTION: AccountTypeInfo = {
  id: 'subscription',
  name: { zh: '订阅号', en: 'Subscription account' },
  summary: { zh: '媒体和个人传播资讯的方式', en: 'Information dissemination for media and individuals' },
  analogy: { zh: '像报纸、杂志：传达资讯', en: 'Like a newspaper or magazine: conveys information' },
  icon: 'newspaper-o',
  cardWho: { zh: '个人和组织', en: 'Individuals and organisations' },
  cardQuota: { zh: '每天 1 条群发', en: '1 group message a day' },
  tags: [
    { zh: '每天群发', en: 'Daily group message' },
    { zh: '微信认证', en: 'WeChat certification' },
    { zh: '通用接口', en: 'General interfaces' },
    { zh: '广告主', en: 'Advertisers' },
    { zh: '流量主', en: 'Traffic owners' },
    { zh: '无微信支付', en: 'No WeChat Pay' },
  ],
  sections: [
    { key: 'definition', factIds: ['sub.definition'] },
    { key: 'who', factIds: ['sub.who', 'who.limits'] },
    { key: 'where', factIds: ['sub.where'] },
    { key: 'quota', factIds: ['sub.quota'] },
    { key: 'functions', factIds: ['sub.functions'] },
    { key: 'certification', factIds: ['cert.fee', 'cert.benefit'] },
    { key: 'beforeYouApply', factIds: ['svc.pay'] },
  ],
  irreversible: ['sub.upgrade', 'who.entities'],
  steps: [],
};

const ENTERPRISE: AccountTypeInfo = {
  id: 'enterprise',
  name: { zh: '企业微信（原企业号）', en: 'WeCom (formerly enterprise account)' },
  summary: { zh: '连接员工和企业应用，现为企业微信', en: 'Connects staff and enterprise apps; now WeCom' },
  analogy: {
    zh: '像组织的内部移动门户：连接员工、上下游伙伴和企业应用',
    en: "Like an organisation's internal mobile portal: connects employees, partners and enterprise apps",
  },
  icon: 'cluster-o',
  cardWho: { zh: '仅组织', en: 'Organisations only' },
  cardQuota: { zh: '企业微信另有限制（据报道）', en: 'WeCom has its own limits (reported)' },
  tags: [
    { zh: '通讯录', en: 'Address book' },
    { zh: '应用', en: 'Apps' },
    { zh: '审批', en: 'Approvals' },
    { zh: '客户联系', en: 'Customer contact' },
  ],
  sections: [
    { key: 'definition', factIds: ['ent.definition'] },
    { key: 'who', factIds: ['ent.who'] },
    { key: 'where', factIds: ['ent.where'] },
    { key: 'quota', factIds: ['ent.quota'] },
    { key: 'functions', factIds: ['ent.functions'] },
  ],
  irreversible: ['ent.irreversible', 'who.entities'],
  steps: [],
};

const MINIPROGRAM: AccountTypeInfo = {
  id: 'miniprogram',
  name: { zh: '小程序', en: 'Mini program' },
  summary: { zh: '无需下载安装即可使用的应用', en: 'An app used without downloading or installing' },
  analogy: { zh: '像一个不用下载安装的应用', en: 'Like an app you use without installing it' },
  icon: 'miniprogram-o',
  cardWho: { zh: '个人和组织', en: 'Individuals and organisations' },
  cardQuota: { zh: '靠分享和小程序码传播', en: 'Spread by sharing and codes' },
  tags: [
    { zh: '无需下载安装', en: 'No download or install' },
    { zh: '分享到聊天', en: 'Share to chats' },
    { zh: '分享到朋友圈', en: 'Share to Moments' },
    { zh: '小程序码', en: 'Mini program codes' },
    { zh: '微信支付（组织认证）', en: 'WeChat Pay (certified organisation)' },
  ],
  sections: [
    { key: 'definition', factIds: ['mp.definition'] },
    { key: 'who', factIds: ['mp.who'] },
    { key: 'process', factIds: ['mp.process'] },
    { key: 'rules', factIds: ['mp.rules', 'mp.beta'] },
    { key: 'limits', factIds: ['mp.limits'] },
    { key: 'share', factIds: ['mp.share', 'mp.code'] },
    { key: 'beforeYouApply', factIds: ['svc.pay'] },
  ],
  irreversible: ['who.entities'],
  steps: MINIPROGRAM_STEPS,
};

export const ACCOUNT_TYPES: Readonly<Record<AccountTypeId, AccountTypeInfo>> = {
  service: SERVICE,
  subscription: SUBSCRIPTION,
  enterprise: ENTERPRISE,
  miniprogram: MINIPROGRAM,
};
