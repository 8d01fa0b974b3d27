/**
 * The English of guide/knowledge.ts, each under the key of its Chinese (domain/text.ts textKey), with the Chinese above it.
 */
export const KNOWLEDGE_EN: Readonly<Record<string, string>> = {
  // 服务号
  pa7p7o: 'Service account',
  // 为组织提供业务服务和用户管理
  '1lkfecs': 'Business services and user management for organisations',
  // 像银行、12315、114 的服务窗口：绑定信息、服务交互
  '1qic6vg': 'Like the service desk of a bank, 12315 or 114: binding information, service interaction',
  // 仅组织（含个体工商户）
  '9i29dg': 'Organisations only (including individual businesses)',
  // 每月 4 次群发
  '1bqbb6': '4 group messages a month',
  // 群发消息
  '68e8fz': 'Group messages',
  // 自定义菜单
  '1wyjexz': 'Custom menu',
  // 模板消息（需认证）
  '1y20kxy': 'Template messages (certified)',
  // 微信支付（需认证）
  '1vw41l7': 'WeChat Pay (certified)',
  // 高级接口（需认证）
  '1g9i3uu': 'Advanced interfaces (certified)',
  // 客服消息
  '19okjsd': 'Customer-service messages',
  // 公众号（原订阅号）
  fmtsz1: 'Official account (formerly subscription account)',
  // 媒体和个人传播资讯的方式
  '1uqx4n0': 'Information dissemination for media and individuals',
  // 像报纸、杂志：传达资讯
  '1d9cvx6': 'Like a newspaper or magazine: conveys information',
  // 个人和组织
  en78ni: 'Individuals and organisations',
  // 每天 1 次群发
  dgy4am: '1 group message a day',
  // 每天群发
  '1nledli': 'Daily group message',
  // 发表不推送
  bxnn00: 'Publish without push',
  // 个人可注册
  '12h9uh6': 'Open to individuals',
  // 微信认证
  znzssn: 'WeChat certification',
  // 无微信支付
  '14e7jxl': 'No WeChat Pay',
  // 企业微信（原企业号）
  nb9bct: 'WeCom (formerly enterprise account)',
  // 连接员工和企业应用，现为企业微信
  izt2wy: 'Connects staff and enterprise apps; now WeCom',
  // 像组织的内部移动门户：连接员工、上下游伙伴和企业应用
  '1pdyyy6': "Like an organisation's internal mobile portal: connects employees, partners and enterprise apps",
  // 仅组织
  '1nz3nyp': 'Organisations only',
  // 对员工和客户分别限制
  nl9qp3: 'Separate limits for staff and customers',
  // 通讯录
  bjbkx5: 'Address book',
  // 应用
  q1h6i9: 'Apps',
  // 审批
  '1fb3cb3': 'Approvals',
  // 客户联系
  '1f96tbb': 'Customer contact',
  // 小程序
  '1uj25wg': 'Mini program',
  // 无需下载安装即可使用的应用
  '1bvkq5q': 'An app used without downloading or installing',
  // 像一个不用下载安装的应用
  zqbopl: 'Like an app you use without installing it',
  // 个人和组织（个人有限制）
  pgd4gu: 'Individuals and organisations (individuals limited)',
  // 不适用：靠分享和小程序码
  '1o65vkb': 'Not applicable: shared and scanned',
  // 无需下载安装
  '1lbgza3': 'No download or install',
  // 分享到聊天和朋友圈
  n90u5l: 'Share to chats and Moments',
  // 需要备案
  '1w29zod': 'ICP filing required',
  // 认证后才能被搜索和分享
  '13gsw34': 'Search and sharing once certified',
  // 微信支付（认证的非个人主体）
  xy8bvt: 'WeChat Pay (certified, non-individual)',
};
