/**
 * The English of facts/categories.ts, each under the key of its Chinese (domain/text.ts textKey), with the Chinese above it.
 */
export const CATEGORIES_EN: Readonly<Record<string, string>> = {
  // 你能选哪些服务类目，取决于你的主体类型，而且类目经常调整；平台的类目接口会标出哪些是敏感类目、需要提交资质文件。
  ef1lnn:
    "Which trade categories (服务类目) you can pick depends on your entity type, and the list changes often; the platform's category API marks the sensitive ones that need qualification documents.",
  // 以个人身份开的小程序只能选少数类目：快递查件和装卸搬运；部分教育（婴幼儿教育、在线教育、特殊人群教育、教育装备）；代驾；不含医美的美容、婚庆、家政；餐厅排队（不能在线点餐或外卖）；出境 Wi-Fi；工具；商务服务，如律师（须有执业证）或摄影；体育培训。电商、卖自营商品、医疗、金融和住宿都不能做。
  '1j64p46':
    'A mini program opened as an individual can use only a short list of categories: parcel tracking and loading; some education (infant, online, special-needs, equipment); designated driving; beauty without medical aesthetics, weddings, housekeeping; restaurant queueing only (no online ordering or takeaway); outbound Wi-Fi; tools; business services such as a lawyer (with a practising certificate) or photography; sports training. No e-commerce, no selling your own goods, no medical, finance or accommodation.',
  // 所以想在小程序里接单的店铺或餐馆，需要以个体工商户或公司的身份来开。
  '173s61v':
    'A shop or restaurant that wants to take orders in its mini program therefore needs to open it as an individual business (个体工商户) or a company.',
  // 开餐馆做点餐、外卖（自己的门店）：需要食品经营许可证；连锁店也可以提交管理声明和承诺函，并附上各门店的许可证。给别的餐厅做点餐平台，需要增值电信业务经营许可证；做外卖平台，需要相应的网络食品备案。只做餐厅排队，不需要任何资质。
  ssvi3p:
    "Running a restaurant with ordering and takeaway (your own outlets): you need a food business licence (食品经营许可证); a chain may instead submit a management declaration and commitment letter with its outlets' licences. An ordering platform for other restaurants needs a value-added telecom business licence (增值电信业务经营许可证); a takeaway platform needs its network food filing. Restaurant queueing alone needs no documents.",
  // 自营卖食品饮料：需要食品经营许可证、食品生产许可证或预包装食品销售备案凭证。卖服装：类目表没有列出需要的资质。百货商店和超市：只能展示商品、到店自提；要让顾客付款后配送，须选商家自营或电商类目。做多商家入驻的电商平台，需要增值电信业务经营许可证（EDI）。
  d0ixyw:
    'Selling your own food and drink: a food business licence (食品经营许可证), a food production licence (食品生产许可证) or a pre-packaged food sales filing certificate (预包装食品销售备案凭证). Selling clothing: no documents listed. Department stores and supermarkets: display and pick-up only; paid delivery needs the own-brand (商家自营) or e-commerce category. A multi-seller e-commerce platform needs a value-added telecom business licence (增值电信业务经营许可证) of the EDI kind.',
  // 开培训机构：需要民办学校办学许可证，加上营业执照或登记证书。学校：公立学校需要批准文件或事业单位法人证书，民办学校需要办学许可证。驾校：需要驾驶培训备案。做教育平台：需要与至少 2 家机构签订的协议，以及这些机构的资质证书。
  cxp1u4:
    'Running a training institution: a private school licence (民办学校办学许可证) plus a business licence (营业执照) or registration certificate. A school: an approval or a public institution legal person certificate (事业单位法人证书) if public, a school-running licence (办学许可证) if private. A driving school: its training filing. An education platform: agreements with at least 2 institutions, and their licences.',
  // 公立医院：需要医疗机构执业许可证和事业单位法人证书。民营医院和诊所：需要医疗机构执业许可证、诊所备案证或中医诊所备案证。想做在线问诊，要选互联网医院类目，且许可证的范围须包含互联网诊疗。卖非处方药，需要互联网药品信息服务资格证书和药品经营许可证。个人不能选医疗类目。
  c9pz3k:
    'Public hospitals: a medical institution practising licence (医疗机构执业许可证) plus a public institution legal person certificate (事业单位法人证书). Private hospitals and clinics: that practising licence, a clinic filing certificate (诊所备案证) or a TCM clinic filing certificate (中医诊所备案证). Online consultations need the internet-hospital category, whose licence must cover internet diagnosis and treatment (互联网诊疗). Selling non-prescription drugs needs internet drug information service (互联网药品信息服务) credentials and a drug trading licence (药品经营许可证). Not open to individuals.',
  // 银行和信托：需要金融许可证或金融机构许可证。公募基金：需要五种基金许可证之一。个人不能选金融类目。
  '9t4n9x':
    'Banks and trusts: a financial licence (金融许可证) or a financial institution licence (金融机构许可证). Public funds: one of five fund licences. Not open to individuals.',
  // 景区：不需要资质。旅行社：需要旅行社业务经营许可证。酒店和民宿预订：需要经营范围包含住宿的证照，或特种行业许可证（旅馆业）；做预订平台，需要与至少 2 家经营者签订的协议。
  '15tnwmq':
    'Scenic spots: no documents needed. Travel agencies: a travel agency business licence (旅行社业务经营许可证). Hotel and B&B booking: a licence whose scope includes accommodation, or a special trade licence for hotels (特种行业许可证（旅馆业）); a booking platform needs agreements with at least 2 operators.',
  // 境外主体的小程序有自己的类目表，提供表外的服务会被审核驳回；这份类目表的具体内容没有找到。
  '5kbtb6':
    'An overseas mini program has its own category list, and review rejects any service outside it; what the list contains was not found.',
};
