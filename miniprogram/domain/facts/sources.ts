/**
 * The Sources table of CONTENT.md (edition 2), verbatim: key, title (with the site in brackets where it is not
 * an official WeChat, WeCom or WeChat Pay page) and date as written ("undated, current doc" marks official
 * docs without a date). Facts cite these keys; a test keeps this table equal to CONTENT.md's.
 */
export interface Source {
  key: string;
  title: string;
  date: string;
}

const TABLE = {
  art: { key: 'art', title: 'The original article on the four types, by @操作合作伙伴 (Qinggua Media)', date: '2017' },
  asiaict: { key: 'asiaict', title: 'Service Accounts Quietly "Transform" (asiaict.com)', date: '2024-11-21' },
  canyin: { key: 'canyin', title: '公众号发表与群发 (canyinms.com)', date: 'undated' },
  cats: { key: 'cats', title: '个人主体小程序开放的服务类目 (official page, via a 2026-10-06 note)', date: 'undated' },
  cccx: { key: 'cccx', title: 'Mini program launch history (cccx.cn)', date: 'undated' },
  certfee23: { key: 'certfee23', title: '微信认证费用说明 (nrzw.com.cn, FAQ repost)', date: '2023-05-02' },
  'ch-profile': { key: 'ch-profile', title: '视频号主页', date: 'rule 2023-12-20' },
  channels20: { key: 'channels20', title: 'WeChat Channels alpha test (technode.com)', date: '2020-01-22' },
  csdn25: { key: 'csdn25', title: 'Menus of uncertified personal accounts (CSDN mirror)', date: '2025' },
  ewpr: { key: 'ewpr', title: 'WeChat Channels (eastwestpr.com)', date: 'undated' },
  fastreg: { key: 'fastreg', title: '快速注册企业小程序, note on 2023-12-25', date: 'undated, current doc' },
  'fastreg-p': { key: 'fastreg-p', title: '快速创建个人小程序', date: 'undated, current doc' },
  feeind: { key: 'feeind', title: 'Community answer: rate set by industry', date: '2020-05-08' },
  icp23: { key: 'icp23', title: '关于开展微信小程序备案的通知 (WeChat; repost 2023-08-10)', date: '2023-08-09' },
  'icp-time': { key: 'icp-time', title: 'Filing guidance with review times (jj123.com.cn repost)', date: 'undated' },
  ithome18: { key: 'ithome18', title: '微信公众号注册数量调整 (IT之家)', date: '2018-11-16' },
  ithome23: { key: 'ithome23', title: '取消支付场景下开发者的客服消息下发额度 (IT之家)', date: '2023-05-30' },
  'kf-admin': { key: 'kf-admin', title: '公众号管理员信息如何填写？ (kf.qq.com FAQ)', date: 'undated, current doc' },
  'kf-msg': { key: 'kf-msg', title: '客服消息介绍', date: 'undated, current doc' },
  kfsdk: { key: 'kfsdk', title: '获取视频号绑定状态, doc text in an SDK (GitHub silenceper/wechat)', date: 'undated' },
  kfwork: { key: 'kfwork', title: '查询绑定情况 getKfWorkBound', date: 'undated, current doc' },
  kler: { key: 'kler', title: '微信商户号该怎么申请 (kler.cn)', date: 'undated' },
  kufan19: { key: 'kufan19', title: '微信小程序上线加急审核 (kufan.cn)', date: '2019-11-02' },
  lic22: { key: 'lic22', title: '企业微信第三方应用：接口调用许可 (cnblogs)', date: '2022-05' },
  limits: { key: 'limits', title: 'API_Call_Limits', date: 'undated, current doc' },
  maincat: { key: 'maincat', title: '小程序上线主营类目功能 (WeChat team)', date: '2022-06-01' },
  'mg-guide': { key: 'mg-guide', title: '小游戏接入指南', date: 'undated, current doc' },
  'mig-rules': {
    key: 'mig-rules',
    title: '微信公众号账号迁移, copy of the rules (zhongyangkeji.com)',
    date: 'undated',
  },
  mig17: { key: 'mig17', title: '微信公众平台公测帐号迁移功能 (TechWeb via gannan.cc)', date: '2017-03-01' },
  misaka: { key: 'misaka', title: '微信小程序注册、备案、发布指北 (GitHub discussion)', date: 'undated' },
  'mp-intro': { key: 'mp-intro', title: '小程序接入指南', date: 'undated, current doc' },
  nbyy: { key: 'nbyy', title: 'Mini program registration caps (nbyuyuan.net)', date: 'undated' },
  niaoge18: { key: 'niaoge18', title: 'Mini games launch (niaogebiji.com)', date: '2018-01-09' },
  'pay-mp': { key: 'pay-mp', title: '小程序支付 快速开始 (pay.weixin.qq.com)', date: '2025-12-08' },
  'pay-partner': { key: 'pay-partner', title: '特约商户进件流程 (WeChat Pay partner doc, repost)', date: 'undated' },
  pcert: { key: 'pcert', title: '个人号也能认证加 V (知晓程序 minapp.com)', date: '2020' },
  perm: { key: 'perm', title: 'Official account interface privileges', date: 'undated, current doc' },
  phone: { key: 'phone', title: '手机号快速/实时验证组件', date: 'fees from 2023-08-28' },
  privacy: { key: 'privacy', title: '小程序隐私协议开发指南', date: 'updated 2023-09-14' },
  publish: { key: 'publish', title: '发布能力, note "2025年7月起"', date: 'edited 2025-07-09' },
  pubvs: { key: 'pubvs', title: 'Community answer: 发布 vs 群发', date: 'undated' },
  qqemail: { key: 'qqemail', title: '企业微信收费方式 (qqemailbj.cn)', date: 'undated' },
  qr: { key: 'qr', title: 'Generating a Parametric QR Code', date: 'undated, current doc' },
  qrlink: {
    key: 'qrlink',
    title:
      '扫普通链接二维码打开小程序 (developers.weixin.qq.com/miniprogram/introduction/qrcode; reposts on w3cschool.cn and CSDN 2020-08)',
    date: 'undated, current doc',
  },
  regrules: { key: 'regrules', title: '微信公众平台运营规范：注册规范 (readke.com repost)', date: 'undated' },
  rename: { key: 'rename', title: '订阅号更名公众号 (36氪/见实)', date: '2024-11-11' },
  reportcat: {
    key: 'reportcat',
    title: '关于微信小程序部分类目报备审核说明 (WeChat; repost 2021-07-07)',
    date: '2021',
  },
  'review-gh': {
    key: 'review-gh',
    title: 'Mini program review notes (GitHub lingziyao115/miniprogram)',
    date: 'undated',
  },
  rules23: { key: 'rules23', title: '公众平台群发规则 (community FAQ)', date: 'edited 2023-05-11' },
  sellerby: { key: 'sellerby', title: 'WeChat quietly launched new regulations (sellerby.com)', date: 'undated' },
  share: { key: 'share', title: '分享到朋友圈', date: 'undated, current doc' },
  ship: { key: 'ship', title: '小程序发货信息管理服务', date: 'undated, current doc' },
  shop2020: {
    key: 'shop2020',
    title: '微信小店下线，升级为微信小商店 (notice, jinyejixie.com repost)',
    date: '2020-07-10',
  },
  shop2024: {
    key: 'shop2024',
    title: '视频号小店升级为微信小店 (Tencent notice, yootq.com repost)',
    date: '2024-08-12',
  },
  'store-api': { key: 'store-api', title: '获取店铺基本信息', date: 'undated, current doc' },
  'sub-batch': { key: 'sub-batch', title: '群发接口', date: 'undated, current doc' },
  'sub-guide': { key: 'sub-guide', title: '公众号（原订阅号） guide', date: 'undated, current doc' },
  subpkg: { key: 'subpkg', title: '分包加载', date: 'undated, current doc' },
  'svc-batch': { key: 'svc-batch', title: '群发接口', date: 'undated, current doc' },
  'svc-guide': { key: 'svc-guide', title: '服务号 guide', date: 'undated, current doc' },
  tmpl: { key: 'tmpl', title: '模板消息', date: 'undated, current doc' },
  up18: { key: 'up18', title: '订阅号升级服务号入口下线 (WeChat team; e-named.com repost)', date: '2018-12-20' },
  usd99: { key: 'usd99', title: '快速注册认证小程序 (wx.zhishifufei.com.cn)', date: 'undated' },
  verifyicp: { key: 'verifyicp', title: '服务商代认证及备案介绍', date: 'undated, current doc' },
  vkcl: { key: 'vkcl', title: '公众号注册说明 (vkcl82e.cn)', date: 'undated' },
  w1zd: { key: 'w1zd', title: 'w1zd/wechat-dev README (GitHub)', date: 'undated' },
  'wecom-cust': { key: 'wecom-cust', title: '获取客户列表 (path 96314)', date: '2025-11-17' },
  'wecom-fee': { key: 'wecom-fee', title: '企业微信认证收费与年审 (codetd.com repost; wescrm.com)', date: 'undated' },
  'wecom-lic': { key: 'wecom-lic', title: '接口调用许可 概述 (paths 95652, 97194)', date: '2023-08-04' },
  'wecom-mass': { key: 'wecom-mass', title: '创建企业群发 (path 92135)', date: '2025-11-17' },
  'wecom-rate': { key: 'wecom-rate', title: '访问频率限制 (path 90454)', date: '2023-08-28' },
  'wecom-reg': { key: 'wecom-reg', title: '企业微信注册与认证 (hsysdianji.com 2024-12-05; fudaoke.com)', date: '2024' },
  'wecom-share': { key: 'wecom-share', title: 'wx.qy.shareToExternalContact (path 96997)', date: '2025-07-11' },
  weiban: { key: 'weiban', title: '企业微信如何进行企业认证 (weibanzhushou.com)', date: 'undated' },
  weike: { key: 'weike', title: '小程序备案一般需要多久 (weike.cc)', date: 'undated' },
  wescrm25: { key: 'wescrm25', title: '企业微信外部联系人扩容收费 (wescrm.com)', date: '2025-11-06' },
  wgbaba: { key: 'wgbaba', title: '微信公众号首次认证审核时间 (wgbaba.com)', date: 'undated' },
  ws: { key: 'ws', title: 'WeChat Subscription vs. Service Account (wechatwiki.com)', date: 'undated' },
  wxaauth: { key: 'wxaauth', title: '小程序认证 wxaauth', date: 'undated, current doc' },
  wxacode: { key: 'wxacode', title: 'getUnlimitedQRCode', date: 'undated, current doc' },
  wxb23: { key: 'wxb23', title: '微信小程序认证制度重大调整：一次性认证变年审 (wenxiaobai.com)', date: '2023' },
  zyj18: { key: 'zyj18', title: '小程序注册注意事项 (zhouyajun.cn)', date: '2018-07-11' },
} as const;

export type SourceKey = keyof typeof TABLE;

export const SOURCES: Readonly<Record<SourceKey, Source>> = TABLE;

export const SOURCE_KEYS = Object.keys(SOURCES) as SourceKey[];

/** The 2017 article the guide started from. */
export const ARTICLE_KEY: SourceKey = 'art';
