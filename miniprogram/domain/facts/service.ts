import {
  ARTICLE,
  ASIAICT,
  CHARKET,
  CSDN_DIFFERENCE,
  JIGUANG,
  MASS_SEND_DOCS,
  MP_REGISTRATION_PAGE,
  WECHATWIKI,
  WECHAT_AGENCY,
} from './sources';
import { CHECKED, Fact } from './types';

const DEFINITION = {
  zh: '为企业和组织提供更强大的业务服务与用户管理能力，主要偏向服务类交互（类似 12315、114、银行：绑定信息、服务交互）。',
  en: 'Gives enterprises and organisations stronger business-service and user-management capabilities; mainly service interaction (like 12315, 114, banks: binding information, service interaction).',
};
const IRREVERSIBLE = { zh: '服务号不能变更为订阅号。', en: 'A service account cannot be changed into a subscription account.' };

/** CONTENT.md "Service account (服务号)". */
export const SERVICE_FACTS: readonly Fact[] = [
  {
    id: 'svc.definition',
    seed: DEFINITION,
    now: DEFINITION, // "Same positioning."
    changed: false,
    reported: false,
    sources: [ARTICLE, MP_REGISTRATION_PAGE],
    checked: CHECKED,
  },
  {
    id: 'svc.who',
    seed: { zh: '媒体、企业、政府或其他组织；个人不可申请。', en: 'Media, enterprises, government or other organisations. Not for individuals.' },
    now: { zh: '仅限组织；个人不能注册服务号。', en: 'Organisations only; an individual cannot register one.' },
    changed: false,
    reported: false,
    sources: [ARTICLE, WECHAT_AGENCY],
    checked: CHECKED,
  },
  {
    id: 'svc.where',
    seed: { zh: '推送消息出现在聊天列表（会话页）中。', en: 'Push messages appear in the chat list (conversation page).' },
    now: {
      zh: '对多数用户仍出现在聊天列表；自 2024 年 6 月起，微信灰度测试把服务号消息折叠进“服务号”消息盒子（2024 年 7 月随 iOS 8.0.50 扩大测试；截至 2024 年 11 月尚未全量推出）。',
      en: 'Still the chat list for most users; from June 2024 WeChat grey-tested folding service-account messages into a "服务号" message box (expanded to iOS in 8.0.50, July 2024; not fully rolled out as of November 2024).',
    },
    changed: true,
    reported: false,
    sources: [ARTICLE, ASIAICT],
    checked: CHECKED,
  },
  {
    id: 'svc.quota',
    seed: {
      zh: '每月 4 条群发消息。高级群发接口可让运营者对粉丝分组群发而不占用平台的 4 次推送，但每位粉丝每月最多仍只收到 4 条；该接口每天可调用 100 次。',
      en: '4 group messages per month. The advanced mass-send interface lets operators segment followers without using the 4 platform pushes, but each follower still receives at most 4 per month; the interface may be called 100 times a day.',
    },
    now: {
      zh: '通过平台每自然月 4 条；认证服务号每天可调用群发接口 100 次，每位粉丝每月最多收到 4 条群发，超出的对该粉丝发送失败。',
      en: '4 per calendar month (自然月) through the platform; a certified service account may call the mass-send interface 100 times a day, and each follower receives at most 4 group messages a month, any more fail for that follower.',
    },
    changed: false,
    reported: false,
    sources: [ARTICLE, MASS_SEND_DOCS],
    checked: CHECKED,
  },
  {
    id: 'svc.functions',
    seed: {
      zh: '群发消息、微信认证、高级接口、广告主、流量主、多客服、自定义菜单、微信支付、微信小店。',
      en: 'Group messaging, WeChat certification, advanced interfaces, advertisers, traffic owners (流量主), multiple customer service, custom menu, WeChat Pay, WeChat store.',
    },
    now: {
      zh: '自定义菜单无论是否认证均可使用；微信支付和高级接口需要认证；带参数二维码。据报道，独立的“微信小店”已被后来的电商产品取代。',
      en: 'Custom menu available with or without certification; WeChat Pay and the advanced interfaces need certification; parametric QR codes. The standalone "WeChat store" was reportedly replaced by later commerce products.',
    },
    changed: true,
    reported: true,
    sources: [ARTICLE, WECHATWIKI, CHARKET],
    checked: CHECKED,
  },
  {
    id: 'svc.advanced',
    seed: {
      zh: '认证服务号可获得九大高级接口，包括获取粉丝信息和带参数二维码。',
      en: 'A certified service account gets nine advanced interfaces, including follower information and QR codes with parameters.',
    },
    now: {
      zh: '接口已不止九个；认证服务号获得的接口最全，例如最多 100,000 个带参数二维码（永久或临时，临时最长 30 天）。',
      en: 'Interfaces grew beyond nine; the certified account gets the broadest set, e.g. up to 100,000 parametric QR codes (permanent or temporary up to 30 days).',
    },
    changed: true,
    reported: false,
    sources: [ARTICLE, CHARKET],
    checked: CHECKED,
  },
  {
    id: 'svc.pay',
    seed: {
      zh: '要售卖商品，需申请服务号并完成认证，再申请成为微信支付商户。',
      en: 'To sell goods, apply for a service account, certify it, then apply to be a WeChat Pay merchant.',
    },
    now: {
      zh: '同样：微信支付需要已认证的服务号（或组织的已认证小程序），认证后再申请成为微信支付商户。',
      en: 'Same: WeChat Pay needs a certified service account (or a certified mini program of an organisation), which then applies to be a WeChat Pay merchant.',
    },
    changed: false,
    reported: false,
    sources: [ARTICLE, CSDN_DIFFERENCE],
    checked: CHECKED,
  },
  {
    id: 'svc.irreversible',
    seed: IRREVERSIBLE,
    now: IRREVERSIBLE, // "Same."
    changed: false,
    reported: false,
    sources: [ARTICLE, JIGUANG],
    checked: CHECKED,
  },
];
