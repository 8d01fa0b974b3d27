/**
 * The English of facts/outside.ts, each under the key of its Chinese (domain/text.ts textKey), with the Chinese above it.
 */
export const OUTSIDE_EN: Readonly<Record<string, string>> = {
  // 微信以外的网页可以直接打开你的小程序的某一页（自 2023-12-19 起）：网页自己拼出明文 URL Scheme 即可，格式为 weixin://dl/business/?appid=…&path=…&query=…&env_version=…。每个要打开的页面须先在小程序后台“隐私与安全 > 明文Scheme拉起此小程序”中声明。path 须是已发布的页面，不带参数；query 最多 512 个字符，须经 URL 编码；env_version（release、trial、develop）只在微信以外有效。这种链接不会过期，生成也没有数量限制。仅限非个人主体的小程序。iOS 上可以直接打开；Android 上须由网页设置（location.href）。可以在页面加载时自动触发，但有的浏览器会拦截，手机也可能先询问用户，所以请在网页上放一个按钮。这样打开的页面场景值为 1286，
  uurpyj:
    'A web page outside WeChat can open a page of your mini program directly (since 2023-12-19), with a plaintext URL Scheme the page builds itself: weixin://dl/business/?appid=…&path=…&query=…&env_version=…. First declare each page in the admin console under Privacy and security (隐私与安全) > Open this mini program by plaintext Scheme (明文Scheme拉起此小程序). path must be a released page, without a query; query is at most 512 characters, URL-encoded; env_version (release, trial, develop) works only outside WeChat. The scheme never expires, and there is no limit on how many you build. Non-individual mini programs only. On iOS the scheme opens directly; on Android the web page must set it (location.href). It may fire as the page loads, but some browsers block that and the phone may ask the user first, so show a button. A page opened this way sees scene 1286',
  // 并在 onLoad 中拿到 query。
  '93boxu': 'and gets the query in onLoad.',
  // 加密 URL Scheme 和 URL Link（https://wxaurl.cn/…）也能从外部打开你的小程序，但只能由服务器接口生成，需要用到 AppSecret（或通过云开发调用、第三方平台生成）。每个链接最长有效 30 天（自 2022-04-11 起），每天最多生成 500,000 个；仅限非个人主体、已发布的小程序。所有 Scheme 和 URL Link 的打开次数按每个小程序每天合计设有上限（当前文档为 600 万次）。
  zjq6fd:
    'Encrypted URL Schemes and URL Links (https://wxaurl.cn/…) also open your mini program from outside, but only a server API can generate them, and it needs the AppSecret (or a cloud-development call, or a third-party platform). Each link lasts at most 30 days (since 2022-04-11), and at most 500,000 can be generated a day; non-individual, released mini programs only. Opens through all schemes and URL Links together are capped per mini program per day (6 million in the current doc).',
  // 你的网页在微信内置浏览器里打开时（在聊天中点开链接，而不是扫码），只能通过开放标签 wx-open-launch-weapp 跳到小程序：网页须放在已认证服务号的 JS-SDK 安全域名下，或放在已认证的非个人主体小程序的云开发静态网站上；URL Link 在微信里也能用。明文 Scheme 在微信里能否使用，文档没有说明。
  '1ns3rn6':
    "When your web page opens inside WeChat's own browser (a link tapped in a chat, not a scan), it can open the mini program only through the wx-open-launch-weapp open tag: the page must sit on the JS-SDK domain of a certified service account, or on the cloud-development static hosting of a certified non-individual mini program; a URL Link also works there. The docs say nothing about a plaintext scheme inside WeChat.",
};
