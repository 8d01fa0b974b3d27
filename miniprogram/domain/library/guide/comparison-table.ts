import { AccountTypeId } from '../../account-types';
import { Text } from '../../text';

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

const cell = (level: Level, zh: string, en: string, factIds: readonly string[], reported = false): CellValue =>
  reported ? { level, text: { zh, en }, factIds, reported } : { level, text: { zh, en }, factIds };

const NOT_APPLICABLE_MP = cell('info', '不适用：靠分享和小程序码触达', 'Not applicable: reached by sharing and codes', [
  'mp.share',
  'mp.code',
]);

/** The comparison dimensions, in display order. Every cell only condenses the rows it names. */
export const DIMENSIONS: readonly Dimension[] = [
  {
    id: 'who-can-register',
    label: { zh: '谁能注册', en: 'Who can register' },
    values: {
      service: cell(
        'partial',
        '仅组织，含个体工商户；个人不可',
        'Organisations only, including individual businesses; not individuals',
        ['svc.who'],
      ),
      subscription: cell('yes', '个人和组织（个人每人 1 个）', 'Individuals and organisations (1 per individual)', [
        'sub.who',
        'who.limits',
      ]),
      enterprise: cell('partial', '仅组织', 'Organisations only', ['ent.who']),
      miniprogram: cell(
        'yes',
        '个人和组织（个人不能收款，类目更少）',
        'Anyone; individuals: no Pay, fewer categories',
        ['mp.who'],
      ),
    },
  },
  {
    id: 'message-quota',
    label: { zh: '群发次数', en: 'Group messages' },
    values: {
      service: cell('info', '每月 4 次；发表（不推送）不占次数', '4 a month; publishing without push uses none', [
        'svc.quota',
      ]),
      subscription: cell('info', '每天 1 次，00:00 重置；发表不限', '1 a day, reset at 00:00; publishing unlimited', [
        'sub.quota',
        'sub.publish',
      ]),
      enterprise: cell(
        'info',
        '客户每月最多按当月天数；员工每人每分钟 30 条',
        'Customers: at most the days in the month; staff: 30 a minute each',
        ['ent.limits', 'ent.quota'],
      ),
      miniprogram: NOT_APPLICABLE_MP,
    },
  },
  {
    id: 'where-messages-appear',
    label: { zh: '消息出现在哪里', en: 'Where messages appear' },
    values: {
      service: cell(
        'info',
        '聊天列表（“服务号”消息盒子在测试中）',
        'Chat list; a Service accounts box (服务号) is being tested',
        ['svc.where'],
      ),
      subscription: cell('info', '“公众号”文件夹，只有红点', 'The official accounts folder, a red dot only', [
        'sub.where',
      ]),
      enterprise: cell('info', '企业微信里；微信里通过客户联系', 'In WeCom; in WeChat through customer contact', [
        'ent.where',
      ]),
      miniprogram: NOT_APPLICABLE_MP,
    },
  },
  {
    id: 'wechat-pay',
    label: { zh: '微信支付', en: 'WeChat Pay' },
    values: {
      service: cell('yes', '有，需认证', 'Yes, once certified', ['svc.pay', 'svc.functions']),
      subscription: cell('no', '没有，认证了也没有', 'No, certified or not', ['sub.functions']),
      enterprise: cell('info', '企业微信未列出', 'Not listed for WeCom', ['ent.functions']),
      miniprogram: cell(
        'partial',
        '认证的非个人主体可开；交易类须接发货管理',
        'Certified, non-individual; trade needs shipping management',
        ['mp.pay'],
      ),
    },
  },
  {
    id: 'custom-menu',
    label: { zh: '自定义菜单', en: 'Custom menu' },
    values: {
      service: cell('yes', '有，无需认证', 'Yes, with or without certification', ['svc.functions']),
      subscription: cell(
        'partial',
        '接口需认证；网页编辑器不认证也能用',
        'The API needs certification; the web editor works without',
        ['sub.functions'],
        true,
      ),
      enterprise: cell('info', '企业微信改为应用', 'WeCom has apps instead', ['ent.functions']),
      miniprogram: cell('info', '不适用：本身就是应用', 'Not applicable: it is an app itself', ['mp.definition']),
    },
  },
  {
    id: 'advanced-interfaces',
    label: { zh: '高级接口', en: 'Advanced interfaces' },
    values: {
      service: cell(
        'yes',
        '认证后最全，如 100,000 个永久带参数二维码',
        'The broadest set once certified, e.g. 100,000 permanent QR codes',
        ['svc.advanced'],
      ),
      subscription: cell(
        'partial',
        '认证后可接口群发；个人 2025 年 7 月起无发布接口',
        'API sends if certified; individuals: no publishing API since July 2025',
        ['sub.quota', 'sub.api2025'],
      ),
      enterprise: cell('info', '通讯录、应用、审批和客户联系', 'Address book, apps, approvals, customer contact', [
        'ent.functions',
      ]),
      miniprogram: cell('info', '基于平台能力开发', "Built on the platform's capabilities", ['mp.definition']),
    },
  },
  {
    id: 'certification',
    label: { zh: '微信认证', en: 'WeChat certification' },
    values: {
      service: cell(
        'yes',
        '可认证；支付、模板消息和高级接口需要',
        'Available; needed for Pay, templates and advanced interfaces',
        ['cert.benefit'],
      ),
      subscription: cell('yes', '可认证；菜单接口和接口群发需要', 'Available; needed for the menu API and API sends', [
        'sub.functions',
        'sub.quota',
      ]),
      enterprise: cell(
        'yes',
        '可认证；未验证的企业客户数受限',
        'Available; unverified firms have a customer cap',
        ['lp.ent.3', 'ent.costs'],
        true,
      ),
      miniprogram: cell('yes', '需要自己的认证，每年年审', 'Its own certification, renewed yearly', ['cert.mp']),
    },
  },
  {
    id: 'search-share-uncertified',
    label: { zh: '未认证能否被搜到、被分享', en: 'Found in search and shared without certification' },
    values: {
      service: cell('info', '未见此限制：这条规定只针对小程序', 'No such limit found: the rule is for mini programs', [
        'cert.benefit',
      ]),
      subscription: cell(
        'info',
        '未见此限制：这条规定只针对小程序',
        'No such limit found: the rule is for mini programs',
        ['cert.benefit'],
      ),
      enterprise: cell('info', '不适用：客户由成员添加', 'Not applicable: members add customers', ['ent.where']),
      miniprogram: cell(
        'no',
        '不能：认证前不能被搜索和分享，但可以发布',
        'No: no search or sharing until certified; release allowed',
        ['cert.mp'],
      ),
    },
  },
  {
    id: 'steps-before-live',
    burden: true,
    label: { zh: '上线前要做什么', en: 'Steps before going live' },
    values: {
      service: cell(
        'info',
        '注册 → 验证主体 1–10 天 → 认证，付费后 1–3 个工作日',
        'Register → verify the entity, 1–10 days → certify, 1–3 working days after payment',
        ['lp.svc.1', 'lp.svc.2', 'lp.svc.3'],
        true,
      ),
      subscription: cell(
        'info',
        '注册和登记当天完成；组织另需验证主体 1–10 天',
        'Register and fill in the same day; organisations verify, 1–10 days',
        ['lp.sub.1', 'lp.sub.2', 'lp.sub.3'],
        true,
      ),
      enterprise: cell(
        'info',
        '几分钟创建；验证或认证 5–15 个工作日',
        'Created in minutes; verification 5–15 working days',
        ['lp.ent.1', 'lp.ent.2'],
        true,
      ),
      miniprogram: cell(
        'partial',
        '7 步，含认证、备案（平台 1–2 + 省管局 1–20 个工作日）和代码审核',
        '7 steps incl. certification, filing (1–2 + 1–20 working days) and code review',
        ['mp.process', 'lp.mp.4'],
      ),
    },
  },
  {
    id: 'yearly-cost',
    label: { zh: '每年费用', en: 'Yearly cost' },
    values: {
      service: cell('info', '认证每年 300 元；支付费率按行业', 'Certification 300 CNY a year; Pay rate by industry', [
        'cert.fee',
        'lp.svc.4',
      ]),
      subscription: cell(
        'info',
        '注册未见收费；认证可选，每年 300 元，政府免费',
        'No registration fee found; certification optional, 300 CNY a year (government free)',
        ['lp.sub.1', 'lp.sub.4'],
      ),
      enterprise: cell(
        'info',
        '基础免费；认证 300 元起；外部联系人超过 2,000 个另收费',
        'Basic use free; certification from 300 CNY; more than 2,000 contacts charged',
        ['ent.costs'],
        true,
      ),
      miniprogram: cell(
        'info',
        '企业认证每年 300 元；手机号组件按次收费',
        'Enterprise certification 300 CNY a year; phone-number component per call',
        ['cert.mp', 'mp.pay'],
      ),
    },
  },
  {
    id: 'change-type-later',
    label: { zh: '以后能否改类型', en: 'Change the type later' },
    values: {
      service: cell('no', '不能改为公众号', 'Cannot become an official account', ['svc.irreversible']),
      subscription: cell(
        'partial',
        '只能账号迁移；迁到服务号仅限政府、媒体、事业单位',
        'Migration only; to a service account just for government, media, institutions',
        ['sub.upgrade'],
        true,
      ),
      enterprise: cell('no', '组织类型选定后不能更改', 'The organisation type cannot be changed', ['ent.irreversible']),
      miniprogram: cell('info', '主体提交后不能更改', 'The entity cannot be changed once submitted', ['who.entities']),
    },
  },
  {
    id: 'needs-development',
    burden: true,
    label: { zh: '是否需要开发', en: 'Needs development' },
    values: {
      service: cell(
        'partial',
        '后台即可群发；高级接口要开发',
        'Group messages from the web; advanced interfaces need development',
        ['svc.quota', 'svc.advanced'],
      ),
      subscription: cell('info', '后台即可发表和群发', 'Publish and send from the web backend', ['sub.publish']),
      enterprise: cell(
        'info',
        '现成的 App 和后台；第三方应用需接口许可',
        'A ready app and console; third-party apps need licences',
        ['ent.definition', 'ent.costs'],
      ),
      miniprogram: cell('yes', '要开发，并通过代码审核', 'Needs development and code review', ['mp.process']),
    },
  },
];
