/**
 * The English of facts/nocode.ts, each under the key of its Chinese (domain/text.ts textKey), with the Chinese above it.
 */
export const NOCODE_EN: Readonly<Record<string, string>> = {
  // 餐厅想让顾客在微信里点餐，就用服务商现成的 SaaS 点餐小程序，费用见租用现成小程序的报价。
  nqugsd:
    "A restaurant that wants customers to order in WeChat uses a provider's ready-made SaaS ordering mini program; see the prices for renting a ready-made mini program.",
  // 微信官方在 2024–2026 年没有我们能找到的免开发点餐产品。
  '117tzyb': 'We found no official WeChat no-code ordering product for 2024–2026.',
  // 门店小程序状态不明：2024–2026 年是否还能新建，并不清楚。过去，组织的公众号可以免开发创建门店小程序，每个账号一个，个人不能用。
  '1mddw76':
    "Store mini program (门店小程序): status unclear. Whether one can still be created in 2024–2026 is not known. An organisation's official account could create one without development, one per account, not for individuals.",
  // 两次审核分别约 5 个和 7 个工作日（2018 年）。
  '1f0henm': 'Its reviews took about 5 and 7 working days (2018).',
};
