import { AccountTypeId } from '../account-types';
import { Text, zhText } from '../text';
import type { DimensionId } from '../guide-views/comparison-table';

/** Sections of an account detail page, in display order. Titles live in the string table as `section.<key>`. */
export type SectionKey =
  | 'definition'
  | 'who'
  | 'where'
  | 'quota'
  | 'notices'
  | 'functions'
  | 'certification'
  | 'costs'
  | 'process'
  | 'steps'
  | 'rules'
  | 'limits'
  | 'share'
  | 'beforeYouApply'
  | 'pay'
  | 'provider'
  | 'providerHow'
  | 'providerSteps'
  | 'licences'
  | 'licencesMore'
  | 'outside'
  | 'overseasOpen'
  | 'overseasMore'
  | 'undo'
  | 'companions';

export interface SectionInfo {
  key: SectionKey;
  /** CONTENT.md ids: facts, launch steps (lp.*) and companions (comp.*), in display order. */
  ids: readonly string[];
}

/**
 * What the guide knows about one account type. Every claim is a CONTENT.md id; the short texts here (summary,
 * analogy, card lines, tags) only condense those rows for cards and headings. Each id appears once per type.
 */
export interface AccountTypeInfo {
  id: AccountTypeId;
  name: Text;
  summary: Text;
  analogy: Text;
  /** A @vant/weapp icon name (checked against the icon font in a test). */
  icon: string;
  cardWho: Text;
  cardQuota: Text;
  tags: readonly Text[];
  /**
   * The 3–5 lines that decide (EDITORIAL.md rule 10), as the comparison condenses them: who may open it, what it
   * can do, its messaging limit, its yearly cost, what can never be undone. The rows behind each are in the
   * sections below. The entity rules sit in each type's "who" section: they are shown where they decide.
   */
  decide: readonly DimensionId[];
  sections: readonly SectionInfo[];
}

const steps = (prefix: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => `${prefix}.${i + 1}`);

const SERVICE: AccountTypeInfo = {
  id: 'service',
  name: zhText('服务号'),
  summary: zhText('为组织提供业务服务和用户管理'),
  analogy: zhText('像银行、12315、114 的服务窗口：绑定信息、服务交互'),
  icon: 'service-o',
  cardWho: zhText('仅组织（含个体工商户）'),
  cardQuota: zhText('每月 4 次群发'),
  tags: [
    zhText('群发消息'),
    zhText('自定义菜单'),
    zhText('模板消息（需认证）'),
    zhText('微信支付（需认证）'),
    zhText('高级接口（需认证）'),
    zhText('客服消息'),
  ],
  decide: ['who-can-register', 'wechat-pay', 'message-quota', 'yearly-cost', 'change-type-later'],
  sections: [
    { key: 'definition', ids: ['svc.definition'] },
    { key: 'who', ids: ['svc.who', 'who.entities', 'who.limits'] },
    { key: 'where', ids: ['svc.where'] },
    { key: 'quota', ids: ['svc.quota'] },
    { key: 'notices', ids: ['svc.template', 'svc.kf'] },
    { key: 'functions', ids: ['svc.functions', 'svc.advanced', 'svc.store'] },
    { key: 'certification', ids: ['cert.fee', 'cert.benefit'] },
    { key: 'steps', ids: steps('lp.svc', 6) },
    { key: 'pay', ids: ['svc.pay', 'pay.partner', 'pay.rate', 'pay.entity'] },
    { key: 'undo', ids: ['svc.irreversible'] },
    { key: 'companions', ids: ['comp.shop', 'comp.wecom'] },
  ],
};

const SUBSCRIPTION: AccountTypeInfo = {
  id: 'subscription',
  name: zhText('公众号（原订阅号）'),
  summary: zhText('媒体和个人传播资讯的方式'),
  analogy: zhText('像报纸、杂志：传达资讯'),
  icon: 'newspaper-o',
  cardWho: zhText('个人和组织'),
  cardQuota: zhText('每天 1 次群发'),
  tags: [zhText('每天群发'), zhText('发表不推送'), zhText('个人可注册'), zhText('微信认证'), zhText('无微信支付')],
  decide: ['who-can-register', 'message-quota', 'wechat-pay', 'yearly-cost', 'change-type-later'],
  sections: [
    { key: 'definition', ids: ['sub.definition', 'sub.name'] },
    { key: 'who', ids: ['sub.who', 'who.entities', 'who.limits'] },
    { key: 'where', ids: ['sub.where'] },
    { key: 'quota', ids: ['sub.quota', 'sub.publish'] },
    { key: 'functions', ids: ['sub.functions', 'sub.api2025'] },
    { key: 'certification', ids: ['cert.fee', 'cert.benefit'] },
    { key: 'steps', ids: steps('lp.sub', 5) },
    { key: 'beforeYouApply', ids: ['svc.pay'] },
    { key: 'undo', ids: ['sub.upgrade'] },
    { key: 'companions', ids: ['comp.channels', 'comp.shop'] },
  ],
};

const ENTERPRISE: AccountTypeInfo = {
  id: 'enterprise',
  name: zhText('企业微信（原企业号）'),
  summary: zhText('连接员工和企业应用，现为企业微信'),
  analogy: zhText('像组织的内部移动门户：连接员工、上下游伙伴和企业应用'),
  icon: 'cluster-o',
  cardWho: zhText('仅组织'),
  cardQuota: zhText('对员工和客户分别限制'),
  tags: [zhText('通讯录'), zhText('应用'), zhText('审批'), zhText('客户联系')],
  decide: ['who-can-register', 'message-quota', 'yearly-cost', 'change-type-later'],
  sections: [
    { key: 'definition', ids: ['ent.definition'] },
    { key: 'who', ids: ['ent.who', 'who.entities'] },
    { key: 'where', ids: ['ent.where'] },
    { key: 'quota', ids: ['ent.quota', 'ent.limits'] },
    { key: 'functions', ids: ['ent.functions'] },
    { key: 'costs', ids: ['ent.costs'] },
    { key: 'steps', ids: steps('lp.ent', 4) },
    { key: 'undo', ids: ['ent.irreversible'] },
    { key: 'companions', ids: ['comp.wecom'] },
  ],
};

const MINIPROGRAM: AccountTypeInfo = {
  id: 'miniprogram',
  name: zhText('小程序'),
  summary: zhText('无需下载安装即可使用的应用'),
  analogy: zhText('像一个不用下载安装的应用'),
  icon: 'miniprogram-o',
  cardWho: zhText('个人和组织（个人有限制）'),
  cardQuota: zhText('不适用：靠分享和小程序码'),
  tags: [
    zhText('无需下载安装'),
    zhText('分享到聊天和朋友圈'),
    zhText('需要备案'),
    zhText('认证后才能被搜索和分享'),
    zhText('微信支付（认证的非个人主体）'),
  ],
  decide: ['who-can-register', 'needs-development', 'wechat-pay', 'steps-before-live', 'yearly-cost'],
  sections: [
    { key: 'definition', ids: ['mp.definition'] },
    { key: 'who', ids: ['mp.who', 'who.entities', 'who.limits'] },
    // Most owners without developers take this route, so it comes before the self-built process. Each section
    // loads in one setData when opened, so the provider rows are split by what the reader asks: cost, how, steps.
    { key: 'provider', ids: ['prov.what', 'prov.cost.saas', 'prov.cost.custom', 'prov.owner', 'nocode.order'] },
    {
      key: 'providerHow',
      ids: ['prov.find', 'prov.authorize', 'prov.register', 'prov.verifyicp', 'prov.template', 'nocode.store'],
    },
    { key: 'providerSteps', ids: steps('lp.prov', 6) },
    // mp.process lists the steps; each is shown with its launch-plan row (what to prepare, time, fee).
    { key: 'process', ids: ['mp.icp', 'mp.process', ...steps('lp.mp', 7)] },
    { key: 'licences', ids: ['cat.rules', 'cat.individual', 'cat.catering', 'cat.retail', 'cat.education'] },
    { key: 'licencesMore', ids: ['cat.medical', 'cat.finance', 'cat.travel', 'cat.overseas'] },
    { key: 'certification', ids: ['cert.mp', 'cert.fee', 'cert.benefit'] },
    { key: 'pay', ids: ['mp.pay', 'svc.pay', 'pay.partner', 'pay.rate', 'pay.entity', 'pay.mgmt'] },
    { key: 'rules', ids: ['mp.category', 'mp.privacy', 'mp.rules', 'mp.beta'] },
    { key: 'limits', ids: ['mp.limits'] },
    { key: 'share', ids: ['mp.share', 'mp.timeline', 'mp.code', 'mp.qrlink'] },
    // Operator notes: what the person running the mini program needs to link to it from the web.
    { key: 'outside', ids: ['mp.scheme', 'mp.inwx', 'mp.scheme.enc'] },
    { key: 'companions', ids: ['comp.channels', 'comp.wecom'] },
  ],
};

/**
 * The overseas page (境外主体): what an entity outside the mainland can open, pay with and list. It is no account
 * type of its own, so it is a list of sections like a type page's, reached from home and the quiz's entity question.
 */
export const OVERSEAS_SECTIONS: readonly SectionInfo[] = [
  { key: 'overseasOpen', ids: ['os.mp', 'os.svc'] },
  { key: 'overseasMore', ids: ['os.pay', 'os.wecom', 'cat.overseas'] },
];

export const ACCOUNT_TYPES: Readonly<Record<AccountTypeId, AccountTypeInfo>> = {
  service: SERVICE,
  subscription: SUBSCRIPTION,
  enterprise: ENTERPRISE,
  miniprogram: MINIPROGRAM,
};

/** Every id one type's page shows in its sections, in page order. */
export function idsOfType(id: AccountTypeId): string[] {
  return ACCOUNT_TYPES[id].sections.reduce<string[]>((all, s) => all.concat(s.ids), []);
}
