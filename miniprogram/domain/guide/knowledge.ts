import { AccountTypeId } from '../account-types';
import { Text, zhText } from '../text';

/**
 * What home's cards and every page's headings say of one account type: short texts that condense CONTENT.md's rows
 * (summary, analogy, card lines, tags). What a type's page lists, section by section, is the guide views'
 * (domain/guide-views/type-sections.ts), which no cold start of home carries.
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
}

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
};

export const ACCOUNT_TYPES: Readonly<Record<AccountTypeId, AccountTypeInfo>> = {
  service: SERVICE,
  subscription: SUBSCRIPTION,
  enterprise: ENTERPRISE,
  miniprogram: MINIPROGRAM,
};
