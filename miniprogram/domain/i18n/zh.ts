/**
 * Chinese UI strings: the reference table. Every key here must exist in en.ts too (the compiler checks it).
 * Add new keys at the end of the group they belong to; `{name}` marks a parameter for t().
 */
export const ZH = {
  'app.title': '微信账号选型指南',
  'app.subtitle': 'WeChat Account Guide',

  'home.headline': '哪种微信账号适合你？',
  'home.intro':
    '服务号、公众号（原订阅号）、企业微信（原企业号）和小程序：各自能做什么、不能做什么，一分钟帮你选出来。',
  'home.findMyType': '帮我选一选',
  'home.compareLink': '对比四种账号',
  'home.aboutLink': '来源与说明',
  'home.typesTitle': '四种账号类型',
  'home.cardWho': '谁能注册',
  'home.cardQuota': '群发',
  'home.openType': '查看{name}详情',

  'lang.label': '语言',
  'lang.switchTo': '切换到 English',
  'lang.switchAria': '切换语言',

  'page.home.title': '微信账号选型指南',
  'page.account.title': '账号详情',
  'page.compare.title': '账号对比',
  'page.quiz.title': '帮我选',
  'page.result.title': '推荐结果',
  'page.about.title': '关于与来源',
  'page.plan.title': '上线清单',
  'section.decide': '先看这几点',
  'account.analogy': '打个比方',
  'account.expandHint': '点开查看',

  'fact.changed': '2017 年后有变化',
  'fact.seedLabel': '2017 年原文',
  'fact.nowLabel': '现在',
  'fact.reported': '据报道',
  'fact.inference': '建议',
  'fact.source': '来源',
  'fact.checked': '最后核对',
  'fact.checkedOn': '最后核对：{date}',
  'source.copied': '链接已复制，可粘贴到浏览器打开',
  'source.copyFailed': '没能复制，请长按链接手动复制',
  'source.noUrl': '这份来源暂无可打开的网址',

  'step.needs': '需要准备',
  'step.time': '耗时',
  'step.fee': '费用',
  'comp.who': '谁能开通',
  'comp.how': '怎么搭配',
  'compare.dimension': '对比项',
  'compare.level.info': '说明',
  'compare.typesAria': '选择{name}进行对比',
  'notice.damagedLink': '这个链接已损坏或不完整，已为你打开首页。',
  'notice.damagedLinkTypes': '这个链接已损坏或不完整。你可以从下面的账号类型看起。',
  'notice.opening': '正在打开链接…',
  'notice.loading': '正在加载…',
  'notice.loadFailed': '这部分内容没能下载。请检查网络，再点重试。',

  'common.error': '出错了，请稍后再试',
  'notice.sourcesFailed': '来源没能下载。请检查网络，再点一次。',
  'common.retry': '重试',
  'common.back': '返回',
  'about.undated': '未注明日期',
  'about.seedLabel': '2017 年原文说',
  'about.nowLabel': '现在',

  'share.home': '服务号、公众号（原订阅号）、企业微信还是小程序？一分钟选出来',
  'share.account': '{name}：能做什么、要注意什么',
  'share.about': '微信账号选型指南：来源与说明',
  'share.plan': '我的微信上线清单：{names}',
  // quiz & result
  'quiz.progress': '第 {n}/{total} 题',
  'quiz.optional': '选填',
  'quiz.back': '上一题',
  'quiz.next': '下一题',
  'quiz.finish': '查看结果',
  'quiz.skip': '跳过',
  'quiz.startOver': '重新开始',
  'quiz.startOverTitle': '重新开始？',
  'quiz.startOverContent': '已选的答案会被清空。',
  'quiz.cancel': '取消',
  'quiz.resumed': '已恢复上次的进度，可以接着答。',
  'quiz.shareTitle': '哪种微信账号适合你？1 分钟测一测',
  'result.companions': '可以搭配',
  'result.plan': '你的上线清单',
  'result.takeQuiz': '我也测一测',
  'result.posterSave': '保存到相册',
  'result.posterClose': '关闭',
  'result.posterHint': '点击图片可以放大查看',
  'result.posterFailed': '海报生成失败，请稍后再试',
  'result.posterSaved': '已保存到相册',
  'result.saveFailed': '保存失败，请稍后再试',
  'result.albumDeniedTitle': '需要相册权限',
  'result.albumDeniedContent': '保存海报需要“添加到相册”的权限，你之前没有允许。可以在设置里打开后再保存。',
  'result.openSettings': '去设置',
  'result.damaged': '这个链接已损坏或不完整，无法显示分享的结果。你可以自己测一测。',
  'result.privacyRefusedTitle': '海报没有保存',
  'result.privacyRefusedContent': '你没有同意《用户隐私保护指引》，微信不允许保存到相册。可以再试一次。',
  'result.privacyUndeclaredTitle': '暂时无法保存',
  'result.privacyUndeclaredContent':
    '这个版本还没有在《用户隐私保护指引》里声明“写入相册”，微信不允许保存。可以打开海报，长按图片保存。',
  'result.retry': '再试一次',
  'result.openPoster': '打开海报',
  'plan.tick': '标记为已完成：{name}',
  'plan.damaged': '这个清单链接已损坏或不完整。测一测，就能得到你自己的清单。',
  'plan.saveFailed': '没能保存勾选，本次仍会显示',

  'page.overseas.title': '境外主体',
  'share.overseas': '境外公司在微信上能开什么账号',
  'home.overseasLink': '境外公司或机构：能开什么',
  'quiz.overseasLink': '在中国大陆以外注册？看看境外主体能开什么',
  'quiz.upgraded': '问卷更新了：已保留你之前的回答，新增的问题请补上。',
  'plan.ticksNotSaved': '之前的勾选还读不出来，这次先不保存',
  'quiz.progressUnread': '没能读取你之前保存的答题进度。为了不覆盖它，这次的回答暂不保存。',
  'quiz.progressCorrupt': '之前保存的答题进度已损坏，无法使用，这次从头开始。',
  'quiz.progressNotSaved': '之前的进度还读不出来，这次先不保存',
} as const;

export type StringKey = keyof typeof ZH;

/**
 * The strings only the quiz, a result and a plan show: their English comes with the questions' (domain/quiz-en), so
 * an English reader of home or a type page does not download it.
 */
export type QuizKey = Extract<StringKey, `quiz.${string}` | `result.${string}`>;
