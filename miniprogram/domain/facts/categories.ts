import { CHECKED_E3, Fact, inference, p } from '../row-types';

/** CONTENT.md "Trade categories (服务类目) for mini programs": the cat.* rows. */
export const CATEGORY_FACTS: readonly Fact[] = [
  {
    kind: 'fact',
    id: 'cat.rules',
    seed: null,
    now: [
      p(
        '你能选哪些服务类目，取决于你的主体类型，而且类目经常调整；平台的类目接口会标出哪些是敏感类目、需要提交资质文件。',
      ),
    ],
    changed: false,
    sources: ['catapi'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'cat.individual',
    seed: null,
    now: [
      p(
        '以个人身份开的小程序只能选少数类目：快递查件和装卸搬运；部分教育（婴幼儿教育、在线教育、特殊人群教育、教育装备）；代驾；不含医美的美容、婚庆、家政；餐厅排队（不能在线点餐或外卖）；出境 Wi-Fi；工具；商务服务，如律师（须有执业证）或摄影；体育培训。电商、卖自营商品、医疗、金融和住宿都不能做。',
      ),
      inference('所以想在小程序里接单的店铺或餐馆，需要以个体工商户或公司的身份来开。'),
    ],
    changed: false,
    sources: ['catlist', 'cats'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'cat.catering',
    seed: null,
    now: [
      p(
        '开餐馆做点餐、外卖（自己的门店）：需要食品经营许可证；连锁店也可以提交管理声明和承诺函，并附上各门店的许可证。给别的餐厅做点餐平台，需要增值电信业务经营许可证；做外卖平台，需要相应的网络食品备案。只做餐厅排队，不需要任何资质。',
      ),
    ],
    changed: false,
    sources: ['catlist'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'cat.retail',
    seed: null,
    now: [
      p(
        '自营卖食品饮料：需要食品经营许可证、食品生产许可证或预包装食品销售备案凭证。卖服装：类目表没有列出需要的资质。百货商店和超市：只能展示商品、到店自提；要让顾客付款后配送，须选商家自营或电商类目。做多商家入驻的电商平台，需要增值电信业务经营许可证（EDI）。',
      ),
    ],
    changed: false,
    sources: ['catlist'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'cat.education',
    seed: null,
    now: [
      p(
        '开培训机构：需要民办学校办学许可证，加上营业执照或登记证书。学校：公立学校需要批准文件或事业单位法人证书，民办学校需要办学许可证。驾校：需要驾驶培训备案。做教育平台：需要与至少 2 家机构签订的协议，以及这些机构的资质证书。',
      ),
    ],
    changed: false,
    sources: ['catlist'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'cat.medical',
    seed: null,
    now: [
      p(
        '公立医院：需要医疗机构执业许可证和事业单位法人证书。民营医院和诊所：需要医疗机构执业许可证、诊所备案证或中医诊所备案证。想做在线问诊，要选互联网医院类目，且许可证的范围须包含互联网诊疗。卖非处方药，需要互联网药品信息服务资格证书和药品经营许可证。个人不能选医疗类目。',
      ),
    ],
    changed: false,
    sources: ['catlist'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'cat.finance',
    seed: null,
    now: [p('银行和信托：需要金融许可证或金融机构许可证。公募基金：需要五种基金许可证之一。个人不能选金融类目。')],
    changed: false,
    sources: ['catlist'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'cat.travel',
    seed: null,
    now: [
      p(
        '景区：不需要资质。旅行社：需要旅行社业务经营许可证。酒店和民宿预订：需要经营范围包含住宿的证照，或特种行业许可证（旅馆业）；做预订平台，需要与至少 2 家经营者签订的协议。',
      ),
    ],
    changed: false,
    sources: ['catlist'],
    checked: CHECKED_E3,
  },
  {
    kind: 'fact',
    id: 'cat.overseas',
    seed: null,
    now: [p('境外主体的小程序有自己的类目表，提供表外的服务会被审核驳回；这份类目表的具体内容没有找到。')],
    changed: false,
    sources: ['os-cat'],
    checked: CHECKED_E3,
  },
];
