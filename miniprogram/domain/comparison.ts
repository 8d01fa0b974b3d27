import { ACCOUNT_TYPE_IDS, AccountTypeId, isAccountTypeId } from './account-types';
import { accountTypeName } from './account-views';
import { Lang, pick, Text } from './text';

/** How a cell reads at a glance; `info` is a neutral note (not applicable, or not comparable as yes/no). */
export type Level = 'yes' | 'no' | 'partial' | 'info';

export interface CellValue {
  level: Level;
  text: Text;
  /** The facts the cell condenses. */
  factIds: readonly string[];
}

export type DimensionId =
  | 'who-can-register'
  | 'message-quota'
  | 'where-messages-appear'
  | 'wechat-pay'
  | 'custom-menu'
  | 'advanced-interfaces'
  | 'certification'
  | 'change-type-later'
  | 'needs-development';

export interface Dimension {
  id: DimensionId;
  label: Text;
  values: Readonly<Record<AccountTypeId, CellValue>>;
}

const NOT_APPLICABLE_MP: Text = { zh: '不适用：通过分享和小程序码触达', en: 'Not applicable: reached by sharing and codes' };

/** The comparison dimensions, in display order. Every cell only condenses the facts it names. */
export const DIMENSIONS: readonly Dimension[] = [
  {
    id: 'who-can-register',
    label: { zh: '谁能注册', en: 'Who can register' },
    values: {
      service: { level: 'partial', text: { zh: '仅组织，个人不可', en: 'Organisations only, not individuals' }, factIds: ['svc.who'] },
      subscription: {
        level: 'yes',
        text: { zh: '个人和组织（唯一向个人开放的公众号）', en: 'Individuals and organisations (the only official account open to individuals)' },
        factIds: ['sub.who'],
      },
      enterprise: { level: 'partial', text: { zh: '仅组织', en: 'Organisations only' }, factIds: ['ent.who'] },
      miniprogram: {
        level: 'yes',
        text: { zh: '个人和组织（个人有限制）', en: 'Individuals and organisations (individuals limited)' },
        factIds: ['mp.who'],
      },
    },
  },
  {
    id: 'message-quota',
    label: { zh: '群发次数', en: 'Group messages' },
    values: {
      service: { level: 'info', text: { zh: '每月 4 条', en: '4 a month' }, factIds: ['svc.quota'] },
      subscription: {
        level: 'info',
        text: { zh: '每天 1 条（每条最多 8 篇文章）', en: '1 a day (up to 8 articles each)' },
        factIds: ['sub.quota'],
      },
      enterprise: {
        level: 'info',
        text: {
          zh: '2017 年：不限条数、每分钟最多 200 条；企业微信另有限制（据报道）',
          en: '2017: unlimited, up to 200 a minute; WeCom has its own limits (reported)',
        },
        factIds: ['ent.quota'],
      },
      miniprogram: { level: 'info', text: NOT_APPLICABLE_MP, factIds: ['mp.share', 'mp.code'] },
    },
  },
  {
    id: 'where-messages-appear',
    label: { zh: '消息出现在哪里', en: 'Where messages appear' },
    values: {
      service: {
        level: 'info',
        text: { zh: '聊天列表（正灰度测试折叠进“服务号”消息盒子）', en: 'Chat list (folding into a "服务号" box is being tested)' },
        factIds: ['svc.where'],
      },
      subscription: {
        level: 'info',
        text: { zh: '“订阅号消息”文件夹，无推送通知', en: 'The "订阅号消息" folder, no push notification' },
        factIds: ['sub.where'],
      },
      enterprise: {
        level: 'info',
        text: { zh: '企业微信中；微信中通过客户联系', en: 'In WeCom; in WeChat through customer contact' },
        factIds: ['ent.where'],
      },
      miniprogram: { level: 'info', text: NOT_APPLICABLE_MP, factIds: ['mp.share'] },
    },
  },
  {
    id: 'wechat-pay',
    label: { zh: '微信支付', en: 'WeChat Pay' },
    values: {
      service: { level: 'yes', text: { zh: '有，需认证', en: 'Yes, once certified' }, factIds: ['svc.pay', 'svc.functions'] },
      subscription: { level: 'no', text: { zh: '没有，认证后也没有', en: 'No, certified or not' }, factIds: ['sub.functions'] },
      enterprise: {
        level: 'info',
        text: { zh: '2017 年企业号有；企业微信未列出', en: 'Listed for the 2017 enterprise account; not listed for WeCom' },
        factIds: ['ent.functions'],
      },
      miniprogram: {
        level: 'partial',
        text: { zh: '组织认证后可用；个人不可用', en: 'For certified organisations; not for individuals' },
        factIds: ['svc.pay', 'mp.who'],
      },
    },
  },
  {
    id: 'custom-menu',
    label: { zh: '自定义菜单', en: 'Custom menu' },
    values: {
      service: { level: 'yes', text: { zh: '有，无需认证', en: 'Yes, with or without certification' }, factIds: ['svc.functions'] },
      subscription: {
        level: 'partial',
        text: { zh: '取决于认证（据报道）', en: 'Depends on certification (reported)' },
        factIds: ['sub.functions'],
      },
      enterprise: {
        level: 'info',
        text: { zh: '2017 年企业号有；企业微信改为应用', en: 'The 2017 enterprise account had one; WeCom has apps' },
        factIds: ['ent.functions'],
      },
      miniprogram: { level: 'info', text: { zh: '不适用：本身就是应用', en: 'Not applicable: it is an app itself' }, factIds: ['mp.definition'] },
    },
  },
  {
    id: 'advanced-interfaces',
    label: { zh: '高级接口', en: 'Advanced interfaces' },
    values: {
      service: {
        level: 'yes',
        text: { zh: '认证后最全，如 100,000 个带参数二维码', en: 'The broadest set once certified, e.g. 100,000 parametric QR codes' },
        factIds: ['svc.advanced', 'svc.functions'],
      },
      subscription: { level: 'partial', text: { zh: '通用接口', en: 'General interfaces' }, factIds: ['sub.functions'] },
      enterprise: {
        level: 'info',
        text: { zh: '2017 年企业号有；企业微信有应用', en: 'The 2017 enterprise account had them; WeCom has apps' },
        factIds: ['ent.functions'],
      },
      miniprogram: {
        level: 'info',
        text: { zh: '基于平台能力开发', en: "Built on the platform's capabilities" },
        factIds: ['mp.definition'],
      },
    },
  },
  {
    id: 'certification',
    label: { zh: '微信认证', en: 'WeChat certification' },
    values: {
      service: { level: 'yes', text: { zh: '可认证，组织每年 300 元', en: 'Available, 300 CNY a year for organisations' }, factIds: ['cert.fee', 'cert.benefit'] },
      subscription: { level: 'yes', text: { zh: '可认证，组织每年 300 元', en: 'Available, 300 CNY a year for organisations' }, factIds: ['cert.fee', 'cert.benefit'] },
      enterprise: { level: 'info', text: { zh: '2017 年企业号可认证', en: 'Available to the 2017 enterprise account' }, factIds: ['ent.functions'] },
      miniprogram: {
        level: 'info',
        text: { zh: '组织的小程序认证后可开通微信支付', en: "An organisation's certified mini program can use WeChat Pay" },
        factIds: ['svc.pay'],
      },
    },
  },
  {
    id: 'change-type-later',
    label: { zh: '以后能否改类型', en: 'Change the type later' },
    values: {
      service: { level: 'no', text: { zh: '不能改为订阅号', en: 'Cannot become a subscription account' }, factIds: ['svc.irreversible'] },
      subscription: {
        level: 'partial',
        text: {
          zh: '可帐号迁移到组织的服务号；普通企业据报道已不支持',
          en: "Account migration to an organisation's service account; reportedly closed to ordinary companies",
        },
        factIds: ['sub.upgrade'],
      },
      enterprise: { level: 'no', text: { zh: '类型选定后不能更改', en: 'The type cannot be changed once chosen' }, factIds: ['ent.irreversible'] },
      miniprogram: { level: 'info', text: { zh: '主体提交后不能更改', en: 'The entity cannot be changed once submitted' }, factIds: ['who.entities'] },
    },
  },
  {
    id: 'needs-development',
    label: { zh: '是否需要开发', en: 'Needs development' },
    values: {
      service: {
        level: 'partial',
        text: { zh: '平台上即可群发；高级接口需开发', en: 'Group messages from the platform; advanced interfaces need development' },
        factIds: ['svc.quota', 'svc.advanced'],
      },
      subscription: { level: 'info', text: { zh: '平台上即可群发', en: 'Group messages from the platform' }, factIds: ['sub.quota'] },
      enterprise: { level: 'info', text: { zh: '企业微信是现成的应用和管理后台', en: 'WeCom is a ready app and admin console' }, factIds: ['ent.definition'] },
      miniprogram: { level: 'yes', text: { zh: '需要开发并提交审核', en: 'Needs development and review' }, factIds: ['mp.process'] },
    },
  },
];

function sameValue(a: CellValue, b: CellValue): boolean {
  return a.level === b.level && a.text.zh === b.text.zh && a.text.en === b.text.en;
}

/** Known ids, deduplicated, in the guide's order (so columns never depend on the link's order). */
export function normalizeTypes(types: readonly unknown[]): AccountTypeId[] {
  const wanted = new Set(types.filter(isAccountTypeId));
  return ACCOUNT_TYPE_IDS.filter((id) => wanted.has(id));
}

/** Dimensions where the selected types do not all have the same value (level and text). */
export function differingDimensions(types: readonly AccountTypeId[]): DimensionId[] {
  const ids = normalizeTypes(types);
  if (ids.length < 2) return [];
  return DIMENSIONS.filter((dim) => ids.some((id) => !sameValue(dim.values[id], dim.values[ids[0]]))).map((dim) => dim.id);
}

export interface CompareView {
  columns: { id: AccountTypeId; name: string }[];
  rows: { id: DimensionId; label: string; cells: { text: string; level: Level }[] }[];
  /** Rows before the only-differences filter. */
  total: number;
}

/** The comparison table for the selected types (unknown ids ignored, duplicates dropped, guide order). */
export function compareView(types: readonly AccountTypeId[], onlyDifferences: boolean, lang: Lang): CompareView {
  const ids = normalizeTypes(types);
  const differing = new Set(differingDimensions(ids));
  const dimensions = onlyDifferences ? DIMENSIONS.filter((dim) => differing.has(dim.id)) : DIMENSIONS;
  return {
    columns: ids.map((id) => ({ id, name: accountTypeName(id, lang) })),
    rows: dimensions.map((dim) => ({
      id: dim.id,
      label: pick(dim.label, lang),
      cells: ids.map((id) => ({ text: pick(dim.values[id].text, lang), level: dim.values[id].level })),
    })),
    total: DIMENSIONS.length,
  };
}
