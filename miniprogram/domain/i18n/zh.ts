/**
 * Chinese UI strings: the reference table. Every key here must exist in en.ts too (the compiler checks it).
 * Add new keys at the end of the group they belong to; `{name}` marks a parameter for t().
 */
export const ZH = {
  'app.title': '微信账号选型指南',
  'app.subtitle': 'WeChat Account Guide',
  'app.version': '版本 {version}',

  'home.headline': '哪种微信账号适合你？',
  'home.intro': '服务号、订阅号、企业微信（原企业号）和小程序：各自能做什么、不能做什么，一分钟帮你选出来。',
  'home.findMyType': '帮我选一选',
  'home.compareLink': '对比四种账号',
  'home.aboutLink': '来源与说明',
  'home.typesTitle': '四种账号类型',

  'lang.label': '语言',
  'lang.zh': '中文',
  'lang.en': 'English',
  'lang.switchTo': '切换到 English',

  'page.home.title': '微信账号选型指南',
  'page.account.title': '账号详情',
  'page.compare.title': '账号对比',
  'page.quiz.title': '帮我选',
  'page.result.title': '推荐结果',
  'page.about.title': '关于与来源',

  'section.definition': '是什么',
  'section.who': '谁能注册',
  'section.where': '消息出现在哪里',
  'section.quota': '群发次数',
  'section.functions': '主要功能',
  'section.beforeYouApply': '申请前须知',
  'section.certification': '微信认证',
  'section.process': '接入流程',
  'section.rules': '内容规范',
  'section.limits': '能力边界',
  'section.share': '分享与小程序码',
  'section.warnings': '注意：这些选择无法撤销',
  'account.analogy': '打个比方',
  'account.tags': '功能标签',
  'account.steps': '接入步骤',
  'account.compareWith': '和其他类型对比',
  'account.findMyType': '不确定？帮我选',

  'fact.changed': '2017 年后有变化',
  'fact.seedLabel': '2017 年原文',
  'fact.nowLabel': '现在',
  'fact.reported': '据报道',
  'fact.source': '来源',
  'fact.checked': '最后核对',
  'fact.checkedOn': '最后核对：{date}',

  'compare.onlyDifferences': '只看差异',
  'compare.pickTwo': '请至少选择两种账号进行对比',
  'compare.pickTypes': '选择要对比的账号',
  'compare.noDifferences': '所选账号在这些方面没有差异',
  'compare.rowsShown': '显示 {shown}/{total} 项',
  'compare.dimension': '对比项',
  'compare.level.yes': '有',
  'compare.level.no': '没有',
  'compare.level.partial': '部分',
  'compare.level.info': '说明',

  'notice.unknownType': '没有找到这种账号类型',
  'notice.damagedLink': '这个链接已损坏或不完整，已为你打开首页。',
  'notice.backHome': '返回首页',

  'common.loading': '加载中…',
  'common.error': '出错了，请稍后再试',
  'common.retry': '重试',
  'common.back': '返回',

  'about.title': '关于本指南',
  'about.intro': '本指南介绍微信公众平台的四种账号类型。内容始于 2017 年的一篇原文，并已按公开来源逐条核对更新。',
  'about.sourcesTitle': '来源',
  'about.changesTitle': '2017 年后的变化',
  'about.checkedAll': '所有内容最后核对于 {date}',
  'about.reportedNote': '标注“据报道”的内容尚未核实，仅供参考。',
  'about.disclaimer': '平台规则可能随时调整，请以微信官方说明为准。',
  'about.factCount': '{count} 条事实',
  'about.languageTitle': '语言',
  'about.versionTitle': '版本',
} as const;

export type StringKey = keyof typeof ZH;
