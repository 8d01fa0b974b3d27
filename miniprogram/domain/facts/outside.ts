import { CHECKED_E3, Fact, p, reported } from '../row-types';

/** CONTENT.md "Opening the mini program from outside WeChat": mp.scheme, mp.scheme.enc, mp.inwx. */
export const OUTSIDE_FACTS: readonly Fact[] = [
  {
    kind: 'fact',
    id: 'mp.scheme',
    seed: null,
    now: [
      p(
        '微信以外的网页可以直接打开你的小程序的某一页（自 2023-12-19 起）：网页自己拼出明文 URL Scheme 即可，格式为 weixin://dl/business/?appid=…&path=…&query=…&env_version=…。每个要打开的页面须先在小程序后台“隐私与安全 > 明文Scheme拉起此小程序”中声明。path 须是已发布的页面，不带参数；query 最多 512 个字符，须经 URL 编码；env_version（release、trial、develop）只在微信以外有效。这种链接不会过期，生成也没有数量限制。仅限非个人主体的小程序。iOS 上可以直接打开；Android 上须由网页设置（location.href）。可以在页面加载时自动触发，但有的浏览器会拦截，手机也可能先询问用户，所以请在网页上放一个按钮。这样打开的页面场景值为 1286，',
      ),
      reported('并在 onLoad 中拿到 query。'),
    ],
    changed: false,
    sources: ['notice23', 'scheme', 'scheme-new', 'scenes', 'comm-onload'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'mp.scheme.enc',
    seed: null,
    now: [
      p(
        '加密 URL Scheme 和 URL Link（https://wxaurl.cn/…）也能从外部打开你的小程序，但只能由服务器接口生成，需要用到 AppSecret（或通过云开发调用、第三方平台生成）。每个链接最长有效 30 天（自 2022-04-11 起），每天最多生成 500,000 个；仅限非个人主体、已发布的小程序。所有 Scheme 和 URL Link 的打开次数按每个小程序每天合计设有上限（当前文档为 600 万次）。',
      ),
    ],
    changed: false,
    sources: ['genscheme', 'urllink', 'notice22', 'notice23'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'mp.inwx',
    seed: null,
    now: [
      p(
        '你的网页在微信内置浏览器里打开时（在聊天中点开链接，而不是扫码），只能通过开放标签 wx-open-launch-weapp 跳到小程序：网页须放在已认证服务号的 JS-SDK 安全域名下，或放在已认证的非个人主体小程序的云开发静态网站上；URL Link 在微信里也能用。明文 Scheme 在微信里能否使用，文档没有说明。',
      ),
    ],
    changed: false,
    sources: ['opentag', 'cloudjump', 'urllink'],
    checked: CHECKED_E3,
  },
];
