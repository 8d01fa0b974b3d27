/**
 * Chinese UI strings that only the library subpackage (facts, the comparison, the plan) uses: they download
 * with it, not with every cold start.
 * Every key here must exist in en.ts too (the compiler checks it). Shared strings are in domain/i18n/zh.ts.
 */
export const LIBRARY_ZH = {
  'app.version': '版本 {version}',
  'lang.zh': '中文',
  'lang.en': 'English',
  'section.definition': '是什么',
  'section.who': '谁能注册',
  'section.where': '消息出现在哪里',
  'section.quota': '群发次数',
  'section.functions': '主要功能',
  'section.beforeYouApply': '申请前须知',
  'section.certification': '微信认证',
  'section.process': '接入流程',
  'section.rules': '类目、隐私与内容规范',
  'section.notices': '模板消息与客服消息',
  'section.costs': '费用',
  'section.steps': '上线步骤',
  'section.companions': '四种之外：配套工具',
  'section.pay': '微信支付：自己接入还是请服务商',
  'section.provider': '请服务商做：费用和你仍要做的事',
  'section.providerHow': '怎么找服务商、授权和注册',
  'section.providerSteps': '服务商代做的上线步骤',
  'section.licences': '行业资质：你的类目要哪些证',
  'section.licencesMore': '医疗、金融、旅游住宿和境外的资质',
  'section.outside': '从微信外打开小程序（运营者须知）',
  'section.overseasOpen': '境外主体能开什么',
  'section.overseasMore': '境外收款、企业微信和类目',
  'section.undo': '以后不能改的事',
  'section.hintSteps': '{count} 步',
  'section.hintStepsTime': '{count} 步 · {time}',
  'section.hintItems': '{count} 条',
  'section.hintSteps.one': '{count} 步',
  'section.hintStepsTime.one': '{count} 步 · {time}',
  'section.hintItems.one': '{count} 条',
  'section.limits': '能力边界',
  'section.share': '分享与小程序码',
  'account.tags': '功能标签',
  'account.compareWith': '和其他类型对比',
  'account.plan': '上线清单：步骤、时间和费用',
  'account.findMyType': '不确定？帮我选',
  'account.allTypes': '全部账号类型',
  'fact.showSource': '来源',
  'fact.hideSource': '收起来源',
  'source.copyLink': '复制链接',
  'compare.modePair': '两种并排',
  'compare.modeAll': '四种一览',
  'compare.listAll': '四种账号逐项列出',
  'compare.listMerged': '答案相同的账号合在一行',
  'compare.onlyDifferences': '只看差异',
  'compare.pickTwo': '选两种账号，并排对比',
  'compare.pickTypes': '选两种账号并排对比',
  'compare.noDifferences': '所选账号在这些方面没有差异',
  'compare.rowsShown': '显示 {shown}/{total} 项',
  'compare.level.yes': '有',
  'compare.level.no': '没有',
  'compare.level.partial': '部分',
  'notice.unknownType': '没有找到这种账号类型',
  'notice.backHome': '返回首页',
  'about.title': '关于本指南',
  'about.intro': '本指南介绍微信的四种账号类型。内容始于 2017 年的一篇原文，已按公开来源逐条核对更新（内容第 3 版）。',
  'about.sourcesTitle': '来源',
  'about.changesTitle': '2017 年后的变化',
  'about.checkedAll': '每条内容都标有自己的最后核对日期；最近一次核对在 {date}。',
  'about.reportedNote': '标注“据报道”的内容只有媒体、代理商或转载页面支持，没有官方来源，仅供参考。',
  'about.adviceNote': '标注“建议”的是我们根据所引事实作出的推断，不是平台规则。',
  'about.disclaimer': '平台规则可能随时调整，请以微信官方说明为准。',
  'about.factCount': '{count} 条内容引用',
  'about.factCount.one': '{count} 条内容引用',
  'about.languageTitle': '语言',
  'about.versionTitle': '版本',
  'about.showMore': '再显示 {count} 条',
  'about.sourceCount': '共 {count} 个来源',
  'about.changeCount': '共 {count} 处变化',
  'share.compare': '{names}：逐项对比',
  'plan.title': '你的上线清单',
  'plan.titleShared': '朋友的上线清单',
  'plan.sameDay': '当天',
  'plan.workingDays': '{range} 个工作日',
  'plan.plusDevelopment': '{time}，另加开发时间',
  'plan.noFeeFound': '平台不收费',
  'plan.cny': '{range} 元',
  'plan.unstated': '另有 {count} 个步骤没有公开的时长',
  'plan.unstated.one': '另有 {count} 个步骤没有公开的时长',
  'plan.progress': '已完成 {done}/{total}',
  'plan.time': '多久能用',
  'plan.fees': '首年费用',
  'plan.prepare': '要准备',
  'plan.steps': '步骤',
  'plan.skipped': '不适用于你的步骤',
  'plan.details': '详情与来源',
  'plan.typical': '时间是常见情况，不作保证。',
  'plan.sharedNote': '这是朋友分享的上线清单，只能查看。',
  'plan.makeMine': '做我自己的清单',
  'plan.share': '分享清单',
  'plan.noFit': '四种账号都不太适合你的需求，所以没有上线清单。可以先看看各类型的上线步骤。',
  'plan.empty': '还没有上线清单：答几道题，就能得到你的清单。',
  'plan.unpriced': '另计，费用见各步骤：{steps}',
  'overseas.title': '境外公司或机构能开什么',
  'overseas.intro':
    '在中国大陆以外注册的公司、学校、政府或其他组织，能开的账号、认证和收款方式都和大陆主体不同。下面是各自的规则。',
  'overseas.miniprogram': '看小程序的完整介绍',
  'plan.routeTitle': '小程序怎么做出来',
  'plan.routeSelf': '自己或请人开发',
  'plan.routeProvider': '租用服务商的现成小程序',
  'plan.feeItem': '{fee}：{type} · {step}',
  'plan.path': '你的方案不是开一个账号：先注册个体工商户，再开微信小店。上线清单只列四种账号的开通步骤。',
  'plan.ticksUnread': '没能读取你之前勾选的步骤。为了不覆盖它们，这次的勾选暂不保存。',
} as const;

export type LibraryKey = keyof typeof LIBRARY_ZH;

/** A route's time, which a type page's hints say too: its English comes with the library's. */
type TimeKey = 'plan.sameDay' | 'plan.workingDays' | 'plan.plusDevelopment';

/**
 * The strings only the pages that wait for the rows show (the plan, compare, about, overseas): their English comes
 * with the steps' (domain/steps-en), so a type page's English reader does not download it before it renders.
 */
export type RowPagesKey = Exclude<
  Extract<
    LibraryKey,
    `plan.${string}` | `compare.${string}` | `about.${string}` | `overseas.${string}` | 'share.compare'
  >,
  TimeKey
>;

/** The plan's own strings among those: their English is domain/plan-en's, which an English reader's plan waits for. */
export type PlanKey = Extract<RowPagesKey, `plan.${string}`>;
