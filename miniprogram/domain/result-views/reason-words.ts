import type { Reason } from '../recommendation/types';
import { Text, zhText } from '../text';

/**
 * What each reason says, in Chinese, by its rule's `words` key (domain/recommendation/rules/rule.ts): the rule's id,
 * or a name where several rules say the same. Only a result shows reasons, so their words download with its views,
 * not with the engine a plan waits for; the English is in domain/engine-en, by the Chinese (domain/text.ts pick).
 * test/domain/reason-words.test.ts holds every rule to an entry here and every entry to a rule. Plain strings, not
 * zhText: 85 calls would cost a result 1.2 KiB.
 */
export const REASON_WORDS: Readonly<Record<string, string>> = {
  'entity.individual.service': '你以个人身份申请，服务号只对组织（含个体工商户）开放，个人不能注册。',
  'entity.individual.enterprise': '你以个人身份申请，企业微信（原企业号）只对企业、政府、事业单位和其他组织开放。',
  'entity.individual.subscription': '公众号（原订阅号）是个人唯一能注册的公众平台账号类型。',
  'entity.individual.subscription.limit': '一个人最多只能注册 1 个公众号，想清楚再注册。',
  'entity.individual.subscription.api2025': '2025 年 7 月起，个人账号不能再用发布接口；这只涉及接口。',
  'entity.individual.miniprogram': '个人的小程序不能绑定微信支付商户号、不能用手机号组件，可选的服务类目也更少。',
  'entity.government.service': '政府机构常用服务号做服务互动，就像 12315、114 这类服务。',
  'entity.individual_business.service': '个体工商户算企业类主体，可以注册服务号并开通微信支付。',
  'entity.media.subscription': '公众号本来就是为媒体和个人传播信息设计的，像报纸杂志。',
  orgService: '你是组织，可以注册服务号。',
  orgEnterprise: '企业微信面向企业、政府、事业单位和其他组织，你可以申请。',
  fixed: '申请主体提交后不能更改，先确认用哪个主体申请。',
  serviceIrreversible: '服务号以后不能改成公众号。',
  enterpriseIrreversible: '企业微信的组织类型要和申请主体一致，选定后不能更改，需要的证明材料也更多。',
  enterpriseCosts:
    '企业微信的费用：认证 1,000 人以内每次审核 300 元，人数更多另加 2,700 元或 29,700 元，每年一次（政府和非营利组织免收）；外部联系人认证后 2,000 个免费，更多约每人每年 0.1 元。',
  mustCertify: '媒体和其他组织注册公众号或服务号必须认证（每次审核 300 元，每年一次）。',
  mustCertifyFree: '政府注册公众号或服务号必须认证，认证免费。',
  mpLaunchIndividual:
    '小程序开发完，上线前还要走完：ICP 备案（平台 1–2 个工作日 + 省管局 1–20 个工作日，建议提前 20–30 个工作日）和代码审核（通常不超过 7 个工作日）；个人认证可选，但认证前不能被搜索和分享。',
  mpLaunchOrg:
    '小程序开发完，上线前还要走完：认证（企业每年 300 元，认证前不能被搜索和分享）、ICP 备案（平台 1–2 个工作日 + 省管局 1–20 个工作日，建议提前 20–30 个工作日）和代码审核（通常不超过 7 个工作日）。',
  'entity.overseas.miniprogram': '你在境外：境外主体可以开小程序，而且不用做 ICP 备案。',
  'entity.overseas.service': '境外主体可以开服务号，中国大陆用户也能看到（海外认证每年 99 美元）。',
  'entity.overseas.subscription': '境外主体开到的是服务号，不是公众号。',
  'entity.overseas.miniprogram.pay': '在境外收微信支付要另开跨境商户号，不能用中国大陆的商户号。',
  'entity.overseas.enterprise.costs': '境外企业认证企业微信每次审核 700 元（约 99 美元），只能在电脑上办理。',
  'goals.content.subscription': '你想发布内容：公众号就是用来传播信息的，每天可以群发 1 次，发表（不推送）不限次数。',
  'goals.content.service': '服务号也能发内容，消息在多数用户的聊天列表里更显眼，但每月只能群发 4 次。',
  'goals.content.miniprogram': '小程序是不用下载的应用，不是给关注者推送文章的渠道。',
  'goals.content.enterprise': '企业微信用于内部沟通，不适合对外发布内容。',
  'goals.service.service':
    '你想服务客户：服务号专为服务互动设计，认证后可以发模板消息（支付、订单、预约通知），还有客服消息、自定义菜单和高级接口。',
  'goals.service.miniprogram': '预约、查询这类服务可以做成小程序页面，用户不用下载。',
  'goals.service.subscription': '公众号没有模板消息，服务能力不如服务号。',
  'goals.service.enterprise': '企业微信主要连接自己的员工，服务外部客户要靠客户联系功能。',
  'goals.sell.miniprogram': '你想卖东西收款：非个人主体认证后的小程序可以接入微信支付，做完整的下单流程。',
  'goals.sell.miniprogram.individual': '你想卖东西：小程序可以做商品展示页面，用户不用下载。',
  'goals.sell.service': '你想卖东西收款：服务号认证后可以申请成为微信支付商户。',
  subNoPay: '公众号不能接入微信支付，认证了也不行。',
  'goals.sell.enterprise': '企业微信面向内部协作，不是对顾客的销售渠道。',
  'goals.internal.enterprise': '你要内部沟通：企业微信连接员工、上下游伙伴和企业应用，有通讯录、审批等功能。',
  'goals.internal.service': '服务号面向公众关注者，没有内部通讯录和审批。',
  'goals.internal.subscription': '公众号是单向发布信息，不适合团队内部沟通。',
  'goals.internal.miniprogram': '小程序可以做内部工具，但通讯录和审批要自己开发。',
  'goals.tool.miniprogram': '你想做类似 App 的工具：小程序不用下载安装，适合“把事情做小”，低成本快速验证商业模式。',
  'goals.tool.service': '服务号的菜单和接口只能做简单功能，做不成完整的工具。',
  'goals.tool.subscription': '公众号用来发布信息，做不了工具。',
  'goals.tool.enterprise': '企业微信的应用面向自己的员工。',
  'frequency.daily.subscription': '你每天都要推送：公众号每个自然日可以群发 1 次（00:00 重置）。',
  'frequency.daily.service': '服务号每月只能群发 4 次，每位关注者每月最多收到 4 条，跟不上每天推送。',
  'frequency.weekly.subscription': '每周推送，公众号每天 1 次的额度绰绰有余。',
  'frequency.few_monthly.service': '每月推送几次，服务号每月 4 次够用，而且消息直接出现在多数用户的聊天列表里。',
  'frequency.few_monthly.subscription': '公众号消息收在“公众号”文件夹里，只有红点没有推送提醒，不常推送容易被忽略。',
  'frequency.rarely.service': '你很少推送，服务号每月 4 次的限制对你没有影响。',
  'frequency.rarely.subscription': '公众号的长处是每天推送，你用不上。',
  'audience.public.enterprise': '你面向公众，而企业微信（原企业号）主要连接自己的员工和伙伴，关注者要验证身份。',
  'audience.public.service': '服务号的消息出现在关注者的聊天列表里，更容易被看到。',
  'audience.staff.enterprise': '你面向自己的员工和伙伴：这正是企业微信的用途。',
  'audience.staff.service': '服务号是为公众关注者设计的，不是为内部人员。',
  'audience.staff.subscription': '公众号是向公众传播信息的，不是为内部人员。',
  'audience.staff.miniprogram': '小程序面向所有微信用户，做内部工具要自己管理谁能用。',
  'audience.both.enterprise': '企业微信连接员工，也能通过客户联系功能连接微信用户。',
  'audience.both.service': '服务号可以服务外部客户。',
  'payment.yes.service': '你需要微信支付：服务号认证后可以申请成为微信支付商户。',
  'payment.yes.service.certify':
    '微信支付要先完成微信认证（每次审核 300 元，每年一次）；认证后还能发模板消息通知客户。',
  'payment.yes.service.certify-free': '微信支付要先完成微信认证（政府免费，每年一次）；认证后还能发模板消息通知公众。',
  'payment.yes.service.individual':
    '你需要微信支付，而个人在公众号、服务号和小程序上都开不了微信支付：它需要企业或个体工商户这样的主体。',
  'payment.yes.miniprogram': '非个人主体认证后的小程序也可以接入微信支付。',
  'payment.yes.miniprogram.shipping': '卖实物的交易类小程序必须接入订单发货管理：发货信息录入前，货款一直冻结。',
  'payment.yes.miniprogram.individual':
    '你以个人身份申请：个人的小程序不能绑定微信支付商户号。微信支付需要企业或个体工商户，例如先注册个体工商户。',
  'payment.yes.subscription.individual':
    '公众号不能接入微信支付；微信支付需要企业或个体工商户，个人可以先注册个体工商户。',
  'payment.later.service': '服务号以后认证就能申请微信支付，给你留了余地。',
  'payment.later.miniprogram': '非个人主体的小程序以后认证就能接入微信支付。',
  'payment.later.subscription': '公众号以后也加不了微信支付。',
  'payment.later.subscription.migration':
    '以后想从公众号换成服务号只能走账号迁移：费用 300 元，约 7–10 天，粉丝会收到通知；从订阅号迁到服务号已不支持（政府、媒体和事业单位除外）。',
  'payment.no.subscription': '你不需要微信支付，公众号不能收款这点对你没有影响。',
  'build.own.miniprogram': '你有自己的开发人员，可以完成小程序的开发、提审和发布。',
  'build.own.service': '自己的开发人员还能用好服务号的高级接口，例如带参数二维码。',
  'build.agency.miniprogram':
    '你请外包公司开发，开发费由你付：只做展示的小程序 5,000–20,000 元，带交易的 30,000 元起。',
  'build.rent.miniprogram': '你打算租用现成的小程序：服务商用你自己的账号部署，你不用开发，按年付服务商的费用。',
  'build.unsure.miniprogram': '你还没定怎么做：小程序要有人开发，或者租用服务商的现成小程序，两条路都要付费。',
  'certify.yes.service': '你愿意认证：认证后服务号才有微信支付、模板消息和高级接口，还有官方标识。',
  certFee: '微信认证每次审核 300 元，每年一次，审核不通过不退费。',
  certFreeForGovernment: '政府机构的微信认证免费，但每年都要做。',
  'certify.no.service': '你不打算认证，而服务号的微信支付、模板消息和高级接口都要认证。',
  'certify.no.miniprogram': '你不打算认证，而小程序认证前不能被搜索、不能分享，也接不了微信支付。',
  'native.yes.miniprogram': '你需要大量原生能力（如图片编辑、导航），这超出了小程序擅长的范围。',
  'native.yes.miniprogram.native':
    '像美图秀秀、百度地图这类依赖系统和硬件接口的工具，小程序做不好，而且主包和每个分包不超过 2 MB、总计不超过 30 MB：可以先用小程序验证想法，核心功能考虑原生 App。',
};

/** A reason's words (none only for a rule without an entry, which test/domain/reason-words.test.ts rules out). */
export const reasonWords = (reason: Pick<Reason, 'words'>): Text => zhText(REASON_WORDS[reason.words] ?? '');
