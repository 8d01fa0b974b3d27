import { CHECKED, CHECKED_E3, Fact, p, reported, zhText } from '../row-types';

/** CONTENT.md "Certification (微信认证), official accounts and mini programs". */
export const CERTIFICATION_FACTS: readonly Fact[] = [
  {
    kind: 'fact',
    id: 'cert.fee',
    seed: zhText('每次审核 300 元；每年需重新认证。'),
    now: [
      p('中国大陆的组织每次审核 300 元，有效期一年，每年同价，审核不通过不退费。政府免费；'),
      reported('基金会和外国政府机构也免费。'),
      reported('境外主体 99 美元。'),
      p('个人公众号的“个人认证”见公众号部分。'),
      reported(
        '小程序认证：个人每年 30 元，或是个体工商户目前享有的优惠价（没有官方数字，两个来源对适用对象说法不一）。',
      ),
      p('免费的快速创建通道（法定代表人刷脸，默认已认证）已经结束：2023-12-25 起快速注册的账号都未认证。'),
    ],
    changed: true,
    sources: ['art', 'certfee23', 'usd99', 'misaka', 'interest88', 'fastreg'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'cert.benefit',
    seed: zhText('获得更多功能和权限，以及官方认证标识，帮助用户决定是否关注。'),
    now: [
      p(
        '认证后才能开通微信支付、模板消息和高级接口，还会加上官方认证标识，帮助用户决定是否关注；对小程序来说，认证决定能否被搜索和分享，企业和个体工商户还要先认证才能备案。',
      ),
      reported('年审过期后，不能发布新版本、不能被搜索；30 天后不能分享；60 天后不能有新用户、不能收款。'),
    ],
    changed: false,
    sources: ['art', 'fastreg', 'mg-guide', 'wxb23'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'cert.mp',
    seed: null,
    now: [
      p('小程序需要自己的认证，每年年审（企业 300 元）；'),
      reported('沿用公众号认证的做法已于 2023-09-25 停止（客服答复）。'),
      p(
        '2023-12-25 起快速注册的小程序一开始都未认证：认证前不能被搜索、不能分享，但可以发布（官方说明）。认证和备案可以一起申请。',
      ),
    ],
    changed: false,
    sources: ['wxb23', 'fastreg', 'verifyicp'],
    checked: CHECKED,
  },
];
