import { ARTICLE, LAUNCH_REPORTS, MP_DOCS, SUBPACKAGE_DOCS, WXACODE_DOCS } from './sources';
import { CHECKED, Fact } from './types';

const DEFINITION = {
  zh: '一种不需要下载安装即可使用的应用；开发者可基于平台能力快速开发。',
  en: "An application used without downloading or installing; developers build quickly on the platform's capabilities.",
};
const PROCESS = {
  zh: '1 在微信公众平台注册；2 完善信息（名称、头像、介绍、服务范围）；3 开发：绑定开发者、配置、下载微信开发者工具、阅读开发文档；4 提交代码审核；5 审核通过后发布。',
  en: '1 Register on the WeChat Official Accounts Platform; 2 complete information (name, avatar, introduction, service scope); 3 develop: bind developers, configure, download WeChat DevTools, read the docs; 4 submit the code for review; 5 release after approval.',
};
const LIMITS_ADVICE = {
  zh: '需要原生系统和硬件接口的工具（如美图秀秀、百度地图）超出了小程序擅长的范围。小程序适合“做小”：用 MVP 低成本、快速地验证商业模式。',
  en: 'Tools that need native OS and hardware interfaces (e.g. Meitu XiuXiu, Baidu Maps) are beyond what mini programs do well. Suited to "making things small": an MVP to validate a business model cheaply and fast.',
};

/** The five access steps of mp.process, one per line for the step list. */
export const MINIPROGRAM_STEPS = [
  { zh: '在微信公众平台注册', en: 'Register on the WeChat Official Accounts Platform' },
  { zh: '完善信息：名称、头像、介绍、服务范围', en: 'Complete information: name, avatar, introduction, service scope' },
  {
    zh: '开发：绑定开发者、配置、下载微信开发者工具、阅读开发文档',
    en: 'Develop: bind developers, configure, download WeChat DevTools, read the docs',
  },
  { zh: '提交代码审核', en: 'Submit the code for review' },
  { zh: '审核通过后发布', en: 'Release after approval' },
] as const;

/** CONTENT.md "Mini program (小程序)". */
export const MINIPROGRAM_FACTS: readonly Fact[] = [
  {
    id: 'mp.definition',
    seed: DEFINITION,
    now: DEFINITION, // "Same."
    changed: false,
    reported: false,
    sources: [ARTICLE],
    checked: CHECKED,
  },
  {
    id: 'mp.who',
    seed: { zh: '个人、企业、政府、媒体和其他组织。', en: 'Individuals, enterprises, governments, media and other organisations.' },
    now: {
      zh: '个人、企业、政府、媒体和其他组织均可；但个人的小程序不能使用微信支付，且据报道仅限部分服务类目。',
      en: "Individuals, enterprises, governments, media and other organisations, but an individual's mini program cannot use WeChat Pay and is reportedly limited to certain service categories.",
    },
    changed: false,
    reported: true,
    sources: [ARTICLE],
    checked: CHECKED,
  },
  {
    id: 'mp.process',
    seed: PROCESS,
    now: PROCESS, // "Same five steps."
    changed: false,
    reported: false,
    sources: [ARTICLE],
    checked: CHECKED,
  },
  {
    id: 'mp.beta',
    seed: { zh: '公测期间不能发布。', en: 'Cannot be released during the public beta.' },
    now: {
      zh: '小程序于 2017-01-09 正式上线，公测随之结束；审核通过后即可发布。',
      en: 'The public beta ended when mini programs launched on 2017-01-09; releases follow review.',
    },
    changed: true,
    reported: false,
    sources: [ARTICLE, LAUNCH_REPORTS],
    checked: CHECKED,
  },
  {
    id: 'mp.rules',
    seed: {
      zh: '不得包含小游戏、测试内容或营销广告内容（空白广告位、招商广告）；不得有悬浮广告。',
      en: 'Must not contain mini-games, test content, or marketing/advertising content (blank ad spaces, investment ads); no floating ads.',
    },
    now: {
      zh: '部分变化：小游戏于 2017 年 12 月成为独立类目（小游戏）；测试内容和不合规广告在审核中仍会被驳回。',
      en: 'Changed in part: mini games became their own category in December 2017 (小游戏); test content and non-compliant ads are still rejected in review.',
    },
    changed: true,
    reported: false,
    sources: [ARTICLE],
    checked: CHECKED,
  },
  {
    id: 'mp.limits',
    seed: LIMITS_ADVICE,
    now: {
      zh: `${LIMITS_ADVICE.zh}包大小限制：主包和每个分包最大 2 MB；所有分包合计 20–30 MB（视帐号而定）。`,
      en: `${LIMITS_ADVICE.en} Package limits: main package and each subpackage at most 2 MB; all packages together 20–30 MB depending on account.`,
    },
    changed: false,
    reported: false,
    sources: [ARTICLE, SUBPACKAGE_DOCS],
    checked: CHECKED,
  },
  {
    id: 'mp.share',
    seed: null,
    now: {
      zh: '用 onShareAppMessage 分享到聊天（可自定义标题、路径和 5:4 的图片）；用 onShareTimeline 分享到朋友圈（需较新的基础库，并非所有平台都支持）。',
      en: 'Share to a chat with onShareAppMessage (custom title, path, image at 5:4); share to Moments with onShareTimeline (newer base libraries; not on every platform).',
    },
    changed: false,
    reported: false,
    sources: [MP_DOCS],
    checked: CHECKED,
  },
  {
    id: 'mp.code',
    seed: null,
    now: {
      zh: "不限数量的小程序码（getUnlimited）携带的 scene 最多 32 个可见字符：数字、字母和 !#$&'()*+,/:;=?@-._~；其他字符须由应用自行编码。",
      en: "Unlimited mini program codes (getUnlimited) carry a scene of at most 32 visible characters: digits, letters and !#$&'()*+,/:;=?@-._~; other characters must be encoded by the app.",
    },
    changed: false,
    reported: false,
    sources: [WXACODE_DOCS],
    checked: CHECKED,
  },
];
