import { AccountTypeId } from '../../miniprogram/domain/account-types';
import { recommend } from '../../miniprogram/domain/recommendation/recommender';
import { Reason, Recommendation, TypeFit } from '../../miniprogram/domain/recommendation/types';
import { resultView } from '../../miniprogram/domain/recommendation/result-view';
import { PERSONAS } from './personas';

/** CONTENT.md edition 2, "Expected recommendations": the top pick and what must also hold, persona by persona. */
const fit = (rec: Recommendation, type: AccountTypeId): TypeFit => {
  const f = rec.ranked.find((x) => x.type === type);
  if (!f) throw new Error(`missing ${type}`);
  return f;
};
const rank = (rec: Recommendation, type: AccountTypeId): number => rec.ranked.findIndex((f) => f.type === type);
const allReasons = (rec: Recommendation): Reason[] =>
  rec.ranked.flatMap((f) => [...f.reasons, ...f.blockers, ...f.cautions]);
const cites = (reasons: Reason[], id: string): Reason[] => reasons.filter((r) => r.factIds.includes(id));
/** What the result page shows, as text, in one language. */
const shown = (rec: Recommendation, lang: 'zh' | 'en'): string => JSON.stringify(resultView(rec, lang));

describe('CONTENT.md personas (edition 2)', () => {
  it('P1 individual blogger, daily content: 公众号; service and WeCom blocked; 1 push a day, no publishing API; Channels', () => {
    const rec = recommend(PERSONAS.P1);
    expect(rec.top).toBe('subscription');
    for (const type of ['service', 'enterprise'] as const) {
      expect(fit(rec, type).blocked).toBe(true);
      expect(fit(rec, type).blockers.map((b) => b.questionId)).toEqual(['entity']);
    }
    const sub = fit(rec, 'subscription');
    expect(cites(sub.reasons, 'sub.quota').map((r) => r.text.en)).toContain(
      'You push daily: a 公众号 may send one group message per calendar day (reset at 00:00).',
    );
    expect(cites(sub.cautions, 'sub.api2025')).toHaveLength(1);
    expect(shown(rec, 'zh')).toContain('2025 年 7 月起，个人帐号不能再用发布接口');
    expect(rec.companions.map((c) => c.id)).toEqual(['comp.channels']);
    expect(resultView(rec, 'zh').companions).toEqual([
      { id: 'comp.channels', name: '视频号', why: expect.stringContaining('视频号') },
    ]);
  });

  it('P2 bank serving customers with payment: service, a mini program as combination, certification (300 CNY/yr) for Pay and templates', () => {
    const rec = recommend(PERSONAS.P2);
    expect(rec.top).toBe('service');
    expect(rec.combinations.map((c) => [...c.types].sort())).toContainEqual(['miniprogram', 'service']);
    const certify = cites(fit(rec, 'service').cautions, 'cert.fee').filter((c) => c.factIds.includes('svc.template'));
    expect(certify.map((c) => c.text.zh)).toEqual([
      '微信支付要先完成微信认证（每次审核 300 元，每年一次）；认证后还能发模板消息通知客户。',
    ]);
    expect(resultView(rec, 'zh').cautions.map((c) => c.t)).toContain(certify[0].text.zh);
  });

  it('P3 manufacturer, internal communication: WeCom above 公众号 and service; its costs shown as reported', () => {
    const rec = recommend(PERSONAS.P3);
    expect(rec.top).toBe('enterprise');
    expect(rank(rec, 'subscription')).toBeGreaterThan(rank(rec, 'enterprise'));
    expect(rank(rec, 'service')).toBeGreaterThan(rank(rec, 'enterprise'));
    const costs = cites(fit(rec, 'enterprise').cautions, 'ent.costs');
    expect(costs.map((c) => c.mark)).toEqual(['reported']);
    expect(resultView(rec, 'en').cautions).toContainEqual({ t: costs[0].text.en, m: 'reported' });
    expect(costs[0].text.en).toMatch(/300 CNY.*2,000 free.*0\.1 CNY/);
  });

  it('P4 startup, app-like tool, developer and payment: mini program, cautioned about certification, filing and review with their times, and shipping', () => {
    const rec = recommend(PERSONAS.P4);
    expect(rec.top).toBe('miniprogram');
    const cautions = resultView(rec, 'en').cautions;
    const launch = cautions.find((c) => c.t.includes('ICP filing'));
    expect(launch).toEqual({
      t: expect.stringMatching(
        /certification \(300 CNY a year.*platform 1–2 WD \+ province 1–20 WD.*code review \(usually ≤ 7 WD\)/,
      ),
      m: 'reported',
    });
    expect(cautions.map((c) => c.t)).toContain(
      'A trade mini program must connect order-shipping management: funds stay frozen until shipping is recorded.',
    );
  });

  it('P5 individual selling with WeChat Pay: mini program or 公众号, blockers explained, and the 个体工商户 → 微信小店 path', () => {
    const rec = recommend(PERSONAS.P5);
    expect(['miniprogram', 'subscription']).toContain(rec.top);
    expect(fit(rec, 'service').blockers.map((b) => b.questionId)).toEqual(['entity', 'payment']);
    const pay = allReasons(rec).filter((r) => r.questionId === 'payment' && r.factIds.includes('svc.pay'));
    expect(pay.some((r) => r.text.zh.includes('个体工商户') && r.text.en.includes('个体工商户'))).toBe(true);
    expect(rec.notes.map((n) => n.zh)).toContain(
      '微信支付需要企业或个体工商户：个人在公众号、服务号和小程序上都开不了。个体工商户算企业类主体，可以开服务号和微信支付。',
    );
    expect(rec.nextSteps[0]).toEqual({
      type: null,
      mark: 'inference',
      text: expect.objectContaining({
        zh: '想收款的话：先注册个体工商户，开一家微信小店（不用开发），再从公众号或视频号推广。',
      }),
    });
    expect(rec.companions.map((c) => c.id)).toContain('comp.shop');
  });

  it('P6 media outlet, daily news: 公众号, service runner-up with the 4-a-month trade-off', () => {
    const rec = recommend(PERSONAS.P6);
    expect(rec.top).toBe('subscription');
    expect(rec.runnerUp).toBe('service');
    const quota = fit(rec, 'service').reasons.find((r) => r.polarity === 'minus' && r.factIds.includes('svc.quota'));
    expect(quota?.text.en).toMatch(/4 group messages a month/);
    expect(resultView(rec, 'en').runnerUp?.drawbacks.map((d) => d.t)).toContain(quota?.text.en);
  });

  it('P7 government office, service interaction and notices: service, 公众号 runner-up, certification free for government', () => {
    const rec = recommend(PERSONAS.P7);
    expect(rec.top).toBe('service');
    expect(rec.runnerUp).toBe('subscription');
    expect(resultView(rec, 'zh').cautions.map((c) => c.t)).toContain('政府注册公众号或服务号必须认证，认证免费。');
    expect(shown(rec, 'zh')).not.toContain('300 元');
    const withContent = recommend({ ...PERSONAS.P7, goals: ['content', 'service'] });
    expect([withContent.top, withContent.runnerUp]).toEqual(['service', 'subscription']);
  });

  it('P8 heavy native features: no good fit, a native app suggested, mini program ranked with the 2 MB / 30 MB caution', () => {
    const rec = recommend(PERSONAS.P8);
    expect(rec.noGoodFit).toBe(true);
    expect(rec.top).toBeNull();
    expect(rec.ranked[0].type).toBe('miniprogram');
    expect(rec.notes.some((n) => /native app/.test(n.en) && /原生 App/.test(n.zh))).toBe(true);
    const native = fit(rec, 'miniprogram').cautions.find((c) => c.questionId === 'native');
    expect(native?.text.en).toMatch(/≤ 2 MB, ≤ 30 MB in all/);
    expect(resultView(rec, 'en').cautions.map((c) => c.t)).toContain(native?.text.en);
  });
});
