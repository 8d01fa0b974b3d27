import { ARTICLE, CSDN_DIFFERENCE, GANNAN, INITSOC, ITHOME, JMWTWZ, SELLERBY, WECHATWIKI } from './sources';
import { CHECKED, Fact } from './types';

const DEFINITION = {
  zh: '为媒体和个人提供一种新的信息传播方式，主要偏向传达资讯（类似报纸、杂志）。',
  en: 'A new way of information dissemination for media and individuals; conveys information, like newspapers and magazines.',
};

/** CONTENT.md "Subscription account (订阅号)". */
export const SUBSCRIPTION_FACTS: readonly Fact[] = [
  {
    id: 'sub.definition',
    seed: DEFINITION,
    now: DEFINITION, // "Same."
    changed: false,
    reported: false,
    sources: [ARTICLE],
    checked: CHECKED,
  },
  {
    id: 'sub.who',
    seed: { zh: '个人、媒体、企业、政府或其他组织。', en: 'Individuals, media, enterprises, governments or other organisations.' },
    now: {
      zh: '个人、媒体、企业、政府或其他组织；它是唯一向个人开放的公众号类型。自 2018-11-16 起，一个人最多注册 1 个公众号，企业最多 2 个。',
      en: 'Individuals, media, enterprises, governments or other organisations; it is the only official-account type open to individuals. Since 2018-11-16 one person may register at most 1 official account, an enterprise at most 2.',
    },
    changed: false,
    reported: false,
    sources: [ARTICLE, ITHOME],
    checked: CHECKED,
  },
  {
    id: 'sub.where',
    seed: {
      zh: '消息出现在订阅号文件夹中，用户点开文件夹阅读。',
      en: 'Messages appear in the subscription-account folder; users open the folder to read.',
    },
    now: {
      zh: '消息出现在“订阅号消息”文件夹中，用户点开阅读；没有推送通知，只有红点。',
      en: 'Messages appear in the "订阅号消息" folder; users open the folder to read. No push notification, a red dot.',
    },
    changed: false,
    reported: false,
    sources: [ARTICLE, WECHATWIKI],
    checked: CHECKED,
  },
  {
    id: 'sub.quota',
    seed: {
      zh: '无论是否认证，每天可群发 1 条（部分媒体帐号可发更多）。',
      en: 'One group message per day, certified or not (some media accounts may send more).',
    },
    now: {
      zh: '每天（24 小时）1 条；每条群发最多包含 8 篇文章。',
      en: 'One per day (24 h); each group message may hold up to 8 articles.',
    },
    changed: false,
    reported: false,
    sources: [ARTICLE, WECHATWIKI, INITSOC],
    checked: CHECKED,
  },
  {
    id: 'sub.functions',
    seed: {
      zh: '群发消息、微信认证、通用接口、广告主、流量主。',
      en: 'Group messaging, WeChat certification, general interfaces, advertisers, traffic owners.',
    },
    now: {
      zh: '无论是否认证都没有微信支付。据报道，自定义菜单和菜单接口取决于是否认证。',
      en: 'No WeChat Pay whether certified or not. The custom menu and the menu interface reportedly depend on certification.',
    },
    changed: false,
    reported: true,
    sources: [ARTICLE, CSDN_DIFFERENCE],
    checked: CHECKED,
  },
  {
    id: 'sub.upgrade',
    seed: {
      zh: '通过认证后有一次升级为服务号的机会；升级后类型不能再变更。',
      en: 'One chance to upgrade to a service account after passing certification; after upgrading the type cannot change.',
    },
    now: {
      zh: '如今的途径是帐号迁移（2017-02-28 起公测）：粉丝、文章（可选）、违规记录以及可选的微信号从 A 帐号迁移到 B 帐号，随后注销 A 帐号；目标帐号须为主体已验证的组织帐号；审核费 300 元；约需 2–7 天；会通过群发通知粉丝，粉丝可能取消关注。据报道，普通企业已不能从订阅号迁移到服务号（政府、媒体和事业单位仍可），变化日期未经核实。',
      en: 'The path today is account migration (帐号迁移, public test from 2017-02-28): followers, articles (optional), violation records and optionally the WeChat ID move from account A to account B, then A is cancelled; the target must be an organisation account whose entity is verified; review fee 300 CNY; takes about 2–7 days; followers are told by a group message and may unfollow. Migration from a subscription account to a service account of an ordinary company is reported as no longer supported (allowed for government, media and public institutions); the date is unverified.',
    },
    changed: true,
    reported: true,
    sources: [ARTICLE, GANNAN, JMWTWZ, SELLERBY],
    checked: CHECKED,
  },
];
