/**
 * The English of the reasons of recommendation/rules/entity-rules.ts, whose Chinese is in
 * result-views/reason-words.ts: each under the key of its Chinese (domain/text.ts textKey), with the Chinese above it.
 */
export const ENTITY_RULES_EN: Readonly<Record<string, string>> = {
  // 申请主体提交后不能更改，先确认用哪个主体申请。
  '1i8suf0': 'The applying entity cannot be changed once submitted: decide first which entity applies.',
  // 媒体和其他组织注册公众号或服务号必须认证（每次审核 300 元，每年一次）。
  '16bc1up': 'Media and other organisations must certify an official or service account (300 CNY per review, yearly).',
  // 政府注册公众号或服务号必须认证，认证免费。
  ab80er: 'Government must certify an official or service account; certification is free for government.',
  // 小程序开发完，上线前还要走完：认证（企业每年 300 元，认证前不能被搜索和分享）、ICP 备案（平台 1–2 个工作日 + 省管局 1–20 个工作日，建议提前 20–30 个工作日）和代码审核（通常不超过 7 个工作日）。
  paqe1y:
    'Once built, a mini program goes live only after certification (300 CNY a year for enterprises; no search or sharing until then), ICP filing (platform 1–2 + province 1–20 working days; start 20–30 working days ahead) and code review (usually ≤ 7 working days).',
  // 小程序开发完，上线前还要走完：ICP 备案（平台 1–2 个工作日 + 省管局 1–20 个工作日，建议提前 20–30 个工作日）和代码审核（通常不超过 7 个工作日）；个人认证可选，但认证前不能被搜索和分享。
  '15ir4qj':
    'Once built, a mini program goes live only after ICP filing (platform 1–2 + province 1–20 working days; start 20–30 working days ahead) and code review (usually ≤ 7 working days); certification is optional for individuals, but there is no search or sharing until certified.',
  // 你以个人身份申请，服务号只对组织（含个体工商户）开放，个人不能注册。
  ccr1ys:
    'Because you are applying as an individual, a service account is not open to you: only organisations (including individual businesses) may register one.',
  // 你以个人身份申请，企业微信（原企业号）只对企业、政府、事业单位和其他组织开放。
  '11ttsd':
    'Because you are an individual, WeCom (the former enterprise account) is not open to you: it is for enterprises, governments, institutions and other organisations.',
  // 公众号（原订阅号）是个人唯一能注册的公众平台账号类型。
  '3gmw1j':
    'An official account (公众号, formerly subscription account) is the only official-account type an individual can register.',
  // 一个人最多只能注册 1 个公众号，想清楚再注册。
  fxrfy4: 'One person may register at most 1 official account, so choose before you register.',
  // 2025 年 7 月起，个人账号不能再用发布接口；这只涉及接口。
  '10khwol': 'From July 2025 individual accounts lost the publishing APIs; the change covers interfaces only.',
  // 个人的小程序不能绑定微信支付商户号、不能用手机号组件，可选的服务类目也更少。
  '1qv5urf':
    "An individual's mini program cannot bind a WeChat Pay merchant number or use the phone-number components, and has fewer service categories.",
  // 政府机构常用服务号做服务互动，就像 12315、114 这类服务。
  '1o92lh8': 'Government offices use service accounts for service interaction, like the 12315 and 114 hotlines.',
  // 个体工商户算企业类主体，可以注册服务号并开通微信支付。
  rke6qw:
    'An individual business (个体工商户) counts as an enterprise-type entity: it may open a service account and WeChat Pay.',
  // 公众号本来就是为媒体和个人传播信息设计的，像报纸杂志。
  '5luaq0':
    'The official account was made for media and individuals to spread information, like newspapers and magazines.',
  // 你是组织，可以注册服务号。
  '12qco2o': 'As an organisation, you may register a service account.',
  // 企业微信面向企业、政府、事业单位和其他组织，你可以申请。
  qjcl42: 'WeCom is open to enterprises, governments, institutions and other organisations, so you may apply.',
  // 服务号以后不能改成公众号。
  qf2wo: 'A service account cannot later be changed into an official account.',
  // 企业微信的组织类型要和申请主体一致，选定后不能更改，需要的证明材料也更多。
  heyg0z:
    "WeCom's organisation type must match the applicant and cannot be changed later; it needs more supporting documents.",
  // 企业微信的费用：认证 1,000 人以内每次审核 300 元，人数更多另加 2,700 元或 29,700 元，每年一次（政府和非营利组织免收）；外部联系人认证后 2,000 个免费，更多约每人每年 0.1 元。
  '6d8f1':
    'WeCom costs: certification 300 CNY per review up to 1,000 members, plus 2,700 or 29,700 CNY for more, yearly (government and non-profits exempt); external contacts: 2,000 free if certified, more at about 0.1 CNY each a year.',
  // 你在境外：境外主体可以开小程序，而且不用做 ICP 备案。
  gbq0ik: 'You are outside mainland China: an overseas entity can open a mini program, with no ICP filing.',
  // 境外主体可以开服务号，中国大陆用户也能看到（海外认证每年 99 美元）。
  '1ah9rv9':
    'An overseas entity can open a service account that mainland users see (overseas verification, USD 99 a year).',
  // 境外主体开到的是服务号，不是公众号。
  '1ftxsni': 'What an overseas entity opens is a service account, not an official account (公众号).',
  // 在境外收微信支付要另开跨境商户号，不能用中国大陆的商户号。
  '15r3g3z':
    'Taking WeChat Pay abroad needs a separate cross-border merchant account; a mainland merchant number cannot be reused.',
  // 境外企业认证企业微信每次审核 700 元（约 99 美元），只能在电脑上办理。
  '1ybl7h6': 'WeCom certification for an overseas company costs 700 CNY (about USD 99) per review, on a PC only.',
};
