/**
 * The end-to-end journeys, replayed by the browser preview driver (`npm run test:e2e`, preview/e2e/run.js)
 * and by the WeChat DevTools driver. Add a journey by appending to `journeys`; the step format is in
 * ./journey.ts. Tap by the text a user sees (or an aria-label), expect text a user reads.
 */
import { QUESTIONS } from '../../miniprogram/domain/quiz/questionnaire';
import { Journey, Step } from './journey';

export const HOME = 'pages/home/home';

/** The four account types as the home page names them. */
export const ACCOUNT_TYPE_NAMES = ['服务号', '公众号（原订阅号）', '企业微信（原企业号）', '小程序'] as const;

const expectAll = (texts: readonly string[]): Step[] => texts.map((expectText) => ({ expectText }));

export const QUIZ = 'pages/quiz/quiz';
export const RESULT = 'pages/result/result';
export const PLAN = 'pages/plan/plan';

/** Skips an optional question (the trade) instead of answering it. */
const SKIP = null;

/**
 * Answers one quiz step per label; SKIP skips. A single choice moves on by itself (the last one opens the result);
 * the multiple-choice question waits for "next".
 */
const answerQuiz = (labels: readonly (string | null)[]): Step[] =>
  labels.flatMap((label, i): Step[] =>
    label === SKIP ? [{ tap: '跳过' }] : QUESTIONS[i].multi ? [{ tap: label }, { tap: '下一题' }] : [{ tap: label }],
  );

/**
 * CONTENT.md persona P1: an individual blogger who publishes daily, no payment, not sure how anything would be
 * built (v2 of the quiz: entity, goals, trade skipped, frequency, audience, payment, build, certify, native).
 */
const BLOGGER = ['个人', '发布内容', SKIP, '每天', '公众和客户', '不需要', '还不确定', '不愿意', '不需要'];
/** BLOGGER's answers as a share code (version 2). */
const BLOGGER_CODE = '25K0uq';
/** The same blogger's link from before the quiz changed (version 1: "no developer"): it must keep opening. */
const BLOGGER_V1_CODE = '10OwC6';
/** A share code with its last character changed: a tampered link. */
const tamper = (code: string): string => code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A');

export const journeys: Journey[] = [
  {
    name: 'home lists the four account types',
    steps: [
      { open: HOME },
      { expectPage: HOME },
      { expectText: '哪种微信账号适合你？' },
      ...expectAll(ACCOUNT_TYPE_NAMES),
      { screenshot: 'home' },
    ],
  },
  {
    name: 'a type card opens its detail page, which leads to the comparison',
    steps: [
      { open: HOME },
      { tap: '服务号' },
      { expectPage: 'pages/account/account' },
      { expectText: '打个比方' },
      { expectText: '先看这几点' },
      { expectText: '不能改为公众号' },
      { screenshot: 'account-service' },
      { tap: '和其他类型对比' },
      { expectPage: 'pages/compare/compare' },
      { expectText: '四种账号逐项列出' },
      { expectText: '未认证能否被搜到、被分享' },
      { expectText: '上线前要做什么' },
      { expectText: '每年费用' },
      { screenshot: 'compare-all' },
      { tap: '两种并排' },
      { expectText: '选两种账号，并排对比' },
      { tap: '服务号' },
      { tap: '小程序' },
      { expectText: '显示 12/12 项' },
      { screenshot: 'compare' },
    ],
  },
  {
    name: 'the language switch turns the home page into English',
    steps: [
      { open: HOME },
      { tap: '切换语言' },
      { expectText: 'Find my type' },
      { expectText: 'Service account' },
      { expectNoText: '帮我选一选' },
    ],
  },
  {
    name: "a type page shows its head before its rows; when they do not download, the section's retry brings them",
    steps: [
      { open: 'pages/account/account', query: { type: 'service' }, preview: { _fail: 'domain/facts' } },
      { expectText: '先看这几点' },
      { expectText: '这部分内容没能下载。请检查网络，再点重试。' },
      { screenshot: 'account-rows-failed' },
      { tap: '重试' },
      { expectText: '为企业和组织提供业务服务和用户管理，以服务交互为主' },
      { expectNoText: '这部分内容没能下载。请检查网络，再点重试。' },
    ],
  },
  {
    name: 'a plan link opens whole without the facts of the types, and a step shows its sources',
    steps: [
      { open: 'pages/plan/plan', query: { type: 'service' }, preview: { _fail: 'domain/facts' } },
      { expectText: '注册，选择“服务号”（不能更改），登记信息' },
      { expectText: '首年费用' },
      { expectNoText: '这部分内容没能下载。请检查网络，再点重试。' },
      { tap: 'ⓘ 详情与来源' },
      { expectText: '最后核对' },
    ],
  },
  {
    name: 'a damaged QR scene shows a notice and the normal home page',
    steps: [
      { open: HOME, query: { scene: 'r=ZZZ' } },
      { expectText: '这个链接已损坏或不完整' },
      ...expectAll(ACCOUNT_TYPE_NAMES),
    ],
  },
  {
    name: 'an unknown account type shows a notice and the list of types',
    steps: [
      { open: 'pages/account/account', query: { type: 'bogus' } },
      { expectText: '没有找到这种账号类型' },
      ...expectAll(ACCOUNT_TYPE_NAMES),
    ],
  },
  {
    name: 'a type scene opens that type directly',
    steps: [
      { open: HOME, query: { scene: 't=miniprogram' } },
      { expectPage: 'pages/account/account' },
      { expectText: '先看这几点' },
      { expectText: '要开发，并通过代码审核' },
      { expectText: '省管局 1–20 个工作日' },
      { screenshot: 'account-miniprogram' },
    ],
  },
  {
    name: 'the quiz recommends a type and the shared link reopens the same result',
    steps: [
      { open: HOME },
      { tap: '帮我选一选' },
      { expectPage: QUIZ },
      { expectText: '第 1/9 题' },
      { screenshot: 'quiz' },
      ...answerQuiz(BLOGGER),
      { expectPage: RESULT },
      { expectText: '推荐你开通' },
      { expectText: '公众号（原订阅号）' },
      { expectText: '匹配度 77/100' },
      { screenshot: 'result' },
      { openSharePath: true },
      { expectPage: RESULT },
      { expectText: '这是朋友分享给你的结果' },
      { expectText: '匹配度 77/100' },
      { expectText: '我也测一测' },
      { screenshot: 'result-shared' },
    ],
  },
  {
    name: 'leaving the quiz and coming back resumes where the user was',
    steps: [
      { open: QUIZ },
      { tap: '企业' },
      { expectText: '你想用微信做什么？' },
      { open: QUIZ },
      { expectText: '已恢复上次的进度' },
      { expectText: '第 2/9 题' },
      { tap: '上一题' },
      { expectText: '谁来申请？' },
    ],
  },
  {
    name: 'a result opened from Moments (single-page mode) reads whole and offers no action that cannot work',
    steps: [
      { open: RESULT, query: { a: BLOGGER_CODE, _scene: '1154' } },
      { expectText: '公众号（原订阅号）' },
      { expectText: '匹配度 77/100' },
      { expectText: '在小程序里打开，测一测自己的结果' },
      { expectNoText: '生成海报' },
      { expectNoText: '查看上线清单' },
      { screenshot: 'result-moments' },
    ],
  },
  {
    name: 'a result link shared before edition 2 (and one before the quiz changed) still opens its result',
    steps: [
      { open: RESULT, query: { a: '10uiKQ' } },
      { expectText: '这是朋友分享给你的结果' },
      { expectText: '你的方案' },
      { expectText: '这个结果来自旧版问卷' },
      { screenshot: 'result-old-link' },
      { open: RESULT, query: { a: BLOGGER_V1_CODE } },
      { expectText: '公众号（原订阅号）' },
      { expectText: '这个结果来自旧版问卷' },
    ],
  },
  {
    name: "a poster's QR code, scanned from its pixels, opens the same result on another phone",
    steps: [
      { open: HOME },
      { tap: '帮我选一选' },
      ...answerQuiz(BLOGGER),
      { expectPage: RESULT },
      { expectText: '公众号（原订阅号）' },
      { expectText: '匹配度 77/100' },
      { tap: '生成海报' },
      { expectText: '保存到相册' },
      { screenshot: 'poster-layer' },
      { scanPoster: 'poster-zh' },
      // The preview plays WeChat's link rule: home opens with q = the link, then the result it names.
      { expectPage: RESULT },
      { expectText: '这是朋友分享给你的结果' },
      { expectText: '公众号（原订阅号）' },
      { expectText: '匹配度 77/100' },
      { screenshot: 'scanned-result' },
    ],
  },
  {
    name: 'an English poster carries the same kind of code, and it opens the result too',
    steps: [
      { open: RESULT, query: { a: BLOGGER_CODE, own: '1', _lang: 'en_US' } },
      { expectText: 'Official account (formerly subscription account)' },
      { expectText: 'Fit 77/100' },
      { tap: 'Make a poster' },
      { expectText: 'Save to album' },
      { scanPoster: 'poster-en' },
      { expectPage: RESULT },
      { expectText: '公众号（原订阅号）' },
      { expectText: '匹配度 77/100' },
    ],
  },
  {
    name: "a poster scanned with a phone's camera opens the web page: the same setup and score, and open in WeChat",
    steps: [
      { open: RESULT, query: { a: BLOGGER_CODE, own: '1' } },
      { expectText: '匹配度 77/100' },
      { tap: '生成海报' },
      { expectText: '保存到相册' },
      // The driver compares the web page's setup and score with the ones the result page shows here.
      { cameraScan: 'poster-camera' },
      { expectText: '公众号（原订阅号）' },
      { expectText: '匹配度 77/100' },
      { expectText: '这是朋友分享给你的结果' },
      { expectScheme: { path: RESULT, query: `a=${BLOGGER_CODE}` } },
      { expectRequests: 1 },
      { screenshot: 'web-result-zh' },
      { tap: '切换到 English' },
      { expectText: 'Fit 77/100' },
      { expectText: 'Open in WeChat' },
      { screenshot: 'web-result-en' },
      { tap: '切换到中文' },
      { expectText: '在微信中打开' },
    ],
  },
  {
    name: 'the web page answers every link the app prints, and a tampered or unknown one with the notice',
    steps: [
      { openWeb: `p/${BLOGGER_CODE}` },
      { expectText: '朋友的上线清单' },
      { expectText: '多久能用' },
      { expectScheme: { path: PLAN, query: `a=${BLOGGER_CODE}` } },
      { openWeb: 't/service' },
      { expectText: '不能改为公众号' },
      { expectScheme: { path: 'pages/account/account', query: 'type=service' } },
      { openWeb: 'r/10uiKQ' },
      { expectText: '这个结果来自旧版问卷' },
      { expectScheme: { path: RESULT, query: 'a=10uiKQ' } },
      { openWeb: `r/${tamper(BLOGGER_CODE)}` },
      { expectText: '这个链接已损坏或不完整，无法显示分享的结果' },
      { expectText: '四种账号类型' },
      { expectNoText: '匹配度' },
      { expectScheme: { path: HOME, query: '' } },
      { openWeb: `p/${BLOGGER_CODE.slice(0, 4)}` },
      { expectText: '这个清单链接已损坏或不完整' },
      { openWeb: 't/wechat' },
      { expectText: '这个链接已损坏或不完整。你可以从下面的账号类型看起' },
      { openWeb: 'x/y/z' },
      { expectText: '这个链接已损坏或不完整' },
      { openWeb: '' },
      { expectText: '哪种微信账号适合你？' },
      { expectNoText: '已损坏' },
    ],
  },
  {
    name: 'quiz → result → launch plan: ticks two steps, and they are still there when the app is opened again',
    steps: [
      { open: HOME },
      { tap: '帮我选一选' },
      ...answerQuiz(BLOGGER),
      { expectPage: RESULT },
      { tap: '你的上线清单' },
      { expectPage: PLAN },
      { expectText: '多久能用' },
      { expectText: '已完成 0/3' },
      { tap: '信息登记' },
      { tap: '开始使用' },
      { expectText: '已完成 2/3' },
      { screenshot: 'plan-ticked' },
      // Opened again from scratch in the same phone: the ticks come from storage.
      { open: PLAN, query: { a: BLOGGER_CODE, own: '1' } },
      { expectText: '已完成 2/3' },
    ],
  },
  {
    name: "a friend's launch plan opens read-only and can be made one's own",
    steps: [
      { open: PLAN, query: { a: BLOGGER_CODE, own: '1' } },
      { tap: '信息登记' },
      { expectText: '已完成 1/3' },
      { openSharePath: true },
      { expectPage: PLAN },
      { expectText: '这是朋友分享的上线清单，只能查看。' },
      { expectText: '已完成 0/3' },
      { screenshot: 'plan-friend' },
      { tap: '做我自己的清单' },
      { expectPage: PLAN },
      { expectText: '你的上线清单' },
      { expectNoText: '只能查看' },
    ],
  },
  {
    name: "a type page opens that type's generic launch plan",
    steps: [
      { open: 'pages/account/account', query: { type: 'miniprogram' } },
      { tap: '上线清单：步骤、时间和费用' },
      { expectPage: PLAN },
      { expectText: '小程序' },
      { expectText: '2–35 个工作日，另加开发时间' },
      { screenshot: 'plan-type-zh-light-375' },
      { open: PLAN, query: { type: 'miniprogram', _lang: 'en_US', _theme: 'dark', _width: '320' } },
      { expectText: 'Your launch plan' },
      { screenshot: 'plan-type-en-dark-320' },
      { open: PLAN, query: { a: '2AkO3W', own: '1', _lang: 'en_US', _theme: 'light', _width: '375' } },
      { expectText: 'Mini program + Service account' },
      { screenshot: 'plan-p2-en-light-375' },
      { open: PLAN, query: { a: '2AkO3W', own: '1', _lang: 'zh_CN', _theme: 'dark', _width: '320' } },
      { expectText: '小程序 + 服务号' },
      { screenshot: 'plan-p2-zh-dark-320' },
    ],
  },
  {
    name: 'a tampered result link shows a notice and a way to start',
    steps: [
      { open: RESULT, query: { a: '10uiKX' } },
      { expectText: '这个链接已损坏或不完整' },
      { tap: '我也测一测' },
      { expectPage: QUIZ },
    ],
  },
  {
    name: 'the mini program page offers the provider route with its reported costs, and the catering licence',
    steps: [
      { open: 'pages/account/account', query: { type: 'miniprogram' } },
      // A closed section's head reads its title and what is inside.
      { tap: '请服务商做：费用和你仍要做的事 5 条' },
      { expectText: '你不用自己开发' },
      { expectText: '每年 2,000–8,000 元' },
      { expectText: '据报道' },
      { expectText: '有了服务商，这些仍由你自己负责' },
      { screenshot: 'account-miniprogram-provider' },
      { tap: '行业资质：你的类目要哪些证 5 条' },
      { expectText: '开餐馆做点餐、外卖（自己的门店）：需要食品经营许可证' },
      { screenshot: 'account-miniprogram-licences' },
      { open: 'pages/account/account', query: { type: 'miniprogram', _lang: 'en_US', _theme: 'dark', _width: '320' } },
      { tap: 'Have a provider build it: costs and what stays yours 5 notes' },
      { expectText: '2,000–8,000 CNY a year' },
      { screenshot: 'account-miniprogram-provider-en-dark-320' },
    ],
  },
  {
    name: "a fact's source shows its address and copies it",
    steps: [
      { open: 'pages/account/account', query: { type: 'service' } },
      // The line that decides whether the type can change later: its ⓘ opens the sources behind it.
      { tap: '以后能否改类型 · 来源' },
      { expectText: 'http://www.zhongyangkeji.com/89.html' },
      { expectText: '这份来源暂无可打开的网址' },
      { tap: '复制链接' },
      { expectText: '链接已复制，可粘贴到浏览器打开' },
      { screenshot: 'source-drawer' },
    ],
  },
  {
    name: 'an overseas company finds what it can open, from home and from the quiz',
    steps: [
      { open: HOME },
      { tap: '境外公司或机构：能开什么' },
      { expectPage: 'pages/overseas/overseas' },
      { expectText: '境外主体可以开小程序，而且不用做 ICP 备案' },
      { screenshot: 'overseas' },
      { open: QUIZ },
      { tap: '在中国大陆以外注册？看看境外主体能开什么 ›' },
      { expectPage: 'pages/overseas/overseas' },
    ],
  },
  {
    name: "a mini program's launch plan switches to the provider route",
    steps: [
      { open: PLAN, query: { type: 'miniprogram' } },
      { tap: '租用服务商的现成小程序' },
      { expectPage: PLAN },
      { expectText: '选择服务商' },
      { expectText: '已完成 0/6' },
      { screenshot: 'plan-provider' },
    ],
  },
  {
    name: 'a restaurant without developers gets the provider setup, its licence and a first year in parts',
    steps: [
      // CONTENT.md P9: 个体工商户, online ordering and WeChat Pay, rents a ready-made one, notices a few times a month.
      { open: RESULT, query: { a: '2G92ma', own: '1' } },
      { expectText: '小程序（租用服务商的现成点餐小程序） + 服务号（可选，发通知）' },
      { expectText: '做点餐、外卖的小程序，要有食品经营许可证。' },
      { expectText: '匹配度 69/100' },
      { screenshot: 'result-p9-zh' },
      { tap: '你的上线清单' },
      { expectPage: PLAN },
      { expectText: '2,000–20,000 元：小程序 · 选择服务商' },
      { expectText: '先有主体和行业许可证' },
      { screenshot: 'plan-p9-zh' },
      { open: RESULT, query: { a: '2G92ma', own: '1', _lang: 'en_US', _theme: 'dark', _width: '320' } },
      { expectText: "Mini program (a provider's ready-made ordering mini program, rented)" },
      { screenshot: 'result-p9-en-dark-320' },
    ],
  },
  {
    name: 'an individual who wants to sell gets the path, not a type, and no launch plan',
    steps: [
      { open: RESULT, query: { a: '25oiKA', own: '1' } },
      { expectText: '先注册个体工商户，再开微信小店（不用小程序），用公众号或视频号推广' },
      { expectText: '你是个人，在任何账号上都开不了微信支付' },
      { expectNoText: '推荐你开通' },
      { screenshot: 'result-p5-zh' },
      { open: RESULT, query: { a: '25oiKA', own: '1', _lang: 'en_US' } },
      { expectText: 'Register as an individual business (个体工商户)' },
      { screenshot: 'result-p5-en' },
    ],
  },
  {
    name: 'an overseas company gets an overseas service account or a mini program without ICP filing',
    steps: [
      { open: RESULT, query: { a: '2aiz2Y', own: '1' } },
      { expectText: '服务号或小程序（不用 ICP 备案）' },
      { screenshot: 'result-p10-zh' },
      { tap: '你的上线清单' },
      { expectPage: PLAN },
      { expectNoText: 'ICP 备案' },
      { screenshot: 'plan-p10-zh' },
      { open: RESULT, query: { a: '2aiz2Y', own: '1', _lang: 'en_US', _width: '320' } },
      { expectText: 'Service account or Mini program (no ICP filing)' },
      { screenshot: 'result-p10-en-320' },
    ],
  },
];
