/**
 * The English of quiz/questionnaire.ts, each under the key of its Chinese (domain/text.ts textKey), with the Chinese above it.
 */
export const QUESTIONNAIRE_EN: Readonly<Record<string, string>> = {
  // 需要
  '9u1kfu': 'Yes',
  // 不需要
  '16u73cb': 'No',
  // 谁来申请？
  '5ug2s6': 'Who is applying?',
  // 申请主体提交后不能更改。
  xe6j66: 'The applicant (entity) cannot be changed once submitted.',
  // 个人
  '8ddpxh': 'Individual',
  // 年满 18 岁、实名的中国大陆微信用户
  '12l54lh': 'A real-name WeChat user over 18 with mainland identity',
  // 企业
  xeax42: 'Enterprise',
  // 含分支机构和品牌
  '1fz2s30': 'Including branches and brands',
  // 个体工商户
  '1wg50ci': 'Individual business (个体工商户)',
  // 算作企业类主体
  b105ww: 'Counts as an enterprise-type entity',
  // 政府
  nluf6e: 'Government',
  // 含事业单位
  '12owfkl': 'Including public institutions',
  // 媒体
  '1n3s2mq': 'Media',
  // 其他组织
  wt2vt0: 'Other organisation',
  // 境外组织
  '18wnjzh': 'Organisation outside mainland China',
  // 在中国大陆以外注册的公司、学校或机构
  '1mnkomr': 'A company, school or body registered outside mainland China',
  // 你想用微信做什么？
  '1iwxrv2': 'What do you want to do on WeChat?',
  // 可多选
  d85vof: 'Pick all that apply',
  // 发布内容
  '1jqyr9v': 'Publish content',
  // 文章、资讯、观点
  ja9x9y: 'Articles, news, opinions',
  // 服务客户
  imomo4: 'Serve customers',
  // 预约、查询、通知
  '1s1zw5p': 'Bookings, look-ups, notices',
  // 卖商品或接单
  no710k: 'Sell goods or take orders',
  // 网店、点餐、外卖
  '1o71n18': 'A shop, food ordering, takeaway',
  // 团队内部沟通
  reb2a: 'Internal team communication',
  // 员工和上下游伙伴
  '17t5ryy': 'Staff and partners',
  // 做一个类似 App 的工具
  mkxk0z: 'Build an app-like tool',
  // 或用最小可行产品验证想法
  vb7k3u: 'Or an MVP to test an idea',
  // 你做哪一行？
  '1fqknf8': 'What is your trade?',
  // 决定小程序要交哪些资质，可以跳过。
  '1lsi9il': 'It decides which licences a mini program needs. You may skip it.',
  // 餐饮
  '1jcx3w3': 'Food and drink',
  // 零售
  '6v7l7p': 'Retail',
  // 教育培训
  '1uemkgk': 'Education and training',
  // 医疗健康
  ux0ar7: 'Health and medical',
  // 金融
  '1nzojfn': 'Finance',
  // 旅游住宿
  '1t6v78u': 'Travel and accommodation',
  // 其他
  dcd4ul: 'Other',
  // 多久给关注者推送一次消息？
  bol0iz: 'How often will you push messages to followers?',
  // 群发次数因账号类型而不同。
  '1um7b85': 'How many group messages you may send depends on the account type.',
  // 每天
  rkfcl: 'Daily',
  // 每周
  i8or8i: 'Weekly',
  // 每月几次
  '1xbsap1': 'A few times a month',
  // 很少或不推送
  xah6hs: 'Rarely or never',
  // 主要面向谁？
  '1odmc24': 'Who is it mainly for?',
  // 对外的关注者，还是自己人。
  m58dms: 'Outside followers, or your own people.',
  // 公众和客户
  '1b4rzuz': 'The public and customers',
  // 自己的员工和合作伙伴
  nnk32o: 'Your own staff and partners',
  // 两者都有
  gg3dyk: 'Both',
  // 要在微信里收款吗？
  '10bjcdd': 'Will you take payment inside WeChat?',
  // 顾客用微信支付付钱：下单、预约或报名付费。
  '1xpstf2': 'Customers pay with WeChat Pay: for an order, a booking or a sign-up.',
  // 以后可能需要
  '1c6g30p': 'Maybe later',
  // 需要开发的部分打算怎么做？
  '1unzl6q': 'How will anything that needs building get built?',
  // 发文章、群发不用开发；小程序和接口功能要人来做。
  '11um1o1': 'Articles and group messages need no development; a mini program and API features do.',
  // 自己的开发人员
  '3939o9': 'Our own developers',
  // 请外包公司，我们付费
  '1l27q2j': 'An agency we pay',
  // 租用服务商的现成小程序
  qiip8t: "Rent a provider's ready-made one",
  // 按年付费，不用开发
  iyhi63: 'A yearly fee, no development',
  // 还不确定
  '1ahhdoe': 'Not sure yet',
  // 愿意做微信认证吗？
  w3ba4n: 'Willing to get WeChat certification?',
  // 中国大陆机构每年 300 元；微信支付和高级接口需要认证。
  fdrkdj: '300 CNY a year for organisations in mainland China; WeChat Pay and the advanced interfaces need it.',
  // 愿意
  '1lblc0j': 'Yes',
  // 不愿意
  '5m2la': 'No',
  // 需要大量使用手机原生能力吗？
  '1l4ew6a': 'Do you need heavy native device features?',
  // 例如图片编辑、逐向导航。
  '1n104ae': 'Such as image editing or turn-by-turn navigation.',
};
