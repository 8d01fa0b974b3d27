import { CHECKED_E3, launchStep, p, Part, reported, StepFact } from '../row-types';

const NONE: Part[] = [];

/** Every provider step is new in edition 3. */
const step = (id: string, parts: Omit<StepFact, 'kind' | 'id' | 'checked'>): StepFact =>
  launchStep(id, parts, CHECKED_E3);

/** CONTENT.md "小程序 through a service provider (服务商), for owners without developers": lp.prov.1–6. */
export const PROVIDER_STEPS: readonly StepFact[] = [
  step('lp.prov.1', {
    step: [p('先有主体和行业许可证')],
    needs: [p('个体工商户或公司的营业执照；你所选类目需要的许可证')],
    time: [p('在微信之外办理')],
    fee: NONE,
    sources: ['catlist'],
  }),
  step('lp.prov.2', {
    step: [p('选择服务商')],
    needs: [p('在微信服务市场（小程序开发专区）或本地代理商中挑选；比较年费、功能模块和按单收费')],
    time: NONE,
    fee: [reported('代理商报价：SaaS 每年 2,000–20,000 元')],
    sources: ['sm-dev', 'pja26', 'nctoro'],
  }),
  step('lp.prov.3', {
    step: [p('服务商替你注册小程序，或你授权已有的小程序')],
    needs: [p('法定代表人在 24 小时内完成人脸核验，或管理员扫授权链接')],
    time: [p('当天')],
    fee: [p('平台不收费')],
    sources: ['tp-reg', 'tp-auth'],
  }),
  step('lp.prov.4', {
    step: [p('通过服务商完成认证和 ICP 备案')],
    needs: [p('管理员在 24 小时内完成人脸核验并付费；备案材料与自己备案相同（见备案一步）')],
    time: [p('与自己备案一样久')],
    fee: [p('企业每年 300 元，或由服务商代缴')],
    sources: ['verifyicp'],
  }),
  step('lp.prov.5', {
    step: [p('以特约商户身份开通微信支付')],
    needs: [p('服务商提交资料；你的超级管理员核对并签约')],
    time: [p('审核约 1–3 个工作日，10 天内完成账户验证')],
    fee: [p('费率按行业定：'), reported('0.2%–1.0%')],
    sources: ['pay-apply', 'pay-rule', 'ratenote'],
  }),
  step('lp.prov.6', {
    step: [p('服务商部署模板，提交审核后发布')],
    needs: [p('已通过的类目；隐私保护指引；代码包合计不超过 20 MB')],
    time: [p('审核时间与自己提交代码审核相同')],
    fee: [p('含在服务商的费用里')],
    sources: ['tp-dev', 'subpkg'],
  }),
];
