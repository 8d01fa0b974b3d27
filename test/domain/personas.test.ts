import { reasonWords } from '../../miniprogram/domain/result-views/reason-words';
import { pick } from '../../miniprogram/domain/text';
import { AccountTypeId } from '../../miniprogram/domain/account-types';
import { recommend } from '../../miniprogram/domain/recommendation/recommender';
import { Reason, Recommendation, TypeFit } from '../../miniprogram/domain/recommendation/types';
import { resultView } from '../../miniprogram/domain/result-views/result-view';
import { PERSONAS } from './personas';

/** CONTENT.md edition 3, "Expected recommendations": the setup and what must also hold, persona by persona. */
const fit = (rec: Recommendation, type: AccountTypeId): TypeFit => {
  const f = rec.ranked.find((x) => x.type === type);
  if (!f) throw new Error(`missing ${type}`);
  return f;
};
const rank = (rec: Recommendation, type: AccountTypeId): number => rec.ranked.findIndex((f) => f.type === type);
const cites = (reasons: Reason[], id: string): Reason[] => reasons.filter((r) => r.factIds.includes(id));
/** The setup's parts as type:build:role (optional parts marked ?). */
const parts = (rec: Recommendation): string[] =>
  rec.setup.kind === 'setup'
    ? rec.setup.parts.map((p) => `${p.type}:${p.build}:${p.role}${p.optional ? '?' : ''}`)
    : [];
/** What the result page shows, as text, in one language. */
const shown = (rec: Recommendation, lang: 'zh' | 'en'): string => JSON.stringify(resultView(rec, lang));

describe('CONTENT.md personas (edition 3)', () => {
  it('P1 individual blogger, daily content: 公众号; service and WeCom blocked; 1 push a day, no publishing API; Channels', () => {
    const rec = recommend(PERSONAS.P1);
    expect(rec.top).toBe('subscription');
    for (const type of ['service', 'enterprise'] as const) {
      expect(fit(rec, type).blocked).toBe(true);
      expect(fit(rec, type).blockers.map((b) => b.questionId)).toEqual(['entity']);
    }
    const sub = fit(rec, 'subscription');
    expect(cites(sub.reasons, 'sub.quota').map((r) => pick(reasonWords(r), 'en'))).toContain(
      'You push daily: an official account may send one group message per calendar day (reset at 00:00).',
    );
    expect(cites(sub.cautions, 'sub.api2025')).toHaveLength(1);
    expect(shown(rec, 'zh')).toContain('2025 年 7 月起，个人账号不能再用发布接口');
    expect(rec.companions.map((c) => c.id)).toEqual(['comp.channels']);
    expect(resultView(rec, 'zh').companions).toEqual([
      { id: 'comp.channels', name: '视频号', why: expect.stringContaining('视频号') },
    ]);
  });

  it('P2 bank serving customers with payment, own developers: 服务号 + 小程序 (own developers), certification for Pay and notices, cat.finance', () => {
    const rec = recommend(PERSONAS.P2);
    expect(parts(rec)).toEqual(['miniprogram:own:main', 'service:none:notices']);
    const certify = cites(fit(rec, 'service').cautions, 'cert.fee').filter((c) => c.factIds.includes('svc.template'));
    expect(certify.map((c) => reasonWords(c).zh)).toEqual([
      '微信支付要先完成微信认证（每次审核 300 元，每年一次）；认证后还能发模板消息通知客户。',
    ]);
    const view = resultView(rec, 'zh', PERSONAS.P2);
    expect(view.cautions.map((c) => c.t)).toContain(reasonWords(certify[0]).zh);
    expect(view.setup.licence?.t).toContain('金融许可证');
  });

  it('P3 manufacturer, internal communication: WeCom above 公众号 and service; its costs shown as reported', () => {
    const rec = recommend(PERSONAS.P3);
    expect(rec.top).toBe('enterprise');
    expect(rank(rec, 'subscription')).toBeGreaterThan(rank(rec, 'enterprise'));
    expect(rank(rec, 'service')).toBeGreaterThan(rank(rec, 'enterprise'));
    const costs = cites(fit(rec, 'enterprise').cautions, 'ent.costs');
    expect(costs.map((c) => c.mark)).toEqual(['reported']);
    expect(resultView(rec, 'en').cautions).toContainEqual({ t: pick(reasonWords(costs[0]), 'en'), m: 'reported' });
    expect(pick(reasonWords(costs[0]), 'en')).toMatch(/300 CNY.*2,000 free.*0\.1 CNY/);
  });

  it('P4 startup, app-like tool, developer and payment: mini program, cautioned about certification, filing and review with their times, and shipping', () => {
    const rec = recommend(PERSONAS.P4);
    expect(rec.top).toBe('miniprogram');
    const cautions = resultView(rec, 'en').cautions;
    const launch = cautions.find((c) => c.t.includes('ICP filing'));
    expect(launch).toEqual({
      t: expect.stringMatching(
        /certification \(300 CNY a year.*platform 1–2 \+ province 1–20 working days.*code review \(usually ≤ 7 working days\)/,
      ),
      m: 'reported',
    });
    expect(cautions.map((c) => c.t)).toContain(
      'A trade mini program must connect order-shipping management: funds stay frozen until shipping is recorded.',
    );
  });

  it('P5 individual selling with WeChat Pay: the path (个体工商户 → 微信小店), said first; no type shown as recommended', () => {
    const rec = recommend(PERSONAS.P5);
    expect(rec.setup).toEqual({
      kind: 'path',
      path: 'individual-business-shop',
      unreached: [{ goal: 'sell', path: 'individual-business-shop' }],
      promote: 'subscription',
    });
    const view = resultView(rec, 'zh', PERSONAS.P5);
    expect(view.setup.headline).toBe('先注册个体工商户，再开微信小店（不用小程序），用公众号或视频号推广');
    expect(view.setup.unreached.map((u) => u.t)).toEqual([
      '你是个人，在任何账号上都开不了微信支付：想卖东西，先注册个体工商户。',
    ]);
    expect(view.top).toBeNull();
    expect(view.runnerUp).toBeNull();
    expect(fit(rec, 'service').blockers.map((b) => b.questionId)).toEqual(['entity', 'payment']);
    expect(rec.companions.map((c) => c.id)).toContain('comp.shop');
  });

  it('P6 media outlet, daily news: 公众号, service runner-up with the 4-a-month trade-off', () => {
    const rec = recommend(PERSONAS.P6);
    expect(rec.top).toBe('subscription');
    expect(rec.runnerUp).toBe('service');
    const quota = fit(rec, 'service').reasons.find((r) => r.polarity === 'minus' && r.factIds.includes('svc.quota'));
    expect(pick(reasonWords(quota!), 'en')).toMatch(/4 group messages a month/);
    expect(resultView(rec, 'en').runnerUp?.drawbacks.map((d) => d.t)).toContain(pick(reasonWords(quota!), 'en'));
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
    expect(rec.notes.some((n) => /native app/.test(pick(n, 'en')) && /原生 App/.test(n.zh))).toBe(true);
    const native = fit(rec, 'miniprogram').cautions.find((c) => c.questionId === 'native');
    expect(pick(reasonWords(native!), 'en')).toMatch(/≤ 2 MB, ≤ 30 MB in all/);
    expect(resultView(rec, 'en').cautions.map((c) => c.t)).toContain(pick(reasonWords(native!), 'en'));
  });

  it('P9 个体工商户 restaurant, ordering and Pay, no developer: a rented ordering mini program, 服务号 optional for notices, 食品经营许可证', () => {
    const rec = recommend(PERSONAS.P9);
    expect(parts(rec)).toEqual(['miniprogram:provider:main', 'service:none:notices?']);
    const view = resultView(rec, 'zh', PERSONAS.P9);
    expect(view.setup.headline).toBe('小程序（租用服务商的现成点餐小程序） + 服务号（可选，发通知）');
    expect(view.setup.licence?.t).toBe('做点餐、外卖的小程序，要有食品经营许可证。');
    expect(view.top?.type).toBe('miniprogram');
    expect(JSON.stringify(view)).not.toContain('你没有开发能力');
    expect(resultView(rec, 'en', PERSONAS.P9).setup.headline).toBe(
      "Mini program (a provider's ready-made ordering mini program, rented) + Service account (optional, for notices)",
    );
  });

  it('P10 overseas company: an overseas service account or a mini program without ICP filing; overseas Pay apart', () => {
    const rec = recommend(PERSONAS.P10);
    expect(parts(rec)).toEqual(['service:none:main']);
    expect(rec.setup.kind === 'setup' && rec.setup.parts[0].or).toBe('miniprogram');
    const view = resultView(rec, 'zh', PERSONAS.P10);
    expect(view.setup.headline).toBe('服务号或小程序（不用 ICP 备案）');
    expect(view.runnerUp?.type).not.toBe('miniprogram');
    expect(fit(rec, 'miniprogram').cautions.map((c) => c.factIds)).toContainEqual(['os.pay']);
    expect(fit(rec, 'service').reasons.find((r) => r.factIds.includes('os.svc'))?.mark).toBe('reported');
    expect(fit(rec, 'subscription').reasons.find((r) => r.factIds.includes('os.svc'))?.polarity).toBe('minus');
  });

  it('P11 private clinic, bookings and payment, no developer: a mini program through a provider + 服务号 for notices, cat.medical', () => {
    const rec = recommend(PERSONAS.P11);
    expect(parts(rec)).toEqual(['miniprogram:provider:main', 'service:none:notices']);
    const view = resultView(rec, 'zh', PERSONAS.P11);
    expect(view.setup.licence?.t).toContain('医疗机构执业许可证');
    expect(view.setup.licence?.t).toContain('互联网医院');
  });

  it('P12 training school with a paid agency: a mini program built by the agency + 公众号 or 服务号 for articles, cat.education', () => {
    const rec = recommend(PERSONAS.P12);
    expect(parts(rec)).toEqual(['miniprogram:agency:main', 'subscription:none:articles']);
    const view = resultView(rec, 'zh', PERSONAS.P12);
    expect(view.setup.headline).toBe('小程序（请外包公司开发） + 公众号（原订阅号）或服务号（发文章）');
    expect(view.setup.licence?.t).toContain('民办学校办学许可证');
    const agency = fit(rec, 'miniprogram').reasons.find((r) => r.questionId === 'build');
    expect(agency).toMatchObject({ mark: 'reported', factIds: ['prov.cost.custom'] });
    expect(agency && reasonWords(agency).zh).toContain('30,000 元起');
  });

  it('never shows a type as the main part that the ranking blocks, for P1–P12', () => {
    for (const [id, answers] of Object.entries(PERSONAS)) {
      const rec = recommend(answers);
      if (rec.setup.kind !== 'setup') continue;
      for (const part of rec.setup.parts) expect([id, fit(rec, part.type).blocked]).toEqual([id, false]);
    }
  });
});
