import { CHECKED, Fact, p, reported } from './types';

const DEFINITION = {
  zh: '一种不需要下载安装即可使用的应用；开发者可基于平台能力快速开发。',
  en: "An application used without downloading or installing; developers build quickly on the platform's capabilities.",
};
const LIMITS_ADVICE = {
  zh: '需要原生系统和硬件接口的工具（如美图秀秀、百度地图）超出了小程序擅长的范围。小程序适合“做小”：用 MVP 低成本、快速地验证商业模式。',
  en: 'Tools that need native OS and hardware interfaces (e.g. Meitu XiuXiu, Baidu Maps) are beyond what mini programs do well. Suited to "making things small": an MVP to validate a business model cheaply and fast.',
};

/** CONTENT.md "Mini program (小程序)". */
export const MINIPROGRAM_FACTS: readonly Fact[] = [
  {
    kind: 'fact',
    id: 'mp.definition',
    seed: DEFINITION,
    now: [p(DEFINITION.zh, DEFINITION.en)],
    changed: false,
    sources: ['art'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'mp.who',
    seed: {
      zh: '个人、企业、政府、媒体和其他组织。',
      en: 'Individuals, enterprises, governments, media and other organisations.',
    },
    now: [
      p(
        '同样，但个人的小程序不能绑定微信支付商户号、不能用手机号组件，可选的服务类目也更少。',
        "Same, but an individual's mini program cannot bind a WeChat Pay merchant number or use the phone-number components, and has fewer service categories.",
      ),
    ],
    changed: false,
    sources: ['art', 'fastreg-p', 'phone'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'mp.process',
    seed: {
      zh: '1 在微信公众平台注册；2 完善信息（名称、头像、介绍、服务范围）；3 开发：绑定开发者、配置、下载微信开发者工具、阅读开发文档；4 提交代码审核；5 审核通过后发布。',
      en: '1 Register on the WeChat Official Accounts Platform; 2 complete information (name, avatar, introduction, service scope); 3 develop: bind developers, configure, download WeChat DevTools, read the docs; 4 submit the code for review; 5 release after approval.',
    },
    now: [p('如今是 7 步，其中第 3–5 步可以同时进行。', '7 steps today; steps 3–5 can overlap.')],
    // The steps themselves, in order; each pairs with its launch-plan row lp.mp.1 … lp.mp.7 (what, time, fee).
    list: [
      [p('注册', 'Register')],
      [
        p(
          '填写信息，包括服务类目和主营类目（自 2022-06-08 起审核需要主营类目）',
          'Information, incl. service categories and a main category (主营类目, needed for review since 2022-06-08)',
        ),
      ],
      [p('微信认证（企业和个体工商户须在备案前完成）', 'Certification (enterprises and 个体工商户: before filing)')],
      [p('ICP 备案（自 2023-09-01 起发布前必须完成）', 'ICP filing (备案, required before release since 2023-09-01)')],
      [p('开发，包括填写用户隐私保护指引', 'Development, incl. the privacy guideline')],
      [p('代码审核（部分类目另需 7 天报备）', 'Code review (some categories add a 7-day report)')],
      [p('发布', 'Release')],
    ],
    changed: true,
    sources: ['art', 'mp-intro', 'maincat', 'mg-guide', 'icp23', 'privacy'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'mp.beta',
    seed: { zh: '公测期间不能发布。', en: 'Cannot be released during the public beta.' },
    now: [
      p(
        '公测随 2017-01-09 正式上线结束（企业先开放，个人在 2017 年晚些时候）；审核通过即可发布。',
        'The beta ended at launch on 2017-01-09 (enterprises first, individuals later in 2017); releases follow review.',
      ),
    ],
    changed: true,
    sources: ['art', 'cccx'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'mp.rules',
    seed: {
      zh: '不得包含小游戏、测试内容或营销广告内容（空白广告位、招商广告）；不得有悬浮广告。',
      en: 'Must not contain mini-games, test content, or marketing/advertising content (blank ad spaces, investment ads); no floating ads.',
    },
    now: [
      p(
        '部分有变化：小游戏于 2017-12-28 上线（微信 6.6.1），2018 年 4 月向开发者开放，是“小程序的一个类目”，有自己的发布流程（9–37 个工作日）；测试内容和不合规广告仍会被驳回。',
        'Changed in part: mini games launched on 2017-12-28 (WeChat 6.6.1), opened to developers in April 2018, and are "a category of mini programs" with their own release flow (9–37 WD); test content and non-compliant ads are still rejected.',
      ),
    ],
    changed: true,
    sources: ['art', 'niaoge18', 'mg-guide'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'mp.limits',
    seed: LIMITS_ADVICE,
    now: [
      p(
        `${LIMITS_ADVICE.zh}这一建议不变。主包和每个分包不超过 2 MB；合计不超过 30 MB（服务商代开发的为 20 MB），与帐号无关。小游戏：主包不超过 4 MB。`,
        `${LIMITS_ADVICE.en} Same advice. Main package and each subpackage ≤ 2 MB; all together ≤ 30 MB (20 MB if built by a service provider, 服务商代开发), whatever the account. Mini games: main package ≤ 4 MB.`,
      ),
    ],
    changed: false,
    sources: ['art', 'subpkg'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'mp.share',
    seed: null,
    now: [
      p(
        '分享到聊天：onShareAppMessage（可自定义标题、路径和 5:4 的图片）。分享到朋友圈：onShareTimeline（基础库 2.11.3 及以上；Android，以及微信 8.0.24 起的 iOS）；页面以受限的单页模式打开（不能登录、不能跳转；图片 1:1）。',
        'Chat: onShareAppMessage (custom title, path, image 5:4). Moments: onShareTimeline (base library ≥ 2.11.3; Android, and iOS from WeChat 8.0.24); pages open in a restricted single-page mode (no login, no navigation; image 1:1).',
      ),
    ],
    changed: false,
    sources: ['share'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'mp.code',
    seed: null,
    now: [
      p(
        "不限数量的小程序码（getUnlimited）携带的 scene 最多 32 个可见字符：数字、字母和 !#$&'()*+,/:;=?@-._~（不含 %）；其他字符须由小程序自行编码。调用频率上限每分钟 5,000 次。",
        "Unlimited codes (getUnlimited) carry a scene of at most 32 visible characters: digits, letters and !#$&'()*+,/:;=?@-._~ (no %); others must be encoded by the app. Rate limit 5,000 a minute.",
      ),
    ],
    changed: false,
    sources: ['wxacode'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'mp.qrlink',
    seed: null,
    now: [
      p(
        '普通网页链接的二维码也能打开小程序（扫普通链接二维码打开小程序，微信 6.5.6 及以上，在微信内扫码或长按识别）：管理员在“开发管理 > 开发设置”里开启，添加链接前缀规则（最多 100 条；域名须已通过 ICP 备案；以 / 结尾的规则匹配其下所有路径），在该服务器上放置校验文件，指定要打开的页面，发布规则前可先用测试链接测试。页面通过 q 收到 URL 编码的扫码链接（解码一次）和 scancode_time。企业、媒体、政府和其他组织的小程序可用，个人的不行。在微信外，同一个码打开的是网页链接。',
        "An ordinary QR code of a web link can open a mini program (扫普通链接二维码打开小程序, WeChat 6.5.6+, scanned or long-pressed inside WeChat): the owner enables it under 开发管理 > 开发设置, adds a link-prefix rule (at most 100; the domain must have passed ICP filing; a rule ending in / matches sub-paths), places a verification file on that server, names the page to open, and may test with test links before publishing the rule. The page receives the scanned link URL-encoded in q (decode once) and scancode_time. Open to enterprise, media, government and other-organisation mini programs, not individuals'. Outside WeChat the same code opens the web link.",
      ),
    ],
    changed: false,
    sources: ['qrlink'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'mp.icp',
    seed: null,
    now: [
      p(
        '自 2023-09-01 起，小程序发布前必须完成备案（已上线的须在 2024-03-31 前完成，否则 2024-04-01 起下架）。据微信备案指引（转载）：平台初审 1–2 个工作日 → 工信部短信核验 24 小时内 → 省管局审核 1–20 个工作日；',
        "ICP filing (小程序备案) is required before release since 2023-09-01 (live ones by 2024-03-31, else removed from 2024-04-01). Per WeChat's filing guide (as reposted): platform check 1–2 WD → MIIT SMS check within 24 h → provincial review 1–20 WD;",
      ),
      reported('建议在上线前 20–30 个工作日开始备案。', 'file 20–30 WD before launch (advice).'),
      p('企业和个体工商户要先认证；', 'enterprises and 个体工商户 certify first;'),
      reported('新闻、出版、药品等需要前置审批。', 'news, publishing or medicine need pre-approvals.'),
    ],
    changed: false,
    sources: ['icp23', 'icp-time', 'weike', 'mg-guide'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'mp.privacy',
    seed: null,
    now: [
      p(
        '涉及隐私的接口（位置、相册、手机号…）需要在后台填写用户隐私保护指引并取得用户同意；未声明的接口会被禁用。原定 2023-09-15 起，2023-10-17 起正式执行（2023-09-14 的更新）；官方提供了授权弹窗。',
        "Privacy interfaces (location, album, phone number…) need the user privacy guideline (用户隐私保护指引) filled in the backend and the user's consent; undeclared ones are disabled. Announced for 2023-09-15, enforced from 2023-10-17 (update of 2023-09-14); an official consent pop-up exists.",
      ),
    ],
    changed: false,
    sources: ['privacy'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'mp.category',
    seed: null,
    now: [
      p(
        '必须选择服务类目，敏感类目要提交资质；自 2022-06-08 起审核需要主营类目（每年可改 5 次）。',
        'Service categories (服务类目) are required, sensitive ones with documents; a main category (主营类目) is needed for review since 2022-06-08 (5 changes a year).',
      ),
      reported(
        '个人可选：物流、教育、交通、生活服务、餐饮、旅游、工具、商业服务、体育；不能选社交/UGC 或新闻（官方清单的转载）。',
        'Individuals: logistics, education, transport, life services, catering, travel, tools, business services, sports; no social/UGC or news (a copy of the official list).',
      ),
      p(
        '社交、视频/FM 和时政类目要向属地网信部门报备 7 个自然日，不能加急。',
        'Social, video/FM and current-affairs categories add a 7-natural-day report to local 网信 authorities, no expediting.',
      ),
    ],
    changed: false,
    sources: ['maincat', 'cats', 'reportcat'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'mp.pay',
    seed: null,
    now: [
      p(
        '个体工商户、企业、事业单位、政府机关和社会组织可开通，且须已认证：认证 → 申请商户号 → 确认绑定 AppID。交易类小程序必须接入订单发货管理：发货信息录入前资金冻结；不接入可能被限制支付。费率按行业而定（未找到具体数字）。手机号组件：自 2023-08-28 起每次成功调用 0.03 / 0.04 元（前 1,000 次免费）。',
        'Open to 个体工商户, enterprises, public institutions, government bodies and social organisations, certified only: certify → merchant number → confirm the AppID binding. Trade (交易类) mini programs must connect order-shipping management (订单发货管理): funds stay frozen until shipping is recorded; without it payment may be restricted. Fee rate set by industry (no figure found). Phone-number components: 0.03 / 0.04 CNY per successful call since 2023-08-28 (1,000 free).',
      ),
    ],
    changed: false,
    sources: ['pay-mp', 'ship', 'feeind', 'phone'],
    checked: CHECKED,
  },
];
