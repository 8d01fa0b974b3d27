import { AccountTypeId } from '../account-types';
import { Text, zhText } from '../text';

/** How a cell reads at a glance; `info` is a neutral note (not applicable, or not comparable as yes/no). */
export type Level = 'yes' | 'no' | 'partial' | 'info';

export interface CellValue {
  level: Level;
  text: Text;
  /** The CONTENT.md rows the cell condenses. */
  factIds: readonly string[];
  /** The cell states a figure CONTENT.md marks reported: shown with 据报道. */
  reported?: boolean;
}

export type DimensionId =
  | 'who-can-register'
  | 'message-quota'
  | 'where-messages-appear'
  | 'wechat-pay'
  | 'custom-menu'
  | 'advanced-interfaces'
  | 'certification'
  | 'search-share-uncertified'
  | 'steps-before-live'
  | 'yearly-cost'
  | 'change-type-later'
  | 'needs-development';

export interface Dimension {
  id: DimensionId;
  label: Text;
  values: Readonly<Record<AccountTypeId, CellValue>>;
  /** More here is a cost to the reader (work, waiting): its cells never carry a yes/partly badge that reads as a plus. */
  burden?: true;
}

/** A cell in Chinese; its English is in domain/library-en, under a key of the Chinese (domain/text.ts pick). */
const cell = (level: Level, zh: string, factIds: readonly string[], reported = false): CellValue =>
  reported ? { level, text: zhText(zh), factIds, reported } : { level, text: zhText(zh), factIds };

const NOT_APPLICABLE_MP = cell('info', '不适用：靠分享和小程序码触达', ['mp.share', 'mp.code']);

/** The comparison dimensions, in display order. Every cell only condenses the rows it names. */
export const DIMENSIONS: readonly Dimension[] = [
  {
    id: 'who-can-register',
    label: zhText('谁能注册'),
    values: {
      service: cell('partial', '仅组织，含个体工商户；个人不可', ['svc.who']),
      subscription: cell('yes', '个人和组织（个人每人 1 个）', ['sub.who', 'who.limits']),
      enterprise: cell('partial', '仅组织', ['ent.who']),
      miniprogram: cell('yes', '个人和组织（个人不能收款，类目更少）', ['mp.who']),
    },
  },
  {
    id: 'message-quota',
    label: zhText('群发次数'),
    values: {
      service: cell('info', '每月 4 次；发表（不推送）不占次数', ['svc.quota']),
      subscription: cell('info', '每天 1 次，00:00 重置；发表不限', ['sub.quota', 'sub.publish']),
      enterprise: cell('info', '客户每月最多按当月天数；员工每人每分钟 30 条', ['ent.limits', 'ent.quota']),
      miniprogram: NOT_APPLICABLE_MP,
    },
  },
  {
    id: 'where-messages-appear',
    label: zhText('消息出现在哪里'),
    values: {
      service: cell('info', '聊天列表（“服务号”消息盒子在测试中）', ['svc.where']),
      subscription: cell('info', '“公众号”文件夹，只有红点', ['sub.where']),
      enterprise: cell('info', '企业微信里；微信里通过客户联系', ['ent.where']),
      miniprogram: NOT_APPLICABLE_MP,
    },
  },
  {
    id: 'wechat-pay',
    label: zhText('微信支付'),
    values: {
      service: cell('yes', '有，需认证', ['svc.pay', 'svc.functions']),
      subscription: cell('no', '没有，认证了也没有', ['sub.functions']),
      enterprise: cell('info', '企业微信未列出', ['ent.functions']),
      miniprogram: cell('partial', '认证的非个人主体可开；交易类须接发货管理', ['mp.pay']),
    },
  },
  {
    id: 'custom-menu',
    label: zhText('自定义菜单'),
    values: {
      service: cell('yes', '有，无需认证', ['svc.functions']),
      subscription: cell('partial', '接口需认证；网页编辑器不认证也能用', ['sub.functions'], true),
      enterprise: cell('info', '企业微信改为应用', ['ent.functions']),
      miniprogram: cell('info', '不适用：本身就是应用', ['mp.definition']),
    },
  },
  {
    id: 'advanced-interfaces',
    label: zhText('高级接口'),
    values: {
      service: cell('yes', '认证后最全，如 100,000 个永久带参数二维码', ['svc.advanced']),
      subscription: cell('partial', '认证后可接口群发；个人 2025 年 7 月起无发布接口', ['sub.quota', 'sub.api2025']),
      enterprise: cell('info', '通讯录、应用、审批和客户联系', ['ent.functions']),
      miniprogram: cell('info', '基于平台能力开发', ['mp.definition']),
    },
  },
  {
    id: 'certification',
    label: zhText('微信认证'),
    values: {
      service: cell('yes', '可认证；支付、模板消息和高级接口需要', ['cert.benefit']),
      subscription: cell('yes', '可认证；菜单接口和接口群发需要', ['sub.functions', 'sub.quota']),
      enterprise: cell('yes', '可认证；未验证的企业客户数受限', ['lp.ent.3', 'ent.costs'], true),
      miniprogram: cell('yes', '需要自己的认证，每年年审', ['cert.mp']),
    },
  },
  {
    id: 'search-share-uncertified',
    label: zhText('未认证能否被搜到、被分享'),
    values: {
      service: cell('info', '未见此限制：这条规定只针对小程序', ['cert.benefit']),
      subscription: cell('info', '未见此限制：这条规定只针对小程序', ['cert.benefit']),
      enterprise: cell('info', '不适用：客户由成员添加', ['ent.where']),
      miniprogram: cell('no', '不能：认证前不能被搜索和分享，但可以发布', ['cert.mp']),
    },
  },
  {
    id: 'steps-before-live',
    burden: true,
    label: zhText('上线前要做什么'),
    values: {
      service: cell(
        'info',
        '注册 → 验证主体 1–10 天 → 认证，付费后 1–3 个工作日',
        ['lp.svc.1', 'lp.svc.2', 'lp.svc.3'],
        true,
      ),
      subscription: cell(
        'info',
        '注册和登记当天完成；组织另需验证主体 1–10 天',
        ['lp.sub.1', 'lp.sub.2', 'lp.sub.3'],
        true,
      ),
      enterprise: cell('info', '几分钟创建；验证或认证 5–15 个工作日', ['lp.ent.1', 'lp.ent.2'], true),
      miniprogram: cell('partial', '7 步，含认证、备案（平台 1–2 + 省管局 1–20 个工作日）和代码审核', [
        'mp.process',
        'lp.mp.4',
      ]),
    },
  },
  {
    id: 'yearly-cost',
    label: zhText('每年费用'),
    values: {
      service: cell('info', '认证每年 300 元；支付费率按行业', ['cert.fee', 'lp.svc.4']),
      subscription: cell('info', '注册未见收费；认证可选，每年 300 元，政府免费', ['lp.sub.1', 'lp.sub.4']),
      enterprise: cell('info', '基础免费；认证 300 元起；外部联系人超过 2,000 个另收费', ['ent.costs'], true),
      miniprogram: cell('info', '企业认证每年 300 元；手机号组件按次收费', ['cert.mp', 'mp.pay']),
    },
  },
  {
    id: 'change-type-later',
    label: zhText('以后能否改类型'),
    values: {
      service: cell('no', '不能改为公众号', ['svc.irreversible']),
      subscription: cell('partial', '只能账号迁移；迁到服务号仅限政府、媒体、事业单位', ['sub.upgrade'], true),
      enterprise: cell('no', '组织类型选定后不能更改', ['ent.irreversible']),
      miniprogram: cell('info', '主体提交后不能更改', ['who.entities']),
    },
  },
  {
    id: 'needs-development',
    burden: true,
    label: zhText('是否需要开发'),
    values: {
      service: cell('partial', '后台即可群发；高级接口要开发', ['svc.quota', 'svc.advanced']),
      subscription: cell('info', '后台即可发表和群发', ['sub.publish']),
      enterprise: cell('info', '现成的 App 和后台；第三方应用需接口许可', ['ent.definition', 'ent.costs']),
      miniprogram: cell('yes', '要开发，并通过代码审核', ['mp.process']),
    },
  },
];
