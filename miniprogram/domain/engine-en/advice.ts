/**
 * The English of recommendation/advice.ts, each under the key of its Chinese (domain/text.ts textKey), with the Chinese
 * above it.
 */
export const ADVICE_EN: Readonly<Record<string, string>> = {
  // 服务号 + 小程序：服务号用模板消息和群发触达关注者，小程序承载预约、下单和支付。
  hvawn6:
    'Service account + mini program: the service account reaches followers with template and group messages, the mini program handles bookings, orders and payment.',
  // 公众号 + 小程序：公众号每天发内容，小程序提供工具或商品。
  zvbxu5:
    'Official account + mini program: the official account publishes daily, the mini program offers the tool or the goods.',
  // 公众号 + 服务号：组织可以注册不止一个账号（企业、个体工商户或其他组织最多 2 个），一个每天发内容，一个做服务。
  '170er6s':
    'Official account + service account: organisations may register more than one (an enterprise, individual business or other organisation up to 2), one to publish daily, one to serve.',
  // 企业微信 + 服务号：企业微信连接员工，服务号服务外部客户。
  miz5gx: 'WeCom + service account: WeCom connects your staff, the service account serves outside customers.',
  // 微信小店
  pm8hu6: 'WeChat Shop (微信小店)',
  // 你想卖东西：微信小店不需要开发小程序，企业或个体工商户就能开。
  gni2cy:
    'You want to sell: a WeChat Shop (微信小店) needs no mini program, and an enterprise or individual business may open one.',
  // 视频号
  '1f4j9gd': 'Channels (视频号)',
  // 你要做内容：视频号是公众号旁边的内容渠道，个人也能开。
  '15q5eea': 'You create content: Channels is a content channel beside an official account, open to individuals too.',
  // 企业微信客户联系
  '3nh91': 'WeCom customer contact',
  // 你要服务客户：企业微信的客户联系可以在服务号的通知之外做一对一跟进。
  gg696n: "You serve customers: WeCom's customer contact adds one-to-one follow-up beside a service account's notices.",
  // 注册服务号（类型不能更改）→ 验证主体 → 微信认证（每年一次）→ 需要收款再申请微信支付商户号。
  '1yvqst6':
    'Register a service account (the type cannot be changed) → verify the entity → certify (yearly) → apply for a WeChat Pay merchant number if you need payment.',
  // 注册公众号，当天就能开始：每天可群发 1 次，发表（不推送）不限次数。
  '19yrj32':
    'Register an official account and start the same day: one group message a day, unlimited publishing without push.',
  // 几分钟就能创建企业微信；选对组织类型（之后不能更改），再验证企业、邀请员工。
  '1xnr3me':
    'Create WeCom in minutes; choose the right organisation type (it cannot be changed later), then verify and invite your staff.',
  // 注册 → 类目 → 认证 → 备案 → 开发 → 代码审核 → 发布；备案的省管局审核最长 20 个工作日，尽早开始。
  p7l0db:
    'Register → categories → certification → ICP filing → development → code review → release; the provincial filing review alone takes up to 20 working days, so start early.',
  // 先备好营业执照和行业许可证 → 选服务商 → 授权或请它代注册 → 认证和备案 → 服务商部署、提审、发布；备案的省管局审核最长 20 个工作日，尽早开始。
  '1y11rbn':
    'Have your licence and trade licence ready → choose a provider → authorise it or let it register for you → certification and ICP filing → the provider deploys, submits and releases; the provincial filing review alone takes up to 20 working days, so start early.',
  // 评估开发原生 App 的成本；可以先用小程序做一个最小可行产品验证想法。
  '109x0fy': 'Weigh the cost of a native app; you can first validate the idea with a mini program MVP.',
  // 想收款的话：先注册个体工商户，开一家微信小店（不用开发），再从公众号或视频号推广。
  '19ok2j0':
    'To take payment: register an individual business (个体工商户), open a WeChat Shop (微信小店), which needs no development, then promote it from an official account or Channels.',
  // 你需要的重度原生能力（如图片编辑、逐向导航）超出了这四种账号擅长的范围，核心功能可能需要一个原生 App。
  '10qi6op':
    'The heavy native features you need (such as image editing or turn-by-turn navigation) are beyond what these four account types do well: the core may need a native app.',
  // 微信支付需要企业或个体工商户：个人在公众号、服务号和小程序上都开不了。个体工商户算企业类主体，可以开服务号和微信支付。
  '1g6r9qc':
    'WeChat Pay needs an enterprise or an individual business: an individual cannot get it on an official account, a service account or a mini program. An individual business (个体工商户) counts as an enterprise-type entity and may open a service account and WeChat Pay.',
  // 企业号已升级为企业微信（独立的 App 和管理后台），新组织请直接用企业微信。
  '1am7eym':
    'The enterprise account was upgraded into WeCom (a separate app and console): new organisations should go to WeCom.',
  // 你的服务号消息可能被收进“服务号”消息盒子：微信自 2024 年 6 月起灰度测试，尚无来源证实 2025–2026 年已全量推出。
  h4k7ln:
    'Your messages may land in a Service accounts box (服务号): in grey test since June 2024, with no source confirming a full rollout in 2025–2026.',
};
