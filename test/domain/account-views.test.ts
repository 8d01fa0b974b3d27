import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { ACCOUNT_TYPE_IDS, AccountTypeId } from '../../miniprogram/domain/account-types';
import { aboutView } from '../../miniprogram/domain/guide-views/about-view';
import { itemViews, listAccountCards, openWithinBudget } from '../../miniprogram/domain/library/guide/account-views';
import {
  AccountDetailView,
  accountPageData,
  decisionLines,
  getAccountDetail,
} from '../../miniprogram/domain/guide-views/account-page';
import type * as AccountPageModule from '../../miniprogram/domain/guide-views/account-page';
import type * as LibraryParts from '../../miniprogram/domain/guide-views/library-parts';
import { jsonBytes } from '../../miniprogram/domain/budget';
import { isStepId, isStepsRow } from '../../miniprogram/domain/row-types';
import { ALL_ROWS } from '../../scripts/lib/all-rows';
import { getRow } from '../../miniprogram/domain/library/rows';
import { SOURCE_KEYS } from '../../miniprogram/domain/sources/source-table';
import { idsOfType, OVERSEAS_SECTIONS, TYPE_PAGES } from '../../miniprogram/domain/guide-views/type-sections';
import { ACCOUNT_TYPES } from '../../miniprogram/domain/guide/knowledge';
import { LANGS, pick } from '../../miniprogram/domain/text';
import * as sourcesPackage from '../../miniprogram/domain/sources/sources';

const VANT_ICONS = new Set(
  Array.from(
    fs
      .readFileSync(path.resolve(__dirname, '../../node_modules/@vant/weapp/lib/icon/index.wxss'), 'utf8')
      .matchAll(/\.van-icon-([a-z0-9-]+):before/g),
    (m) => m[1],
  ),
);

function isValidDetail(view: AccountDetailView): boolean {
  return (
    ACCOUNT_TYPE_IDS.includes(view.id) &&
    view.name.length > 0 &&
    view.sections.length > 0 &&
    view.sections.every((s) => s.title.length > 0 && s.hint.length > 0 && s.items.length > 0) &&
    view.decide.length >= 3
  );
}

describe('account type knowledge', () => {
  it('refers only to existing rows, each at most once per type', () => {
    for (const id of ACCOUNT_TYPE_IDS) {
      expect(ACCOUNT_TYPES[id].id).toBe(id);
      const ids = idsOfType(id);
      expect(ids.filter((rowId) => !getRow(rowId))).toEqual([]);
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(TYPE_PAGES[id].sections.map((s) => s.key)).size).toBe(TYPE_PAGES[id].sections.length);
    }
  });

  it('shows every CONTENT.md row on some type page, and each launch step on its own type', () => {
    const pageOf = new Map<string, string[]>();
    for (const type of ACCOUNT_TYPE_IDS)
      for (const id of idsOfType(type)) pageOf.set(id, [...(pageOf.get(id) ?? []), type]);
    const overseas = OVERSEAS_SECTIONS.flatMap((s) => s.ids);
    expect(ALL_ROWS.map((r) => r.id).filter((id) => !pageOf.has(id) && !overseas.includes(id))).toEqual([]);
    // Where the edition 3 rows stand: the provider route, licences, opening from outside and Pay on the mini
    // program's page, Pay with or without a provider on the service account's, everything overseas on its own page.
    const on = (prefix: string) => ALL_ROWS.filter((r) => r.id.startsWith(prefix)).map((r) => r.id);
    for (const id of [...on('prov.'), ...on('lp.prov.'), ...on('nocode.'), ...on('cat.'), 'mp.scheme', 'mp.inwx'])
      expect([id, pageOf.get(id)]).toEqual([id, ['miniprogram']]);
    for (const id of ['pay.partner', 'pay.rate', 'pay.entity'])
      expect([id, pageOf.get(id)]).toEqual([id, ['service', 'miniprogram']]);
    expect(overseas).toEqual([...on('os.'), 'cat.overseas']);
    const stepType = {
      sub: 'subscription',
      svc: 'service',
      mp: 'miniprogram',
      prov: 'miniprogram',
      ent: 'enterprise',
    } as Record<string, string>;
    for (const row of ALL_ROWS.filter((r) => r.kind === 'step'))
      expect([row.id, pageOf.get(row.id)]).toEqual([row.id, [stepType[row.id.split('.')[1]]]]);
  });

  it('uses real vant icon names', () => {
    expect(VANT_ICONS.size).toBeGreaterThan(100);
    for (const id of ACCOUNT_TYPE_IDS) expect(VANT_ICONS.has(ACCOUNT_TYPES[id].icon)).toBe(true);
  });

  it('names the subscription account 公众号（原订阅号） and the enterprise account WeCom', () => {
    const both = (id: AccountTypeId) => LANGS.map((lang) => pick(ACCOUNT_TYPES[id].name, lang));
    expect(both('subscription')).toEqual(['公众号（原订阅号）', 'Official account (formerly subscription account)']);
    expect(both('enterprise')).toEqual(['企业微信（原企业号）', 'WeCom (formerly enterprise account)']);
  });

  it('keeps the irreversible choices CONTENT.md names in a section of their own', () => {
    const undo = (id: AccountTypeId) => TYPE_PAGES[id].sections.find((s) => s.key === 'undo')?.ids;
    expect(undo('service')).toEqual(['svc.irreversible']);
    expect(undo('subscription')).toEqual(['sub.upgrade']);
    expect(undo('enterprise')).toEqual(['ent.irreversible']);
    expect(undo('miniprogram')).toBeUndefined();
    // The entity rule stands where it decides, beside who may register, on every type's page.
    for (const id of ACCOUNT_TYPE_IDS)
      expect(TYPE_PAGES[id].sections.find((s) => s.key === 'who')?.ids).toContain('who.entities');
  });

  it('opens each page with 3 to 5 lines that decide, each with the rows behind it', () => {
    const zh = (id: AccountTypeId) => decisionLines(id, 'zh').map((line) => `${line.label}：${line.parts[0].t}`);
    expect(zh('service')).toEqual([
      '谁能注册：仅组织，含个体工商户；个人不可',
      '微信支付：有，需认证',
      '群发次数：每月 4 次；发表（不推送）不占次数',
      '每年费用：认证每年 300 元；支付费率按行业',
      '以后能否改类型：不能改为公众号',
    ]);
    expect(zh('miniprogram')).toEqual([
      '谁能注册：个人和组织（个人不能收款，类目更少）',
      '是否需要开发：要开发，并通过代码审核',
      '微信支付：认证的非个人主体可开；交易类须接发货管理',
      '上线前要做什么：7 步，含认证、备案（平台 1–2 + 省管局 1–20 个工作日）和代码审核',
      '每年费用：企业认证每年 300 元；手机号组件按次收费',
    ]);
    for (const id of ACCOUNT_TYPE_IDS) {
      const lines = decisionLines(id, 'en');
      expect(lines.length).toBeGreaterThanOrEqual(3);
      expect(lines.length).toBeLessThanOrEqual(5);
      for (const line of lines) expect(line.src.every((row) => getRow(row) !== null)).toBe(true);
    }
  });
});

describe('account cards', () => {
  it('has four cards in guide order with short texts in each language', () => {
    for (const lang of LANGS) {
      const cards = listAccountCards(lang);
      expect(cards.map((c) => c.id)).toEqual([...ACCOUNT_TYPE_IDS]);
      for (const card of cards) {
        for (const text of [card.name, card.summary, card.who, card.quota, card.icon])
          expect(text.length).toBeGreaterThan(0);
        expect(card.tone).toBe(card.id);
      }
    }
    expect(listAccountCards('zh').map((c) => [c.name, c.quota])).toEqual([
      ['服务号', '每月 4 次群发'],
      ['公众号（原订阅号）', '每天 1 次群发'],
      ['企业微信（原企业号）', '对员工和客户分别限制'],
      ['小程序', '不适用：靠分享和小程序码'],
    ]);
    expect(listAccountCards('en')[1].name).toBe('Official account (formerly subscription account)');
  });
});

describe('account detail', () => {
  it('has every section of the type, titled, with items, in both languages', () => {
    for (const lang of LANGS) {
      for (const id of ACCOUNT_TYPE_IDS) {
        const view = getAccountDetail(id, lang);
        expect(view).not.toBeNull();
        expect(view!.sections.map((s) => s.key)).toEqual(TYPE_PAGES[id].sections.map((s) => s.key));
        expect(isValidDetail(view!)).toBe(true);
        expect(view!.tags.length).toBeGreaterThan(0);
      }
    }
  });

  it('writes the mini program access process once: the seven steps of mp.process, each with its launch-plan row', () => {
    const process = getAccountDetail('miniprogram', 'en')!.sections.find((s) => s.key === 'process')!;
    // The filing rule (mp.icp), then the process and its steps.
    expect(process.items.map((i) => i.k)).toEqual([
      'fact',
      'fact',
      'step',
      'step',
      'step',
      'step',
      'step',
      'step',
      'step',
    ]);
    const steps = process.items.filter((i) => i.k === 'step');
    expect(steps.map((s) => (s.k === 'step' ? [s.n, s.id, s.title.map((p) => p.t).join('')] : []))).toEqual([
      [1, 'lp.mp.1', 'Register'],
      [
        2,
        'lp.mp.2',
        'Information, incl. service categories and a main category (主营类目, needed for review since 2022-06-08)',
      ],
      [3, 'lp.mp.3', 'Certification (enterprises and individual businesses (个体工商户): before filing)'],
      [4, 'lp.mp.4', 'ICP filing (备案, required before release since 2023-09-01)'],
      [5, 'lp.mp.5', 'Development, incl. the privacy guideline'],
      [6, 'lp.mp.6', 'Code review (some categories add a 7-day report)'],
      [7, 'lp.mp.7', 'Release'],
    ]);
    const filing = steps[3];
    expect(filing.k === 'step' && filing.time).toEqual([
      { t: 'platform 1–2 working days + the SMS answered within 24 hours + province 1–20 working days; ' },
      { t: 'start 20–30 working days ahead', m: 'reported' },
    ]);
    const fact = process.items[1];
    expect(fact.k === 'fact' && [fact.parts, fact.seed.slice(0, 11)]).toEqual([
      [{ t: '7 steps from registration to release; steps 3–5 can overlap.' }],
      '',
    ]);
  });

  it("numbers the other types' launch steps and titles them by their own rows", () => {
    const steps = getAccountDetail('service', 'zh')!.sections.find((s) => s.key === 'steps')!.items;
    expect(steps.map((i) => (i.k === 'step' ? `${i.n} ${i.title.map((p) => p.t).join('')}` : i.k))).toEqual([
      '1 注册，选择“服务号”（不能更改），登记信息',
      '2 验证主体',
      '3 微信认证',
      '4 可选：申请微信支付商户号',
      '5 可选：开通模板消息',
      '6 开始使用',
    ]);
  });

  it('shows the 2017 claim only beside rows that changed, and keeps every mark on its words', () => {
    expect(itemViews(['svc.functions'], 'zh')[0]).toMatchObject({ k: 'fact', id: 'svc.functions', seed: '' });
    const [fact] = itemViews(['svc.functions'], 'zh', true);
    expect(fact).toMatchObject({ k: 'fact', id: 'svc.functions', seed: expect.stringContaining('微信小店') });
    expect(itemViews(['svc.where'], 'zh')[0]).toMatchObject({ seed: '' });
    expect(itemViews(['sub.quota'], 'en')[0]).toMatchObject({
      parts: [
        { t: expect.stringMatching(/^One group message per calendar day.* $/) },
        { t: 'Up to 8 articles per push. ', m: 'reported' },
        { t: 'Publishing without push uses no quota.' },
      ],
    });
    expect(itemViews(['comp.shop'], 'en')[0]).toMatchObject({
      k: 'comp',
      how: [{ m: 'reported' }, { m: 'inference' }],
    });
  });

  it('returns null for unknown or tampered ids and never throws', () => {
    for (const bad of ['', 'Service', '__proto__', 'constructor', 'service ', null, undefined, 1, {}, ['service']]) {
      expect(getAccountDetail(bad, 'zh')).toBeNull();
    }
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.anything(), fc.constantFrom(...ACCOUNT_TYPE_IDS)),
        fc.constantFrom(...LANGS),
        (value, lang) => {
          const view = getAccountDetail(value, lang);
          expect(view === null || isValidDetail(view)).toBe(true);
          expect(view === null).toBe(!ACCOUNT_TYPE_IDS.includes(value as never));
        },
      ),
    );
  });
});

describe('first render of an account page', () => {
  it('opens the first section always and later ones only while the whole payload fits the budget', () => {
    for (const lang of LANGS) {
      for (const id of ACCOUNT_TYPE_IDS) {
        const detail = getAccountDetail(id, lang)!;
        for (const budget of [0, 1500, 3000, 100000]) {
          const sections = openWithinBudget(detail, {}, budget);
          const open = sections.map((s) => s.open);
          expect(open[0]).toBe(true);
          // Open sections are a prefix, and each carries its items.
          expect(open).toEqual([...open].sort((a, b) => Number(b) - Number(a)));
          for (const [i, s] of sections.entries()) expect(s.items).toEqual(s.open ? detail.sections[i].items : []);
          if (open.filter(Boolean).length > 1) expect(jsonBytes(sections)).toBeLessThanOrEqual(budget);
        }
        expect(openWithinBudget(detail, {}, 100000).every((s) => s.open)).toBe(true);
      }
    }
  });

  it('sends an unknown type the notice and the four cards', () => {
    expect(accountPageData('bank', 'en')).toMatchObject({
      found: false,
      cards: expect.arrayContaining([expect.objectContaining({ id: 'service' })]),
    });
  });
});

describe('about view', () => {
  it('lists the Sources table in order with how many rows cite each, and every changed fact', () => {
    for (const lang of LANGS) {
      const about = aboutView(lang, sourcesPackage);
      expect(about.latest).toBe('2026-12-01');
      expect(about.sources.map((s) => s.key)).toEqual(SOURCE_KEYS);
      expect(about.changes.map((c) => c.id)).toEqual([
        'who.entities',
        'svc.functions',
        'sub.upgrade',
        'cert.fee',
        'ent.definition',
        'ent.quota',
        'mp.process',
        'mp.beta',
        'mp.rules',
      ]);
      for (const change of about.changes) expect(change.k === 'fact' && change.seed.length > 0).toBe(true);
    }
    expect(aboutView('zh', sourcesPackage).sources.find((s) => s.key === 'ithome18')).toEqual({
      key: 'ithome18',
      title: '微信公众号注册数量调整（IT之家）',
      date: '2018-11-16',
      url: 'http://m.mnw.cn/keji/mi/2086652.html',
      count: '2 条内容引用',
    });
    expect(aboutView('zh', sourcesPackage).sources.find((s) => s.key === 'tmpl')).toEqual({
      key: 'tmpl',
      title: '模板消息',
      date: '未注明日期，现行文档',
      url: 'https://developers.weixin.qq.com/doc/service/en/guide/product/template_message/Template_Message_Interface.html',
      count: '2 条内容引用',
    });
    expect(aboutView('en', sourcesPackage).sources.find((s) => s.key === 'ch-profile')?.date).toBe('rule 2023-12-20');
  });
});

describe('a type page before the rows arrive (the facts subpackage)', () => {
  /** The page's data from a library that has no rows yet, as a phone has it until domain/facts is there. */
  const withoutRows = (id: AccountTypeId) => {
    let data: ReturnType<typeof accountPageData> | undefined;
    jest.isolateModules(() => {
      // The library the views read, as the loader hands it in (platform/subpackages.ts loadGuide).
      jest
        .requireActual<typeof LibraryParts>('../../miniprogram/domain/guide-views/library-parts')
        .useLibrary(jest.requireActual('../../miniprogram/domain/library/library'));
      data = jest
        .requireActual<typeof AccountPageModule>('../../miniprogram/domain/guide-views/account-page')
        .accountPageData(id, 'zh');
    });
    return data!;
  };

  it('tells a launch step from its id, as the hints count them before the rows are there', () => {
    expect(ALL_ROWS.filter((row) => isStepId(row.id) !== (row.kind === 'step')).map((row) => row.id)).toEqual([]);
  });

  it('tells the rows a plan downloads (steps and companions) from their ids, as a source drawer waits for them', () => {
    const ofPlan = (row: (typeof ALL_ROWS)[number]) => row.kind === 'step' || row.kind === 'companion';
    expect(ALL_ROWS.filter((row) => isStepsRow(row.id) !== ofPlan(row)).map((row) => row.id)).toEqual([]);
  });

  it.each(ACCOUNT_TYPE_IDS)('%s: shows the same head, lines and hints, its first section saying it loads', (id) => {
    const before = withoutRows(id);
    const after = accountPageData(id, 'zh');
    if (!('sections' in before) || !('sections' in after)) throw new Error('a known type has sections');
    expect(before.decide).toEqual(after.decide);
    expect(before.sections.map((s) => [s.title, s.hint])).toEqual(after.sections.map((s) => [s.title, s.hint]));
    expect(before.sections.map((s) => [s.open, s.items.length, s.wait ?? ''])).toEqual(
      before.sections.map((_, i) => (i === 0 ? [true, 0, 'loading'] : [false, 0, ''])),
    );
    // With the rows, the sections that open carry their items and wait for nothing.
    expect(after.sections.filter((s) => s.open).every((s) => s.items.length > 0 && !s.wait)).toBe(true);
  });
});
