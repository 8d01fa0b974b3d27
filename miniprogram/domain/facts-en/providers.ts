/**
 * The English of facts/providers.ts, each under the key of its Chinese (domain/text.ts textKey), with the Chinese above it.
 */
export const PROVIDERS_EN: Readonly<Record<string, string>> = {
  // 你不用自己开发：服务商（第三方平台）可以在你授权后，用你自己的账号替你注册、开发和运营小程序。服务商是通过认证的开发者，在微信开放平台上运营第三方平台，替你调用官方接口：运营公众号、注册小程序、开发小程序，以及提供行业解决方案。你可以一键授权一个或多个服务商。
  '6oimlw':
    'You do not need your own developers: once you authorise it, a service provider, also called a third-party platform (第三方平台), can register, develop and run your mini program under your own account. The provider is a verified developer that runs a third-party platform on the WeChat Open Platform (微信开放平台) and works the official APIs for you: running your official account, registering mini programs, developing them, and industry solutions. You can authorise one or more providers with one click.',
  // 到微信的服务市场找服务商：其中的“小程序开发专区”按行业列出现成的 SaaS 小程序。能在那里上架的服务商必须是通过认证的第三方平台，在该行业至少有 5 个已上线的案例，并有管理后台和客服人员。旧服务市场里给服务商用的功能已迁到微信服务商平台。开微信小店的话，小店后台有自己的工具市场（服务市场 > 经营工具）。
  '1g5aeae':
    "Look for a provider in WeChat's service market (服务市场): its mini program development section (小程序开发专区) lists ready-made SaaS mini programs by industry. A provider listed there must be a verified third-party platform with at least 5 live cases in that industry, a management backend and support staff. The provider functions of the old service market moved to the WeChat Service Provider Platform (微信服务商平台). A WeChat Shop (微信小店) has its own tool market in its backend: Service market > Business tools (服务市场 > 经营工具).",
  // 授权一个服务商，只要你的管理员扫码确认：服务商发来授权链接或二维码，管理员扫码、选择账号，再确认要授予的权限集（管理员可以修改）。一个账号最多可同时授权给 15 个服务商，但互斥的权限集只能给其中一个。只有你自己能终止授权：小程序在“设置 > 第三方设置”里操作（管理授权 / 解除授权）。
  '1dnx692':
    'To authorise a provider, your admin only has to scan and confirm: the provider sends an authorisation link or QR code; your admin scans it, picks the account and confirms the permission sets (权限集), which the admin may edit. One account can be authorised to at most 15 providers at once, but a mutually exclusive permission set goes to one provider only. Only you can end an authorisation: for a mini program under Settings > Third-party settings (设置 > 第三方设置), with Manage authorisation (管理授权) or End authorisation (解除授权).',
  // 你不必自己注册小程序，服务商可以替你注册。企业或个体工商户：提供企业名称和代码、法定代表人的微信号和姓名，再由法定代表人完成人脸核验。个人：提供姓名和微信号，再在 24 小时内完成身份证、人脸和手机号验证（这样注册的小程序不能绑定微信支付商户号）。服务商也可以复用已认证组织的公众号来注册（每月最多 5 个）。自 2023-12-25 起，每种方式注册出来的小程序都是未认证的。自 2026-04-30 12:00 起，旧的快速注册接口下线；新接口会返回一个链接，你必须在 24 小时内完成验证。
  bgayfc:
    "You do not have to register the mini program yourself: a provider can do it for you. An enterprise or individual business (个体工商户) gives the company name and code and the legal representative's WeChat ID and name, then the legal representative passes a face check. An individual gives a name and WeChat ID, then passes ID, face and phone checks within 24 hours (such a mini program cannot bind a WeChat Pay merchant number). A provider can also register it by reusing a certified organisation's official account (up to 5 a month). Since 2023-12-25 every route gives an uncertified mini program. From 2026-04-30 12:00 the old fast-registration API is offline; the new one returns a link you must verify within 24 hours.",
  // 认证和备案可以一起交给服务商：服务商可在一次申请里替你办理小程序认证和 ICP 备案，认证通过后开始备案审核。你的管理员要在 24 小时内完成人脸核验。认证费由你在 24 小时内支付，或由服务商批量预付（服务商代缴）。
  '1dwfy87':
    'You can hand both certification and ICP filing (备案) to the provider: it can file them for you in one request, and the filing review starts once certification passes. Your admin passes a face check within 24 hours. You pay the certification fee within 24 hours, or the provider prepays it in bulk (服务商代缴).',
  // 你的小程序用的是服务商的模板：服务商做好一个模板小程序，按你自己的设置部署到你的小程序上，再提交审核并发布。授权后，小程序只能使用服务商登记的服务器域名，所有分包合计最多 20 MB（自己开发时为 30 MB）。
  '1cd1e3e':
    "Your mini program runs the provider's template: the provider builds one template mini program, deploys it to your mini program with your own settings, then submits it for review and releases it. After you authorise it, only the provider's registered server domains are allowed, and all packages together may total at most 20 MB (30 MB if you build it yourself).",
  // 授权后，你自己就不能再上传代码了（2019 年）。
  '1gurtkg': 'Once you have authorised a provider, you can no longer upload code yourself (2019).',
  // 有了服务商，这些仍由你自己负责：主体和营业执照；管理员和法定代表人的人脸核验；认证费（企业每年 300 元），除非服务商代缴；ICP 备案，由负责人回复工信部的短信；微信支付商户号，由它的超级管理员核对并签约；所选类目需要的行业许可证；以及服务商自己的费用。
  '15mdrf0':
    "Even with a provider, these stay yours: the entity and its licence; the admin's and the legal representative's face checks; the certification fee (300 CNY a year for an enterprise) unless the provider prepays it; the ICP filing, where the person in charge answers the SMS from MIIT (工信部); the WeChat Pay merchant account, whose super admin checks and signs; the trade licences your categories need; and the provider's own fee.",
  // 离开服务商，就要解除授权，再请别人重新部署代码。
  '1kn7qde': 'Leaving a provider means ending the authorisation and having someone else redeploy the code.',
  // 租用服务商现成的点餐、商城或预约小程序，要付服务商的费用；微信没有官方价格。
  '12oce6f':
    'Renting a ready-made ordering, shop or booking mini program means paying the provider; WeChat sets no official price.',
  // 代理商网页的报价：pja.cn 为每年 2,000–8,000 元（档位如 1,998 / 4,498 / 6,998 元/年）；nctoro.com 为每年 3,000–20,000 元，3–7 天上线；dadijd.cn 的模板先付 3,000–20,000 元，之后每年 1,000–5,000 元。也有按模块收费（会员、优惠券）或每笔订单收几角钱的。
  '1o0waji':
    'Agency pages quote 2,000–8,000 CNY a year (tiers such as 1,998 / 4,498 / 6,998 CNY a year) on pja.cn; 3,000–20,000 CNY a year, live in 3–7 days, on nctoro.com; and a template for 3,000–20,000 CNY up front, then 1,000–5,000 CNY a year, on dadijd.cn. Some charge by module (membership, coupons) or a few tenths of a yuan per order.',
  // 请代理商为你定制开发，开发费、服务器费和维护费都要你付。
  ozqusj: 'Having an agency build a custom mini program means you pay for the development, the servers and the upkeep.',
  // 代理商网页的报价：nbyuyuan.com 称点餐小程序 30,000–80,000 元，带聊天或积分功能的 150,000 元以上，完全定制 80,000–300,000 元；pja.cn 称只做展示的 5,000–20,000 元，带交易功能的 30,000 元起，另加服务器费每年约 600 元到 3,000 多元。
  f0f74c:
    'Agency pages quote, on nbyuyuan.com, 30,000–80,000 CNY for an ordering mini program, above 150,000 CNY with chat or points, and 80,000–300,000 CNY fully custom; on pja.cn, 5,000–20,000 CNY for display only and from 30,000 CNY with trading, plus servers of about 600 to over 3,000 CNY a year.',
};
