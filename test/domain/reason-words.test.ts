import { RULES } from '../../miniprogram/domain/recommendation/rules/all';
import { ruleId } from '../../miniprogram/domain/recommendation/rules/rule';
import { REASON_WORDS } from '../../miniprogram/domain/result-views/reason-words';

// The reasons' words live with the result's views (a plan scores answers but shows no reason), keyed by each rule's
// `words`: its id, or a name several rules share.
describe("the reasons' words", () => {
  it("are there for every rule, and every entry is some rule's", () => {
    const keys = new Set(RULES.map((r) => r.words));
    expect(RULES.filter((r) => !REASON_WORDS[r.words]?.trim()).map(ruleId)).toEqual([]);
    expect(Object.keys(REASON_WORDS).filter((key) => !keys.has(key))).toEqual([]);
    expect(Object.keys(REASON_WORDS).length).toBeGreaterThan(80);
  });

  it('say each thing under one key, so a shared reason is shared by name and said once', () => {
    const said = Object.values(REASON_WORDS);
    expect(said.filter((zh, i) => said.indexOf(zh) !== i)).toEqual([]);
  });

  it("are a rule's own unless it names words shared with others", () => {
    const shared = RULES.filter((r) => r.words !== ruleId(r));
    expect([...new Set(shared.map((r) => r.words))].sort()).toEqual([
      'certFee',
      'certFreeForGovernment',
      'enterpriseCosts',
      'enterpriseIrreversible',
      'fixed',
      'mpLaunchIndividual',
      'mpLaunchOrg',
      'mustCertify',
      'mustCertifyFree',
      'orgEnterprise',
      'orgService',
      'serviceIrreversible',
      'subNoPay',
    ]);
  });

  it("pins a rule's words: the individual blogger's blocked service account", () => {
    expect(REASON_WORDS['entity.individual.service']).toBe(
      '你以个人身份申请，服务号只对组织（含个体工商户）开放，个人不能注册。',
    );
  });
});
