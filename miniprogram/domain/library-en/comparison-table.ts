/**
 * The English of library/guide/comparison-table.ts, each under the key of its Chinese (domain/text.ts textKey), with the Chinese above
 * it.
 */
export const COMPARISON_TABLE_EN: Readonly<Record<string, string>> = {
  // 不适用：靠分享和小程序码触达
  '1mzc4cr': 'Not applicable: reached by sharing and codes',
  // 谁能注册
  hb0wyv: 'Who can register',
  // 仅组织，含个体工商户；个人不可
  '176mv4e': 'Organisations only, including individual businesses; not individuals',
  // 个人和组织（个人每人 1 个）
  '19ycx0t': 'Individuals and organisations (1 per individual)',
  // 仅组织
  '1nz3nyp': 'Organisations only',
  // 个人和组织（个人不能收款，类目更少）
  '1ocns9': 'Anyone; individuals: no Pay, fewer categories',
  // 群发次数
  '7uzsgf': 'Group messages',
  // 每月 4 次；发表（不推送）不占次数
  '1b2ug3m': '4 a month; publishing without push uses none',
  // 每天 1 次，00:00 重置；发表不限
  '1htb9xf': '1 a day, reset at 00:00; publishing unlimited',
  // 客户每月最多按当月天数；员工每人每分钟 30 条
  '1pun3od': 'Customers: at most the days in the month; staff: 30 a minute each',
  // 消息出现在哪里
  '1ehqyv4': 'Where messages appear',
  // 聊天列表（“服务号”消息盒子在测试中）
  '1nn5gzo': 'Chat list; a Service accounts box (服务号) is being tested',
  // “公众号”文件夹，只有红点
  '16lowea': 'The official accounts folder, a red dot only',
  // 企业微信里；微信里通过客户联系
  '10kn6zo': 'In WeCom; in WeChat through customer contact',
  // 微信支付
  '6yw427': 'WeChat Pay',
  // 有，需认证
  '13p68an': 'Yes, once certified',
  // 没有，认证了也没有
  '2rqt0j': 'No, certified or not',
  // 企业微信未列出
  '5ayyza': 'Not listed for WeCom',
  // 认证的非个人主体可开；交易类须接发货管理
  '18a5xdz': 'Certified, non-individual; trade needs shipping management',
  // 自定义菜单
  '1wyjexz': 'Custom menu',
  // 有，无需认证
  myx6zz: 'Yes, with or without certification',
  // 接口需认证；网页编辑器不认证也能用
  q2j1ay: 'The API needs certification; the web editor works without',
  // 企业微信改为应用
  ry824k: 'WeCom has apps instead',
  // 不适用：本身就是应用
  '15kajyl': 'Not applicable: it is an app itself',
  // 高级接口
  '16tw79w': 'Advanced interfaces',
  // 认证后最全，如 100,000 个永久带参数二维码
  eootdb: 'The broadest set once certified, e.g. 100,000 permanent QR codes',
  // 认证后可接口群发；个人 2025 年 7 月起无发布接口
  '1ttqigk': 'API sends if certified; individuals: no publishing API since July 2025',
  // 通讯录、应用、审批和客户联系
  '1b7isl': 'Address book, apps, approvals, customer contact',
  // 基于平台能力开发
  '1n7g2sd': "Built on the platform's capabilities",
  // 可认证；支付、模板消息和高级接口需要
  '10f2edp': 'Available; needed for Pay, templates and advanced interfaces',
  // 可认证；菜单接口和接口群发需要
  kat0hf: 'Available; needed for the menu API and API sends',
  // 可认证；未验证的企业客户数受限
  '13bnu2s': 'Available; unverified firms have a customer cap',
  // 需要自己的认证，每年年审
  '1alknme': 'Its own certification, renewed yearly',
  // 微信认证
  znzssn: 'WeChat certification',
  // 未认证能否被搜到、被分享
  '14xdhlh': 'Found in search and shared without certification',
  // 未见此限制：这条规定只针对小程序
  '13hj53s': 'No such limit found: the rule is for mini programs',
  // 不适用：客户由成员添加
  q75cid: 'Not applicable: members add customers',
  // 不能：认证前不能被搜索和分享，但可以发布
  '1ykyt39': 'No: no search or sharing until certified; release allowed',
  // 上线前要做什么
  '15k8trq': 'Steps before going live',
  // 注册 → 验证主体 1–10 天 → 认证，付费后 1–3 个工作日
  qgh4d1: 'Register → verify the entity, 1–10 days → certify, 1–3 working days after payment',
  // 注册和登记当天完成；组织另需验证主体 1–10 天
  '5u1hxv': 'Register and fill in the same day; organisations verify, 1–10 days',
  // 几分钟创建；验证或认证 5–15 个工作日
  '1i9s76i': 'Created in minutes; verification 5–15 working days',
  // 7 步，含认证、备案（平台 1–2 + 省管局 1–20 个工作日）和代码审核
  '368ht5': '7 steps incl. certification, filing (1–2 + 1–20 working days) and code review',
  // 每年费用
  lvz2xj: 'Yearly cost',
  // 认证每年 300 元；支付费率按行业
  '18gwce2': 'Certification 300 CNY a year; Pay rate by industry',
  // 注册未见收费；认证可选，每年 300 元，政府免费
  iakn51: 'No registration fee found; certification optional, 300 CNY a year (government free)',
  // 基础免费；认证 300 元起；外部联系人超过 2,000 个另收费
  '114e6s1': 'Basic use free; certification from 300 CNY; more than 2,000 contacts charged',
  // 企业认证每年 300 元；手机号组件按次收费
  '1r7nygq': 'Enterprise certification 300 CNY a year; phone-number component per call',
  // 以后能否改类型
  cqa9ri: 'Change the type later',
  // 不能改为公众号
  '1pbf2j6': 'Cannot become an official account',
  // 只能账号迁移；迁到服务号仅限政府、媒体、事业单位
  '19m3oh6': 'Migration only; to a service account just for government, media, institutions',
  // 组织类型选定后不能更改
  mmj7s: 'The organisation type cannot be changed',
  // 主体提交后不能更改
  fv1xq6: 'The entity cannot be changed once submitted',
  // 是否需要开发
  '7imdn4': 'Needs development',
  // 后台即可群发；高级接口要开发
  yjr2aq: 'Group messages from the web; advanced interfaces need development',
  // 后台即可发表和群发
  jcknpb: 'Publish and send from the web backend',
  // 现成的 App 和后台；第三方应用需接口许可
  '1g7gdgg': 'A ready app and console; third-party apps need licences',
  // 要开发，并通过代码审核
  cuqq3f: 'Needs development and code review',
};
