import { CHECKED, CompanionFact, inference, p, reported } from '../row-types';

/** CONTENT.md "Beyond the four: companions a 2026 user should know" (comp.*). */
export const COMPANIONS: readonly CompanionFact[] = [
  {
    kind: 'companion',
    id: 'comp.channels',
    what: [p('视频号：在“发现”里发短视频和图片；2020 年 1 月开始内测，之后向个人账号开放')],
    who: [p('微信用户，包括个人')],
    how: [
      p('公众号旁边的内容渠道；自 2023-12-20 起小程序可以打开任意视频号主页；'),
      reported('视频号可以挂微信小店的商品'),
    ],
    sources: ['channels20', 'ewpr', 'ch-profile', 'shop2024'],
    checked: CHECKED,
  },
  {
    kind: 'companion',
    id: 'comp.shop',
    what: [p('微信小店（2024-08-25 起）：微信官方运营的店铺，不需要小程序')],
    who: [p('企业或个体工商户（官方接口）')],
    how: [
      reported('商品可以从公众号/服务号、视频号、小程序和搜索进入；'),
      inference('想卖货的个人可以先注册个体工商户，开一家微信小店，再从公众号或视频号推广'),
    ],
    sources: ['store-api', 'shop2024'],
    checked: CHECKED,
  },
  {
    kind: 'companion',
    id: 'comp.wecom',
    what: [p('企业微信的客户联系和微信客服')],
    who: [p('组织；微信客服只能绑定同主体的非个人小程序')],
    how: [
      inference('在服务号的通知之外，做 1:1 的跟进；'),
      p('费用见企业微信的费用；'),
      reported('微信客服验证前可服务 100 位客户，验证后 10,000 位，绑定视频号后不限'),
    ],
    sources: ['wecom-cust', 'kfwork', 'kfsdk'],
    checked: CHECKED,
  },
];
