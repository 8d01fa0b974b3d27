import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { ACCOUNT_TYPE_IDS } from '../../miniprogram/domain/account-types';
import { aboutView } from '../../miniprogram/domain/about-view';
import { AccountDetailView, getAccountDetail, listAccountCards } from '../../miniprogram/domain/account-views';
import { ALL_FACTS, getFact } from '../../miniprogram/domain/facts/all';
import { ACCOUNT_TYPES, SECTION_KEYS } from '../../miniprogram/domain/knowledge';
import { LANGS } from '../../miniprogram/domain/text';

const VANT_ICONS = new Set(
  Array.from(
    fs.readFileSync(path.resolve(__dirname, '../../node_modules/@vant/weapp/lib/icon/index.wxss'), 'utf8').matchAll(/\.van-icon-([a-z0-9-]+):before/g),
    (m) => m[1],
  ),
);

function isValidDetail(view: AccountDetailView): boolean {
  return (
    ACCOUNT_TYPE_IDS.includes(view.id) &&
    view.name.length > 0 &&
    view.sections.length > 0 &&
    view.sections.every((s) => s.title.length > 0 && s.facts.length > 0) &&
    view.warnings.length > 0
  );
}

describe('account type knowledge', () => {
  it('refers only to existing facts, each at most once per type', () => {
    for (const id of ACCOUNT_TYPE_IDS) {
      const info = ACCOUNT_TYPES[id];
      expect(info.id).toBe(id);
      const ids = [...info.sections.flatMap((s) => s.factIds), ...info.irreversible];
      for (const factId of ids) expect(`${id}:${factId}:${getFact(factId) !== undefined}`).toBe(`${id}:${factId}:true`);
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(info.sections.map((s) => s.key)).size).toBe(info.sections.length);
    }
  });

  it('shows every fact somewhere in the guide', () => {
    const shown = new Set(ACCOUNT_TYPE_IDS.flatMap((id) => [...ACCOUNT_TYPES[id].sections.flatMap((s) => s.factIds), ...ACCOUNT_TYPES[id].irreversible]));
    expect(ALL_FACTS.map((f) => f.id).filter((id) => !shown.has(id))).toEqual([]);
  });

  it('uses real vant icon names', () => {
    expect(VANT_ICONS.size).toBeGreaterThan(100);
    for (const id of ACCOUNT_TYPE_IDS) expect(VANT_ICONS.has(ACCOUNT_TYPES[id].icon)).toBe(true);
  });

  it('names the enterprise type as WeCom', () => {
    expect(ACCOUNT_TYPES.enterprise.name).toEqual({ zh: '企业微信（原企业号）', en: 'WeCom (formerly enterprise account)' });
  });

  it('lists the irreversible choices CONTENT.md names', () => {
    expect(ACCOUNT_TYPES.service.irreversible).toEqual(expect.arrayContaining(['svc.irreversible', 'who.entities']));
    expect(ACCOUNT_TYPES.subscription.irreversible).toEqual(expect.arrayContaining(['sub.upgrade', 'who.entities']));
    expect(ACCOUNT_TYPES.enterprise.irreversible).toEqual(expect.arrayContaining(['ent.irreversible', 'who.entities']));
  });
});

describe('account cards', () => {
  it('has four cards in guide order with short texts in each language', () => {
    for (const lang of LANGS) {
      const cards = listAccountCards(lang);
      expect(cards.map((c) => c.id)).toEqual([...ACCOUNT_TYPE_IDS]);
      for (const card of cards) {
        for (const text of [card.name, card.summary, card.who, card.quota, card.icon]) expect(text.length).toBeGreaterThan(0);
        expect(card.tone).toBe(card.id);
      }
    }
    expect(listAccountCards('zh').map((c) => c.quota)).toEqual(['每月 4 条群发', '每天 1 条群发', expect.any(String), expect.any(String)]);
    expect(listAccountCards('en')[0].name).toBe('Service account');
  });
});

describe('account detail', () => {
  it('has every section of the type, titled, with facts, in both languages', () => {
    for (const lang of LANGS) {
      for (const id of ACCOUNT_TYPE_IDS) {
        const view = getAccountDetail(id, lang);
        expect(view).not.toBeNull();
        expect(view!.sections.map((s) => s.key)).toEqual(ACCOUNT_TYPES[id].sections.map((s) => s.key));
        expect(isValidDetail(view!)).toBe(true);
        expect(view!.tags.length).toBeGreaterThan(0);
        // Sections come in the shared display order.
        const order = view!.sections.map((s) => SECTION_KEYS.indexOf(s.key as never));
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }
    }
  });

  it('has the sections each type needs', () => {
    const keys = (id: (typeof ACCOUNT_TYPE_IDS)[number]) => getAccountDetail(id, 'zh')!.sections.map((s) => s.key);
    for (const id of ['service', 'subscription'] as const) {
      expect(keys(id)).toEqual(['definition', 'who', 'where', 'quota', 'functions', 'certification', 'beforeYouApply']);
    }
    expect(keys('enterprise')).toEqual(['definition', 'who', 'where', 'quota', 'functions']);
    expect(keys('miniprogram')).toEqual(expect.arrayContaining(['definition', 'who', 'process', 'rules', 'limits', 'share']));
  });

  it('gives the mini program its five steps and no steps to the others', () => {
    expect(getAccountDetail('miniprogram', 'zh')!.steps).toHaveLength(5);
    expect(getAccountDetail('miniprogram', 'en')!.steps[4]).toBe('Release after approval');
    for (const id of ['service', 'subscription', 'enterprise'] as const) expect(getAccountDetail(id, 'zh')!.steps).toEqual([]);
  });

  it('localizes fact views: now text, seed only when changed, reported, sources, checked', () => {
    const service = getAccountDetail('service', 'zh')!;
    const where = service.sections.find((s) => s.key === 'where')!.facts[0];
    expect(where).toMatchObject({ id: 'svc.where', changed: true, reported: false, checked: '2026-11-23' });
    expect(where.seedText).toContain('聊天列表');
    expect(where.sourceText).toBe('2017 原文（2017）；asiaict.com "Service Accounts Quietly \'Transform\'"（2024-11-21）');
    const definition = service.sections[0].facts[0];
    expect(definition.seedText).toBe('');
    const functions = service.sections.find((s) => s.key === 'functions')!.facts[0];
    expect(functions.reported).toBe(true);
    const en = getAccountDetail('service', 'en')!.sections.find((s) => s.key === 'where')!.facts[0];
    expect(en.sourceText.startsWith('the original 2017 article (2017); asiaict.com')).toBe(true);
    expect(en.text).toMatch(/^Still the chat list/);
  });

  it('returns null for unknown or tampered ids and never throws', () => {
    for (const bad of ['', 'Service', '__proto__', 'constructor', 'service ', null, undefined, 1, {}, ['service']]) {
      expect(getAccountDetail(bad, 'zh')).toBeNull();
    }
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything(), fc.constantFrom(...ACCOUNT_TYPE_IDS)), fc.constantFrom(...LANGS), (value, lang) => {
        const view = getAccountDetail(value, lang);
        expect(view === null || isValidDetail(view)).toBe(true);
        expect(view === null).toBe(!ACCOUNT_TYPE_IDS.includes(value as never));
      }),
    );
  });
});

describe('about view', () => {
  it('lists every source once with the facts it supports, and every change since 2017', () => {
    for (const lang of LANGS) {
      const about = aboutView(lang);
      expect(about.checked).toBe('2026-11-23');
      expect(new Set(about.sources.map((s) => s.title)).size).toBe(about.sources.length);
      const cited = new Set(about.sources.flatMap((s) => s.factIds));
      expect(cited.size).toBe(ALL_FACTS.length);
      expect(about.changes.map((c) => c.id)).toEqual(ALL_FACTS.filter((f) => f.changed).map((f) => f.id));
      for (const change of about.changes) {
        expect(change.seed.length).toBeGreaterThan(0);
        expect(change.now).not.toBe(change.seed);
      }
    }
    const ithome = aboutView('zh').sources.find((s) => s.title.startsWith('IT之家'))!;
    expect(ithome).toEqual({ title: 'IT之家 "微信公众号注册数量调整"', date: '2018-11-16', factIds: ['who.limits', 'sub.who'] });
    const article = (lang: 'zh' | 'en') => aboutView(lang).sources.find((s) => s.factIds.includes('svc.definition') && s.date === '2017')!;
    expect([article('zh').title, article('en').title]).toEqual(['2017 原文', 'the original 2017 article']);
  });
});
