/**
 * The English of facts/miniprogram.ts, each under the key of its Chinese (domain/text.ts textKey), with the Chinese above it.
 */
export const MINIPROGRAM_EN: Readonly<Record<string, string>> = {
  // 一种不需要下载安装即可使用的应用；开发者可基于平台能力快速开发。
  '1eovl6t':
    "An application used without downloading or installing; developers build quickly on the platform's capabilities.",
  // 不需要下载安装就能使用的应用，基于平台能力可以快速开发。
  uwsyvc: "An application used without downloading or installing, built quickly on the platform's capabilities.",
  // 个人、企业、政府、媒体和其他组织。
  '8jqi72': 'Individuals, enterprises, governments, media and other organisations.',
  // 个人、企业、政府、媒体和其他组织都能注册小程序，但个人的小程序不能绑定微信支付商户号、不能用手机号组件，可选的服务类目也少得多。
  '1873aiu':
    "Individuals, enterprises, governments, media and other organisations may register one, but an individual's mini program cannot bind a WeChat Pay merchant number or use the phone-number components, and has far fewer service categories.",
  // 1 在微信公众平台注册；2 完善信息（名称、头像、介绍、服务范围）；3 开发：绑定开发者、配置、下载微信开发者工具、阅读开发文档；4 提交代码审核；5 审核通过后发布。
  '1t5gdm1':
    '1 Register on the WeChat Official Accounts Platform; 2 complete information (name, avatar, introduction, service scope); 3 develop: bind developers, configure, download WeChat DevTools, read the docs; 4 submit the code for review; 5 release after approval.',
  // 从注册到发布共 7 步，其中第 3–5 步可以同时进行。
  vg38u: '7 steps from registration to release; steps 3–5 can overlap.',
  // 注册
  '1n008jl': 'Register',
  // 填写信息，包括服务类目和主营类目（自 2022-06-08 起审核需要主营类目）
  '54u0xr': 'Information, incl. service categories and a main category (主营类目, needed for review since 2022-06-08)',
  // 微信认证（企业和个体工商户须在备案前完成）
  '7u8jbt': 'Certification (enterprises and individual businesses (个体工商户): before filing)',
  // ICP 备案（自 2023-09-01 起发布前必须完成）
  ew1c6e: 'ICP filing (备案, required before release since 2023-09-01)',
  // 开发，包括填写用户隐私保护指引
  r05zu4: 'Development, incl. the privacy guideline',
  // 代码审核（部分类目另需 7 天报备）
  '165rtke': 'Code review (some categories add a 7-day report)',
  // 发布
  jdxqel: 'Release',
  // 公测期间不能发布。
  '1bu6zlh': 'Cannot be released during the public beta.',
  // 审核通过即可发布：公测已随 2017-01-09 正式上线结束（企业先开放，个人在 2017 年晚些时候）。
  '3gbkdc':
    'Releases follow review: the public beta ended at launch on 2017-01-09 (enterprises first, individuals later in 2017).',
  // 不得包含小游戏、测试内容或营销广告内容（空白广告位、招商广告）；不得有悬浮广告。
  '14rmurg':
    'Must not contain mini-games, test content, or marketing/advertising content (blank ad spaces, investment ads); no floating ads.',
  // 测试内容和不合规广告会被驳回。小游戏可以做：它于 2017-12-28 上线（微信 6.6.1），2018 年 4 月向开发者开放，是“小程序的一个类目”，有自己的发布流程（9–37 个工作日）。
  gbemf4:
    'Test content and non-compliant ads are rejected. Mini games are allowed: they launched on 2017-12-28 (WeChat 6.6.1), opened to developers in April 2018 and are "a category of mini programs" with their own release flow (9–37 working days).',
  // 需要原生系统和硬件接口的工具（如美图秀秀、百度地图）超出了小程序擅长的范围。小程序适合“做小”：用 MVP 低成本、快速地验证商业模式。
  '1m1oy3f':
    'Tools that need native OS and hardware interfaces (e.g. Meitu XiuXiu, Baidu Maps) are beyond what mini programs do well. Suited to "making things small": an MVP to validate a business model cheaply and fast.',
  // 适合“做小”：用 MVP 低成本、快速地验证一门生意。需要深度调用原生系统或硬件的工具（图片编辑器、逐向导航）超出了小程序擅长的范围。主包和每个分包不超过 2 MB；合计不超过 30 MB（服务商代开发的为 20 MB）。小游戏：主包不超过 4 MB。
  fliv2w:
    'Suited to "making things small": an MVP that tests a business cheaply and fast. Tools that need deep native OS or hardware access (image editors, turn-by-turn navigation) are beyond what mini programs do well. Main package and each subpackage ≤ 2 MB; all together ≤ 30 MB (20 MB if built by a service provider (服务商代开发)). Mini games: main package ≤ 4 MB.',
  // 分享到聊天：onShareAppMessage（可自定义标题、路径和 5:4 的图片）。分享到朋友圈另有条件，打开后是受限的单页模式（见下文）。
  '1u8evel':
    'Sharing to a chat: onShareAppMessage (custom title, path and a 5:4 image). Sharing to Moments has its own conditions and opens a restricted single-page view (see below).',
  // 页面要同时开启分享给好友（onShareAppMessage）和分享到朋友圈（onShareTimeline），才能分享到朋友圈（基础库 2.11.3 及以上；Android，以及微信 8.0.24 起的 iOS），适合内容类页面。从朋友圈打开时，页面以单页模式运行，而不是完整的小程序：页面有固定的标题栏和一条“前往小程序”栏；不能登录（wx.login 不可用）；不能跳转到其他页面或小程序；本地存储独立；被禁用的组件和接口（包括 button 的 open-type、navigator、form、web-view、所有路由接口、chooseImage 和 saveImageToPhotosAlbum）会弹出提示“请前往小程序使用完整服务”（能否在其中支付，没有找到说明）。页面可以通过场景值 1154（wx.getLaunchOptionsSync().scene）或 wx.getApiCategory() 返回 browseOnly（基础库 2.33.0 及以上）判断自己处于单页模式。分享时返回 title（默认是小程序名称）、query（不能自定义路径）和 imageUrl（PNG 或 JPG，1:1）；不设置 imageUrl 时，卡片显示小程序的 logo。
  '15ti24i':
    'A page can be shared to Moments only if it enables both chat sharing (onShareAppMessage) and onShareTimeline (base library 2.11.3 or later; Android, and iOS from WeChat 8.0.24); it is meant for content pages. Opened from Moments, the page runs in single-page mode (单页模式), not as the mini program: a fixed title bar and a "go to the mini program" bar (前往小程序); no login (wx.login unavailable); no navigation to other pages or mini programs; its own local storage; disabled components and APIs (among them button open-type, navigator, form, web-view, all route APIs, chooseImage and saveImageToPhotosAlbum) show the toast "use the mini program for the full service" (请前往小程序使用完整服务). No source says whether payment works there. A page detects the mode by scene 1154 (wx.getLaunchOptionsSync().scene) or by wx.getApiCategory() returning browseOnly (base library 2.33.0 or later). The share returns title (default: the mini program\'s name), query (no custom path) and imageUrl (PNG or JPG, 1:1); without imageUrl the card shows the mini program\'s logo.',
  // 不限数量的小程序码（getUnlimited）携带的 scene 最多 32 个可见字符：数字、字母和 !#$&'()*+,/:;=?@-._~（不含 %）；其他字符须由小程序自行编码。调用频率上限每分钟 5,000 次。
  '4b66r':
    "Unlimited codes (getUnlimited) carry a scene of at most 32 visible characters: digits, letters and !#$&'()*+,/:;=?@-._~ (no %); others must be encoded by the app. Rate limit 5,000 a minute.",
  // 普通网页链接的二维码也能打开小程序（扫普通链接二维码打开小程序，微信 6.5.6 及以上，在微信内扫码或长按识别）：管理员在“开发管理 > 开发设置”里开启，添加链接前缀规则（最多 100 条；域名须已通过 ICP 备案；以 / 结尾的规则匹配其下所有路径），在该服务器上放置校验文件，指定要打开的页面，发布规则前可先用测试链接测试。页面通过 q 收到 URL 编码的扫码链接（解码一次）和 scancode_time。企业、媒体、政府和其他组织的小程序可用，个人的不行。在微信外，同一个码打开的是普通网页，
  '5u3aty':
    "An ordinary QR code of a web link can open a mini program (扫普通链接二维码打开小程序, WeChat 6.5.6 or later, scanned or long-pressed inside WeChat): the owner enables it under Development Management > Development Settings (开发管理 > 开发设置), adds a link-prefix rule (at most 100; the domain must have passed ICP filing; a rule ending in / matches sub-paths), places a verification file on that server, names the page to open, and may test with test links before publishing the rule. The page receives the scanned link URL-encoded in q (decode once) and scancode_time. Open to enterprise, media, government and other-organisation mini programs, not individuals'. Outside WeChat the same code opens the web link as an ordinary page,",
  // 网页上可以放一个按钮，通过 URL Scheme 在微信中打开小程序。
  hi8lgd: 'which may carry a button that opens the mini program in WeChat through its URL Scheme.',
  // 扫码进入时场景值为 1011（扫码）或 1012（长按识别）。
  '1bex3u0': 'Scans arrive with scene 1011 (scan) or 1012 (long-press).',
  // 小程序发布前必须完成备案（小程序备案）：自 2023-09-01 起执行，已上线的须在 2024-03-31 前完成，否则 2024-04-01 起下架。据微信备案指引（转载）：平台初审 1–2 个工作日 → 负责人在 24 小时内回复工信部的核验短信
  '1k1aq8m':
    "A mini program cannot be released without ICP filing (小程序备案), required since 2023-09-01 (live ones had to file by 2024-03-31, else they were removed from 2024-04-01). Per WeChat's filing guide (as reposted): platform check 1–2 working days → the person in charge answers MIIT's SMS check within 24 hours",
  // （逾期未回复，备案会被退回）
  '1y0kdsa': '(a missed deadline returns the filing)',
  // → 省管局审核 1–20 个工作日。
  '92fvhg': '→ provincial review 1–20 working days.',
  // 建议在上线前 20–30 个工作日开始备案。
  '9abc1x': 'Agencies advise filing 20–30 working days before launch.',
  // 企业和个体工商户要先认证；
  t7nbz2: 'Enterprises and individual businesses (个体工商户) certify first;',
  // 新闻、出版、药品等需要前置审批。
  g5rwpx: 'news, publishing or medicine need pre-approvals.',
  // 涉及隐私的接口（位置、相册、手机号…）需要在后台填写用户隐私保护指引并取得用户同意；未声明的接口会被禁用。原定 2023-09-15 起，2023-10-17 起正式执行（2023-09-14 的更新）；官方提供了授权弹窗。
  '1xq0oh3':
    "Privacy interfaces (location, album, phone number…) need the user privacy guideline (用户隐私保护指引) filled in the backend and the user's consent; undeclared ones are disabled. Announced for 2023-09-15, enforced from 2023-10-17 (update of 2023-09-14); an official consent pop-up exists.",
  // 必须选择服务类目，敏感类目要提交资质；自 2022-06-08 起审核需要主营类目（每年可改 5 次）。
  '15o4fhb':
    'You must choose service categories (服务类目), and sensitive ones need documents; a main category (主营类目) is needed for review since 2022-06-08 (5 changes a year).',
  // 个人可选：物流、教育、交通、生活服务、餐饮、旅游、工具、商业服务、体育；不能选社交/UGC 或新闻（官方清单的转载）。
  '8pa2ns':
    'Individuals: logistics, education, transport, life services, catering, travel, tools, business services, sports; no social/UGC or news (a copy of the official list).',
  // 社交、视频/FM 和时政类目要向属地网信部门报备 7 个自然日，不能加急；7 天后仍无结果的，凭上线前告知即可发布。各类目需要的行业许可证见“行业资质”。
  nh08kv:
    'Social, video/FM and current-affairs categories add a 7-natural-day report to the local cyberspace authorities (网信), with no expediting; with no result after 7 days, a pre-launch notice allows release. The trade licence each category needs: see Trade licences.',
  // 个体工商户、企业、事业单位、政府机关和社会组织的小程序可以开通微信支付，且须已认证：认证 → 申请商户号 → 确认绑定 AppID。交易类小程序必须接入订单发货管理：发货信息录入前资金冻结；不接入可能被限制支付。费率按行业而定（未找到具体数字）。手机号组件：自 2023-08-28 起每次成功调用 0.03 / 0.04 元（前 1,000 次免费）；政府、非营利组织、提供政务民生服务的事业单位、公立医院和学校免费使用。
  '1xsn0l0':
    'A mini program can take WeChat Pay if it belongs to an individual business (个体工商户), an enterprise, a public institution, a government body or a social organisation, and is certified: certify → merchant number → confirm the AppID binding. Trade (交易类) mini programs must connect order-shipping management (订单发货管理): funds stay frozen until shipping is recorded; without it payment may be restricted. Fee rate set by industry (no figure found). Phone-number components: 0.03 / 0.04 CNY per successful call since 2023-08-28 (1,000 free); free for government bodies, non-profits, public institutions offering public services (政务民生), public hospitals and schools.',
};
