import { CHECKED, CHECKED_E3, Fact, inference, p, reported, zhText } from '../row-types';

/** CONTENT.md "Mini program (小程序)". */
export const MINIPROGRAM_FACTS: readonly Fact[] = [
  {
    kind: 'fact',
    id: 'mp.definition',
    seed: zhText('一种不需要下载安装即可使用的应用；开发者可基于平台能力快速开发。'),
    now: [p('不需要下载安装就能使用的应用，基于平台能力可以快速开发。')],
    changed: false,
    sources: ['art'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'mp.who',
    seed: zhText('个人、企业、政府、媒体和其他组织。'),
    now: [
      p(
        '个人、企业、政府、媒体和其他组织都能注册小程序，但个人的小程序不能绑定微信支付商户号、不能用手机号组件，可选的服务类目也少得多。',
      ),
    ],
    changed: false,
    sources: ['art', 'fastreg-p', 'phone'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'mp.process',
    seed: zhText(
      '1 在微信公众平台注册；2 完善信息（名称、头像、介绍、服务范围）；3 开发：绑定开发者、配置、下载微信开发者工具、阅读开发文档；4 提交代码审核；5 审核通过后发布。',
    ),
    now: [p('从注册到发布共 7 步，其中第 3–5 步可以同时进行。')],
    // The steps themselves, in order; each pairs with its launch-plan row lp.mp.1 … lp.mp.7 (what, time, fee).
    list: [
      [p('注册')],
      [p('填写信息，包括服务类目和主营类目（自 2022-06-08 起审核需要主营类目）')],
      [p('微信认证（企业和个体工商户须在备案前完成）')],
      [p('ICP 备案（自 2023-09-01 起发布前必须完成）')],
      [p('开发，包括填写用户隐私保护指引')],
      [p('代码审核（部分类目另需 7 天报备）')],
      [p('发布')],
    ],
    changed: true,
    sources: ['art', 'mp-intro', 'maincat', 'mg-guide', 'icp23', 'privacy'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'mp.beta',
    seed: zhText('公测期间不能发布。'),
    now: [p('审核通过即可发布：公测已随 2017-01-09 正式上线结束（企业先开放，个人在 2017 年晚些时候）。')],
    changed: true,
    sources: ['art', 'cccx'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'mp.rules',
    seed: zhText('不得包含小游戏、测试内容或营销广告内容（空白广告位、招商广告）；不得有悬浮广告。'),
    now: [
      p(
        '测试内容和不合规广告会被驳回。小游戏可以做：它于 2017-12-28 上线（微信 6.6.1），2018 年 4 月向开发者开放，是“小程序的一个类目”，有自己的发布流程（9–37 个工作日）。',
      ),
    ],
    changed: true,
    sources: ['art', 'niaoge18', 'mg-guide'],
    checked: CHECKED,
  },
  {
    kind: 'fact',
    id: 'mp.limits',
    seed: zhText(
      '需要原生系统和硬件接口的工具（如美图秀秀、百度地图）超出了小程序擅长的范围。小程序适合“做小”：用 MVP 低成本、快速地验证商业模式。',
    ),
    now: [
      p(
        '适合“做小”：用 MVP 低成本、快速地验证一门生意。需要深度调用原生系统或硬件的工具（图片编辑器、逐向导航）超出了小程序擅长的范围。主包和每个分包不超过 2 MB；合计不超过 30 MB（服务商代开发的为 20 MB）。小游戏：主包不超过 4 MB。',
      ),
    ],
    changed: false,
    sources: ['art', 'subpkg'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'mp.share',
    seed: null,
    now: [
      p(
        '分享到聊天：onShareAppMessage（可自定义标题、路径和 5:4 的图片）。分享到朋友圈另有条件，打开后是受限的单页模式（见下文）。',
      ),
    ],
    changed: false,
    sources: ['share'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'mp.timeline',
    seed: null,
    now: [
      p(
        '页面要同时开启分享给好友（onShareAppMessage）和分享到朋友圈（onShareTimeline），才能分享到朋友圈（基础库 2.11.3 及以上；Android，以及微信 8.0.24 起的 iOS），适合内容类页面。从朋友圈打开时，页面以单页模式运行，而不是完整的小程序：页面有固定的标题栏和一条“前往小程序”栏；不能登录（wx.login 不可用）；不能跳转到其他页面或小程序；本地存储独立；被禁用的组件和接口（包括 button 的 open-type、navigator、form、web-view、所有路由接口、chooseImage 和 saveImageToPhotosAlbum）会弹出提示“请前往小程序使用完整服务”（能否在其中支付，没有找到说明）。页面可以通过场景值 1154（wx.getLaunchOptionsSync().scene）或 wx.getApiCategory() 返回 browseOnly（基础库 2.33.0 及以上）判断自己处于单页模式。分享时返回 title（默认是小程序名称）、query（不能自定义路径）和 imageUrl（PNG 或 JPG，1:1）；不设置 imageUrl 时，卡片显示小程序的 logo。',
      ),
    ],
    changed: false,
    sources: ['share', 'page-st', 'apicat'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'mp.code',
    seed: null,
    now: [
      p(
        "不限数量的小程序码（getUnlimited）携带的 scene 最多 32 个可见字符：数字、字母和 !#$&'()*+,/:;=?@-._~（不含 %）；其他字符须由小程序自行编码。调用频率上限每分钟 5,000 次。",
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
        '普通网页链接的二维码也能打开小程序（扫普通链接二维码打开小程序，微信 6.5.6 及以上，在微信内扫码或长按识别）：管理员在“开发管理 > 开发设置”里开启，添加链接前缀规则（最多 100 条；域名须已通过 ICP 备案；以 / 结尾的规则匹配其下所有路径），在该服务器上放置校验文件，指定要打开的页面，发布规则前可先用测试链接测试。页面通过 q 收到 URL 编码的扫码链接（解码一次）和 scancode_time。企业、媒体、政府和其他组织的小程序可用，个人的不行。在微信外，同一个码打开的是普通网页，',
      ),
      inference('网页上可以放一个按钮，通过 URL Scheme 在微信中打开小程序。'),
      p('扫码进入时场景值为 1011（扫码）或 1012（长按识别）。'),
    ],
    changed: false,
    sources: ['qrlink', 'qrlink-rep', 'dualqr', 'scenes'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'mp.icp',
    seed: null,
    now: [
      p(
        '小程序发布前必须完成备案（小程序备案）：自 2023-09-01 起执行，已上线的须在 2024-03-31 前完成，否则 2024-04-01 起下架。据微信备案指引（转载）：平台初审 1–2 个工作日 → 负责人在 24 小时内回复工信部的核验短信',
      ),
      reported('（逾期未回复，备案会被退回）'),
      p('→ 省管局审核 1–20 个工作日。'),
      reported('建议在上线前 20–30 个工作日开始备案。'),
      p('企业和个体工商户要先认证；'),
      reported('新闻、出版、药品等需要前置审批。'),
    ],
    changed: false,
    sources: ['icp23', 'icp-time', 'weike', 'mg-guide'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'mp.privacy',
    seed: null,
    now: [
      p(
        '涉及隐私的接口（位置、相册、手机号…）需要在后台填写用户隐私保护指引并取得用户同意；未声明的接口会被禁用。原定 2023-09-15 起，2023-10-17 起正式执行（2023-09-14 的更新）；官方提供了授权弹窗。',
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
      p('必须选择服务类目，敏感类目要提交资质；自 2022-06-08 起审核需要主营类目（每年可改 5 次）。'),
      reported(
        '个人可选：物流、教育、交通、生活服务、餐饮、旅游、工具、商业服务、体育；不能选社交/UGC 或新闻（官方清单的转载）。',
      ),
      p(
        '社交、视频/FM 和时政类目要向属地网信部门报备 7 个自然日，不能加急；7 天后仍无结果的，凭上线前告知即可发布。各类目需要的行业许可证见“行业资质”。',
      ),
    ],
    changed: false,
    sources: ['maincat', 'cats', 'reportcat'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'mp.pay',
    seed: null,
    now: [
      p(
        '个体工商户、企业、事业单位、政府机关和社会组织的小程序可以开通微信支付，且须已认证：认证 → 申请商户号 → 确认绑定 AppID。交易类小程序必须接入订单发货管理：发货信息录入前资金冻结；不接入可能被限制支付。费率按行业而定（未找到具体数字）。手机号组件：自 2023-08-28 起每次成功调用 0.03 / 0.04 元（前 1,000 次免费）；政府、非营利组织、提供政务民生服务的事业单位、公立医院和学校免费使用。',
      ),
    ],
    changed: false,
    sources: ['pay-mp', 'ship', 'feeind', 'phone'],
    checked: CHECKED_E3,
  },
];
