import { Text } from '../text';
import { SourceKey } from './source-table';

/**
 * A source's title as each UI shows it, where CONTENT.md's title (kept verbatim in source-table.ts) does not already
 * read in that language: `zh` for the Chinese UI where the source has a Chinese title (or an English annotation
 * around one), `en` for the English UI where the title is Chinese ("English gloss (中文原题, site)"). A source
 * without an entry shows CONTENT.md's title in both.
 */
export const SOURCE_TITLES: Partial<Record<SourceKey, Partial<Text>>> = {
  aibaixue: {
    en: 'What companies charge for QR-code ordering mini programs (扫码点餐小程序公司收费结构, aibaixue.cn)',
  },
  apicat: { zh: '获取当前 API 类别 wx.getApiCategory' },
  art: { zh: '2017 年介绍四种账号类型的原文（@操作合作伙伴，青瓜传媒）' },
  canyin: {
    en: 'Publishing and mass sending on an official account (公众号发表与群发, canyinms.com)',
  },
  catapi: {
    en: 'Getting the categories each entity type can set (获取不同类型主体可设置的类目 getAllCategoriesByType)',
  },
  catlist: {
    zh: '非个人主体 / 个人主体小程序开放的服务类目（官方列表 developers.weixin.qq.com/miniprogram/product/material，文本副本见 GitHub catforpy/wechat-mini-program-B）',
    en: 'Service categories open to non-individual / individual mini programs (非个人主体 / 个人主体小程序开放的服务类目, official list developers.weixin.qq.com/miniprogram/product/material, text copy in GitHub catforpy/wechat-mini-program-B)',
  },
  cats: {
    zh: '个人主体小程序开放的服务类目（官方页面，转引自 2026-10-06 的一则说明）',
    en: 'Service categories open to individual mini programs (个人主体小程序开放的服务类目, official page, via a 2026-10-06 note)',
  },
  cccx: { zh: '小程序上线历程（cccx.cn）' },
  certfee23: {
    zh: '微信认证费用说明（nrzw.com.cn，常见问题转载）',
    en: 'WeChat certification fees explained (微信认证费用说明, nrzw.com.cn, FAQ repost)',
  },
  'ch-profile': { en: 'Channels profile page (视频号主页)' },
  changeopenid: { en: 'Converting openids (转换openid changeopenid)' },
  cloudjump: { en: 'Opening a mini program from a static-site H5 page (静态网站 H5 跳小程序)' },
  'comm-onload': { zh: '读取 URL Scheme 的 query 参数（微信开放社区）' },
  'csdn-mig': {
    en: 'Official account migration steps and the openid conversion API (微信公众号迁移流程、openid转换接口, CSDN)',
  },
  csdn19: {
    en: "Code management when running a mini program's business on its behalf (代小程序实现业务之代码管理, CSDN)",
  },
  csdn25: { zh: '未认证个人账号的菜单（CSDN 镜像）' },
  dadijd: {
    en: 'How template and custom mini program development differ (模板小程序开发和定制小程序开发有哪些区别, dadijd.cn)',
  },
  dualqr: {
    en: 'One QR code that opens different content in different apps (一个二维码，不同APP扫码打开不同内容, juejin.cn)',
  },
  fastreg: {
    zh: '快速注册企业小程序（2023-12-25 的说明）',
    en: 'Fast registration of a company mini program (快速注册企业小程序, note on 2023-12-25)',
  },
  'fastreg-p': { en: 'Fast creation of a personal mini program (快速创建个人小程序)' },
  feeind: { zh: '社区回答：费率按行业设定' },
  genscheme: { en: 'Getting an encrypted URL Scheme (获取加密scheme码 generateScheme)' },
  'icp-time': { zh: '备案指引及审核时长（jj123.com.cn 转载）' },
  icp23: {
    zh: '关于开展微信小程序备案的通知（微信；2023-08-10 转载）',
    en: 'Notice on ICP filing for mini programs (关于开展微信小程序备案的通知, WeChat; repost 2023-08-10)',
  },
  interest88: {
    en: 'Mini program certification fees (小程序认证费用, interest88.com)',
  },
  ithome18: {
    en: 'Change to how many official accounts can be registered (微信公众号注册数量调整, IT Home)',
  },
  ithome23: {
    en: "Developers' customer service message quota in payment scenarios is removed (取消支付场景下开发者的客服消息下发额度, IT Home)",
  },
  'kf-admin': {
    zh: '公众号管理员信息如何填写？（kf.qq.com 常见问题）',
    en: "How to fill in an official account's admin details (公众号管理员信息如何填写？, kf.qq.com FAQ)",
  },
  'kf-msg': { en: 'Customer service messages: introduction (客服消息介绍)' },
  kfsdk: {
    zh: '获取视频号绑定状态（SDK 中的文档文本，GitHub silenceper/wechat）',
    en: 'Getting the Channels binding status (获取视频号绑定状态, doc text in an SDK, GitHub silenceper/wechat)',
  },
  kfwork: { en: 'Checking the customer service binding (查询绑定情况 getKfWorkBound)' },
  kler: {
    en: 'How to apply for a WeChat Pay merchant account (微信商户号该怎么申请, kler.cn)',
  },
  kufan19: {
    en: "Expedited review for a mini program's release (微信小程序上线加急审核, kufan.cn)",
  },
  lic22: {
    zh: '企业微信第三方应用：接口调用许可（博客园）',
    en: 'WeCom third-party apps: API call licences (企业微信第三方应用：接口调用许可, cnblogs)',
  },
  limits: { zh: '接口调用频次限制说明' },
  maincat: {
    zh: '小程序上线主营类目功能（微信团队）',
    en: 'Mini programs get the main category feature (小程序上线主营类目功能, WeChat team)',
  },
  mdxcx: {
    en: 'Store mini program user guide (门店小程序使用指南, aiyingli.com)',
  },
  mdxcx18: {
    en: 'Store mini program user guide (门店小程序使用指南, getit01.com)',
  },
  'mg-guide': { en: 'Mini game onboarding guide (小游戏接入指南)' },
  'mig-rules': {
    zh: '微信公众号账号迁移（规则副本，zhongyangkeji.com）',
    en: 'Official account migration (微信公众号账号迁移, copy of the rules, zhongyangkeji.com)',
  },
  mig17: {
    zh: '微信公众平台公测帐号迁移功能（TechWeb，经 gannan.cc 转载）',
    en: 'WeChat Official Accounts Platform tests account migration in public beta (微信公众平台公测帐号迁移功能, TechWeb via gannan.cc)',
  },
  misaka: {
    zh: '微信小程序注册、备案、发布指北（GitHub 讨论）',
    en: 'A guide to registering, filing and releasing a mini program (微信小程序注册、备案、发布指北, GitHub discussion)',
  },
  'mp-intro': { en: 'Mini program onboarding guide (小程序接入指南)' },
  nbyy: { zh: '小程序注册数量上限（nbyuyuan.net）' },
  nbyy25: {
    en: 'Mini program development costs itemised, with budgeting (小程序开发费用明细与预算解析, nbyuyuan.com)',
  },
  nctoro: {
    en: 'How a shop gets a WeChat mini program (店面怎么上微信小程序, nctoro.com)',
  },
  niaoge18: { zh: '小游戏上线（niaogebiji.com）' },
  notice22: {
    en: 'Notice of changes to the rules for generating and using mini program links (小程序链接生成与使用规则调整公告)',
  },
  notice23: { en: 'Notice of URL Scheme and URL Link improvements (URL Scheme 和 URL Link 优化公告)' },
  'ok9-25': {
    en: 'What WeChat ordering mini program systems charge (微信点餐小程序点菜系统如何收费, 9ok.com)',
  },
  opentag: { en: 'Open tags: usage notes (开放标签使用说明)' },
  'os-cat': {
    zh: '境外主体尚未开放的服务类目（微信开放社区回答）',
    en: 'Service categories not yet open to overseas entities (境外主体尚未开放的服务类目, WeChat developer community answer)',
  },
  'os-en': { zh: '非中国大陆主体的小程序注册（微信开放社区）' },
  'os-faq': {
    zh: '常见问题第一期：境外业务注册、认证相关问题（微信开放社区文章）',
    en: 'FAQ no. 1: registration and certification for overseas business (常见问题第一期：境外业务注册、认证相关问题, WeChat developer community article)',
  },
  'page-st': { zh: '监听“分享到朋友圈” Page.onShareTimeline' },
  'pay-apply': { en: 'Sub-merchant onboarding: before you start (特约商户进件 接入前准备)' },
  'pay-ents': { en: 'Basic payment permissions each entity type can apply for (各主体可申请的基础支付权限列表)' },
  'pay-mgmt': { en: 'Mini program payment management service: introduction (小程序支付管理服务介绍)' },
  'pay-mode': { en: 'Integration modes (接入模式)' },
  'pay-mp': {
    en: 'Mini program payment: quick start (小程序支付 快速开始, pay.weixin.qq.com)',
  },
  'pay-os-comm': {
    zh: '境外商户号能否共用境内商户号（微信支付社区回答）',
    en: 'Can an overseas merchant account share a mainland one? (境外商户号能否共用境内商户号, WeChat Pay community answer)',
  },
  'pay-os-faq': { zh: '支付常见问题：公众平台' },
  'pay-partner': {
    zh: '特约商户进件流程（微信支付服务商文档，转载）',
    en: 'Sub-merchant onboarding steps (特约商户进件流程, WeChat Pay partner doc, repost)',
  },
  'pay-rule': { en: 'Changing settlement rules: product introduction (修改结算规则 产品介绍)' },
  'pay-xw': { en: 'Small and micro merchants: submitting an application (小微商户 提交申请单)' },
  pcert: {
    en: 'Personal accounts can be certified and get the V badge too (个人号也能认证加 V, minapp.com)',
  },
  perm: { zh: '公众号接口权限说明' },
  phone: { en: 'Phone number quick / real-time verification components (手机号快速/实时验证组件)' },
  pja26: {
    en: 'Roughly how much it costs to build a mini program (建设一个小程序大概需要多少钱, pja.cn)',
  },
  pja26b: { zh: '开发小程序的报价（pja.cn）', en: 'Quotes for developing a mini program (开发小程序的报价, pja.cn)' },
  privacy: { en: 'Mini program privacy agreement development guide (小程序隐私协议开发指南)' },
  publish: { zh: '发布能力（“2025年7月起”的说明）', en: 'Publishing (发布能力, note "2025年7月起", from July 2025)' },
  pubvs: { zh: '社区回答：发布与群发', en: 'Community answer: publishing (发布) vs mass sending (群发)' },
  qqemail: { zh: '企业微信收费方式（qqemailbj.cn）', en: 'How WeCom charges (企业微信收费方式, qqemailbj.cn)' },
  qr: { zh: '生成带参数的二维码' },
  qrlink: {
    zh: '扫普通链接二维码打开小程序（developers.weixin.qq.com/miniprogram/introduction/qrcode；w3cschool.cn 与 CSDN 2020-08 转载）',
    en: 'Opening a mini program by scanning an ordinary link QR code (扫普通链接二维码打开小程序, developers.weixin.qq.com/miniprogram/introduction/qrcode; reposts on w3cschool.cn and CSDN 2020-08)',
  },
  'qrlink-rep': {
    zh: '扫普通链接二维码打开小程序（规则转载，segmentfault.com）',
    en: 'Opening a mini program by scanning an ordinary link QR code (扫普通链接二维码打开小程序, reposts of its rules, segmentfault.com)',
  },
  rate02: {
    zh: '特约商户0.2%进件准入行业类目（微信支付社区回答）',
    en: 'Industries admitted for sub-merchants at the 0.2% rate (特约商户0.2%进件准入行业类目, WeChat Pay community answer)',
  },
  ratenote: { zh: '微信开发笔记，微信支付部分（GitHub 上一份公开的 Markdown 文件）' },
  regrules: {
    zh: '微信公众平台运营规范：注册规范（readke.com 转载）',
    en: 'WeChat Official Accounts Platform operating rules: registration (微信公众平台运营规范：注册规范, readke.com repost)',
  },
  rename: {
    en: 'Subscription accounts renamed official accounts (订阅号更名公众号, 36Kr/Jianshi)',
  },
  reportcat: {
    zh: '关于微信小程序部分类目报备审核说明（微信；2021-07-07 转载）',
    en: 'Notes on reporting and review for some mini program categories (关于微信小程序部分类目报备审核说明, WeChat; repost 2021-07-07)',
  },
  'review-gh': { zh: '小程序审核笔记（GitHub lingziyao115/miniprogram）' },
  rules23: {
    zh: '公众平台群发规则（社区常见问题）',
    en: 'Official Accounts Platform mass-send rules (公众平台群发规则, community FAQ)',
  },
  scenes: { en: 'Scene values (场景值列表)' },
  scheme: { en: 'Getting a URL Scheme (获取 URL Scheme)' },
  'scheme-new': {
    zh: '获取 URL Scheme（现行版本：仅向非个人主体小程序开放，每天 600 万次打开；见于一份公开 GitHub 文件中的副本）',
    en: 'Getting a URL Scheme (获取 URL Scheme), current edition (open only to non-individual mini programs; 6 million opens a day), as copied in a public GitHub file',
  },
  sellerby: { zh: '微信悄然推出新规（sellerby.com）' },
  share: { en: 'Sharing to Moments (分享到朋友圈)' },
  ship: { en: 'Mini program shipping information management service (小程序发货信息管理服务)' },
  shop2020: {
    zh: '微信小店下线，升级为微信小商店（公告，jinyejixie.com 转载）',
    en: 'The old WeChat Shop closes and becomes the WeChat Mini Shop (微信小店下线，升级为微信小商店, notice, jinyejixie.com repost)',
  },
  shop2024: {
    zh: '视频号小店升级为微信小店（腾讯公告，yootq.com 转载）',
    en: 'Channels Shop becomes WeChat Shop (视频号小店升级为微信小店, Tencent notice, yootq.com repost)',
  },
  'sm-dev': { en: 'Joining the service market as a mini program development provider (小程序开发服务入驻指引)' },
  'sm-partner': { en: 'WeChat service provider platform overview (微信服务商平台概述)' },
  'store-api': { en: "Getting a shop's basic information (获取店铺基本信息)" },
  'store-cat-api': { en: 'Getting the store mini program categories (拉取门店小程序类目 getwxastorecatelist)' },
  'store-dev': { en: 'WeChat Shop: development and integration steps (微信小店 开发接入流程)' },
  'sub-batch': { en: 'Mass-send API (群发接口)' },
  'sub-guide': {
    zh: '公众号（原订阅号）开发指南',
    en: 'Official account (formerly subscription account) guide (公众号（原订阅号）)',
  },
  subpkg: { en: 'Subpackage loading (分包加载)' },
  'svc-batch': { en: 'Mass-send API (群发接口)' },
  'svc-guide': { zh: '服务号开发指南', en: 'Service account guide (服务号)' },
  tmpl: { en: 'Template messages (模板消息)' },
  'tp-2026': {
    zh: '第三方服务商API接口调整说明（微信开放社区公告）',
    en: 'Changes to APIs for third-party providers (第三方服务商API接口调整说明, WeChat developer community notice)',
  },
  'tp-auth': { en: "How to get a merchant's authorisation (如何完成商家授权)" },
  'tp-authops': { en: 'Authorisation operations (授权相关操作)' },
  'tp-authtech': { en: 'Authorisation flow: technical notes (授权流程技术说明)' },
  'tp-dev': { en: 'Mini program development by a service provider (服务商代开发小程序)' },
  'tp-intro': { en: 'Third-party platform overview (第三方平台概述)' },
  'tp-reg': { en: "Registering mini programs on a client's behalf: introduction (代注册小程序介绍)" },
  'tp-regoa': {
    en: "Fast registration of a mini program reusing an official account's entity: introduction (复用公众号主体快速注册小程序介绍)",
  },
  'tp-tmpl': { en: 'Mini program template library management (小程序模板库管理)' },
  up18: {
    zh: '订阅号升级服务号入口下线（微信团队；e-named.com 转载）',
    en: 'The entry for upgrading a subscription account to a service account is withdrawn (订阅号升级服务号入口下线, WeChat team; e-named.com repost)',
  },
  urllink: { en: 'Getting an encrypted URL Link (获取加密 URL Link)' },
  usd99: {
    en: 'Fast registration and certification of mini programs (快速注册认证小程序, wx.zhishifufei.com.cn)',
  },
  verifyicp: { en: 'Certification and ICP filing by a service provider: introduction (服务商代认证及备案介绍)' },
  vkcl: { zh: '公众号注册说明（vkcl82e.cn）', en: 'Official account registration notes (公众号注册说明, vkcl82e.cn)' },
  w1zd: { zh: 'w1zd/wechat-dev 的 README（GitHub）' },
  'wecom-cust': { zh: '获取客户列表（文档路径 96314）', en: 'Getting the customer list (获取客户列表, path 96314)' },
  'wecom-fee': {
    zh: '企业微信认证收费与年审（codetd.com 转载；wescrm.com）',
    en: 'WeCom certification fees and annual review (企业微信认证收费与年审, codetd.com repost; wescrm.com)',
  },
  'wecom-lic': {
    zh: '接口调用许可 概述（文档路径 95652、97194）',
    en: 'API call licences: overview (接口调用许可 概述, paths 95652, 97194)',
  },
  'wecom-mass': {
    zh: '创建企业群发（文档路径 92135）',
    en: 'Creating a company mass message (创建企业群发, path 92135)',
  },
  'wecom-os': {
    zh: '境外企业WeCom认证线上填写指引（wenjiangs.com 转载）',
    en: 'Online form guide for WeCom certification of overseas companies (境外企业WeCom认证线上填写指引, wenjiangs.com repost)',
  },
  'wecom-rate': { zh: '访问频率限制（文档路径 90454）', en: 'Access rate limits (访问频率限制, path 90454)' },
  'wecom-reg': {
    zh: '企业微信注册与认证（hsysdianji.com 2024-12-05；fudaoke.com）',
    en: 'WeCom registration and certification (企业微信注册与认证, hsysdianji.com 2024-12-05; fudaoke.com)',
  },
  'wecom-share': { zh: '群发给客户 wx.qy.shareToExternalContact（文档路径 96997）' },
  weiban: {
    en: 'How to certify a company on WeCom (企业微信如何进行企业认证, weibanzhushou.com)',
  },
  weike: {
    en: 'How long mini program ICP filing usually takes (小程序备案一般需要多久, weike.cc)',
  },
  'wescrm-cert': {
    en: 'WeCom certification fees (企业微信认证费用, wescrm.com)',
  },
  wescrm25: {
    en: 'WeCom fees for raising the external contact limit (企业微信外部联系人扩容收费, wescrm.com)',
  },
  wgbaba: {
    en: "Review time for an official account's first certification (微信公众号首次认证审核时间, wgbaba.com)",
  },
  wshoto: {
    en: 'How many customers WeCom lets you contact (企业微信客户联系规模, college.wshoto.com)',
  },
  wxaauth: { en: 'Mini program certification (小程序认证 wxaauth)' },
  wxacode: { zh: '获取不限制的小程序码 getUnlimitedQRCode' },
  wxb23: {
    en: 'Mini program certification becomes yearly (微信小程序认证制度重大调整：一次性认证变年审, wenxiaobai.com)',
  },
  zyj18: {
    en: 'Things to watch when registering a mini program (小程序注册注意事项, zhouyajun.cn)',
  },
};
