import { addedFact, Fact, inference, p, reported } from '../row-types';

/** CONTENT.md "No-code options": the nocode.* rows. */
export const NOCODE_FACTS: readonly Fact[] = [
  addedFact(
    'nocode.order',
    [
      inference('餐厅想让顾客在微信里点餐，就用服务商现成的 SaaS 点餐小程序，费用见租用现成小程序的报价。'),
      p('微信官方在 2024–2026 年没有我们能找到的免开发点餐产品。'),
    ],
    ['sm-dev'],
  ),
  addedFact(
    'nocode.store',
    [
      p(
        '门店小程序状态不明：2024–2026 年是否还能新建，并不清楚。过去，组织的公众号可以免开发创建门店小程序，每个账号一个，个人不能用。',
      ),
      reported('两次审核分别约 5 个和 7 个工作日（2018 年）。'),
    ],
    ['mdxcx18', 'mdxcx', 'store-cat-api'],
  ),
];
