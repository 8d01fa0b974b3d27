import { AccountTypeId } from '../../miniprogram/domain/account-types';
import { recommend, Recommendation, Reason, TypeFit } from '../../miniprogram/domain/recommender';
import { recommendationView } from '../../miniprogram/domain/recommendation-view';
import { PERSONAS } from './personas';

const fit = (rec: Recommendation, type: AccountTypeId): TypeFit => {
  const f = rec.ranked.find((x) => x.type === type);
  if (!f) throw new Error(`missing ${type}`);
  return f;
};
const rank = (rec: Recommendation, type: AccountTypeId): number => rec.ranked.findIndex((f) => f.type === type);
const allReasons = (rec: Recommendation): Reason[] =>
  rec.ranked.flatMap((f) => [...f.reasons, ...f.blockers, ...f.cautions]);

describe('CONTENT.md personas', () => {
  it('P1 individual blogger, daily content: subscription; service and enterprise blocked as an individual', () => {
    const rec = recommend(PERSONAS.P1);
    expect(rec.top).toBe('subscription');
    for (const type of ['service', 'enterprise'] as const) {
      expect(fit(rec, type).blocked).toBe(true);
      expect(fit(rec, type).blockers.map((b) => b.questionId)).toContain('entity');
    }
    expect(fit(rec, 'service').blockers[0].factIds).toContain('svc.who');
    expect(fit(rec, 'enterprise').blockers[0].factIds).toContain('ent.who');
    expect(recommendationView(rec, 'en').others.find((o) => o.type === 'service')?.why).toMatch(/individual/);
  });

  it('P2 bank serving customers with payment: service, with a mini program as combination', () => {
    const rec = recommend(PERSONAS.P2);
    expect(rec.top).toBe('service');
    expect(rec.combinations.map((c) => [...c.types].sort())).toContainEqual(['miniprogram', 'service']);
  });

  it('P3 manufacturer, internal communication for staff: WeCom, with subscription and service below', () => {
    const rec = recommend(PERSONAS.P3);
    expect(rec.top).toBe('enterprise');
    expect(rank(rec, 'subscription')).toBeGreaterThan(rank(rec, 'enterprise'));
    expect(rank(rec, 'service')).toBeGreaterThan(rank(rec, 'enterprise'));
    expect(rec.notes.some((n) => n.en.includes('WeCom'))).toBe(true);
  });

  it('P4 startup building a tool with developers and payment: mini program, cautioned about development and review', () => {
    const rec = recommend(PERSONAS.P4);
    expect(rec.top).toBe('miniprogram');
    expect(fit(rec, 'miniprogram').cautions.some((c) => c.factIds.includes('mp.process'))).toBe(true);
  });

  it('P5 individual selling with WeChat Pay: mini program or subscription, and told WeChat Pay needs an organisation', () => {
    const rec = recommend(PERSONAS.P5);
    expect(['miniprogram', 'subscription']).toContain(rec.top);
    const payReasons = allReasons(rec).filter((r) => r.questionId === 'payment' && r.factIds.includes('svc.pay'));
    expect(payReasons.some((r) => /organisation/.test(r.text.en) && /机构/.test(r.text.zh))).toBe(true);
    // The top pick itself says why payment will not work.
    const top = fit(rec, rec.top as AccountTypeId);
    expect(
      top.reasons.some((r) => r.questionId === 'payment' && r.polarity === 'minus' && /organisation/.test(r.text.en)),
    ).toBe(true);
    expect(fit(rec, 'service').blockers.some((b) => b.questionId === 'payment')).toBe(true);
  });

  it('P6 media outlet, daily news: subscription, with service runner-up and its 4-a-month trade-off', () => {
    const rec = recommend(PERSONAS.P6);
    expect(rec.top).toBe('subscription');
    expect(rec.runnerUp).toBe('service');
    const quota = fit(rec, 'service').reasons.find((r) => r.polarity === 'minus' && r.factIds.includes('svc.quota'));
    expect(quota?.text.en).toMatch(/4 group messages a month/);
  });

  it('P7 government office, service interaction and notices: service, subscription runner-up', () => {
    const rec = recommend(PERSONAS.P7);
    expect(rec.top).toBe('service');
    expect(rec.runnerUp).toBe('subscription');
    // Notices read as content too: the pick holds.
    const withContent = recommend({ ...PERSONAS.P7, goals: ['content', 'service'] });
    expect([withContent.top, withContent.runnerUp]).toEqual(['service', 'subscription']);
  });

  it('P8 company needing heavy native features: no good fit, a native app suggested, mini program ranked with that caution', () => {
    const rec = recommend(PERSONAS.P8);
    expect(rec.noGoodFit).toBe(true);
    expect(rec.top).toBeNull();
    expect(rec.notes.some((n) => /native app/.test(n.en) && /原生 App/.test(n.zh))).toBe(true);
    const mp = fit(rec, 'miniprogram');
    expect(mp.blocked).toBe(false);
    expect(mp.cautions.some((c) => c.questionId === 'native' && c.factIds.includes('mp.limits'))).toBe(true);
    const view = recommendationView(rec, 'en');
    expect(view.cautions.some((c) => /native app/.test(c))).toBe(true);
  });
});
