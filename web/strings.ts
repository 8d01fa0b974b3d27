import { Lang } from '../miniprogram/domain/text';

/**
 * The web page's own words: only what the mini program never says (how to get from a browser into WeChat).
 * Everything else the page shows comes from the domain's views and string tables, as in the mini program.
 */
const ZH = {
  'web.open': '在微信中打开',
  'web.openNote': '在小程序里可以分享给朋友、生成海报，也可以自己测一测。手机可能先问你是否打开微信，选“打开”。',
  'web.noScheme':
    '用微信的“扫一扫”扫描海报上的二维码，就会在小程序里打开这份内容；也可以在微信里搜索小程序“微信账号选型指南”。',
  'web.inWechat':
    '你正在微信里看这个网页。长按识别海报上的二维码，或在微信里搜索小程序“微信账号选型指南”，就能在小程序里打开。',
  'web.allSteps': '看全部步骤',
  'web.local': '这个页面在你的手机上由链接生成，链接里的答案不会发送到任何服务器。',
};

type WebKey = keyof typeof ZH;

const EN: Record<WebKey, string> = {
  'web.open': 'Open in WeChat',
  'web.openNote':
    'In the mini program you can share this with friends, make a poster or take the quiz yourself. Your phone may ask first whether to open WeChat: choose Open.',
  'web.noScheme':
    'Scan the code on the poster with WeChat’s Scan (扫一扫) to open this in the mini program, or search WeChat for the mini program “微信账号选型指南”.',
  'web.inWechat':
    'You are reading this page inside WeChat. Press and hold the code on the poster, or search WeChat for the mini program “微信账号选型指南”, to open it in the mini program.',
  'web.allSteps': 'See every step',
  'web.local': 'Your phone builds this page from the link; the answers in it are not sent to any server.',
};

export const WEB_STRINGS: Record<Lang, Record<WebKey, string>> = { zh: ZH, en: EN };

export function w(key: WebKey, lang: Lang): string {
  return WEB_STRINGS[lang][key];
}
