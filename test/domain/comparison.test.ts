import fc from 'fast-check';
import { ACCOUNT_TYPE_IDS, AccountTypeId } from '../../miniprogram/domain/account-types';
import { pick } from '../../miniprogram/domain/text';
import {
  comparePageData,
  compareShare,
  compareStateOf,
  compareView,
  differingDimensions,
  normalizeTypes,
  toggleType,
} from '../../miniprogram/domain/guide-views/comparison';
import { decidingTypes } from '../../miniprogram/domain/recommendation/deciding';
import { PERSONAS } from './personas';
import { DIMENSIONS } from '../../miniprogram/domain/guide-views/comparison-table';
import { getRow } from '../../miniprogram/domain/library/rows';
import { statesReportedFigure } from '../helpers/reported-figures';
import { LANGS } from '../../miniprogram/domain/text';

const typeId = fc.constantFrom(...ACCOUNT_TYPE_IDS);
const typeList = fc.array(typeId, { maxLength: 6 });
const key = (v: { level: string; text: { zh: string; en: string }; reported?: boolean }) =>
  `${v.level}|${v.text.zh}|${pick(v.text, 'en')}|${!!v.reported}`;

describe('comparison dimensions', () => {
  it('have unique stable ids, labels and a value for every type backed by facts', () => {
    expect(new Set(DIMENSIONS.map((d) => d.id)).size).toBe(DIMENSIONS.length);
    expect(DIMENSIONS.map((d) => d.id)).toEqual(
      expect.arrayContaining([
        'who-can-register',
        'message-quota',
        'where-messages-appear',
        'wechat-pay',
        'custom-menu',
        'advanced-interfaces',
        'certification',
        'change-type-later',
        'needs-development',
      ]),
    );
    // Edition 2: what users now ask about.
    expect(DIMENSIONS.map((d) => d.id)).toEqual(
      expect.arrayContaining(['search-share-uncertified', 'steps-before-live', 'yearly-cost']),
    );
    for (const dim of DIMENSIONS) {
      expect(dim.label.zh && pick(dim.label, 'en')).toBeTruthy();
      for (const id of ACCOUNT_TYPE_IDS) {
        const value = dim.values[id];
        expect(value.text.zh && pick(value.text, 'en')).toBeTruthy();
        expect(value.factIds.length).toBeGreaterThan(0);
        for (const factId of value.factIds)
          expect(`${dim.id}/${id}/${factId}:${getRow(factId) !== undefined}`).toBe(`${dim.id}/${id}/${factId}:true`);
      }
    }
  });

  it('marks a cell reported when it states a figure its rows give only as reported, and the reported menu editor', () => {
    for (const dim of DIMENSIONS) {
      for (const id of ACCOUNT_TYPE_IDS) {
        const value = dim.values[id];
        if (statesReportedFigure(pick(value.text, 'en'), value.factIds))
          expect(`${dim.id}/${id}:${!!value.reported}`).toBe(`${dim.id}/${id}:true`);
      }
    }
    expect(DIMENSIONS.find((d) => d.id === 'custom-menu')!.values.subscription.reported).toBe(true);
    expect(
      compareView(['service', 'subscription'], false, 'zh').rows.find((r) => r.id === 'custom-menu')!.cells,
    ).toEqual([['有，无需认证'], ['接口需认证；网页编辑器不认证也能用', 'p', 1]]);
  });

  it('says plainly that an uncertified mini program cannot be found or shared', () => {
    expect(DIMENSIONS.find((d) => d.id === 'search-share-uncertified')!.values.miniprogram).toMatchObject({
      level: 'no',
      factIds: ['cert.mp'],
    });
  });

  it('knows the headline differences', () => {
    const pay = DIMENSIONS.find((d) => d.id === 'wechat-pay')!.values;
    expect([pay.service.level, pay.subscription.level]).toEqual(['yes', 'no']);
    const quota = DIMENSIONS.find((d) => d.id === 'message-quota')!.values;
    expect(quota.service.text.zh).toContain('每月 4 次');
    expect(quota.subscription.text.zh).toContain('每天 1 次');
  });
});

describe('differingDimensions', () => {
  it('is empty for no type, a single type, or the same type repeated', () => {
    expect(differingDimensions([])).toEqual([]);
    fc.assert(
      fc.property(typeId, fc.integer({ min: 1, max: 5 }), (id, n) => {
        expect(differingDimensions(Array(n).fill(id))).toEqual([]);
      }),
    );
  });

  it('returns exactly the dimensions whose values differ between the selected types', () => {
    fc.assert(
      fc.property(typeList, (types) => {
        const unique = [...new Set(types)];
        const expected = DIMENSIONS.filter((d) => new Set(unique.map((id) => key(d.values[id]))).size > 1).map(
          (d) => d.id,
        );
        expect(differingDimensions(types)).toEqual(expected);
      }),
    );
  });

  it('does not depend on order or duplicates', () => {
    fc.assert(
      fc.property(typeList, (types) => {
        expect(differingDimensions([...types].reverse().concat(types))).toEqual(differingDimensions(types));
      }),
    );
  });

  it('finds service and subscription the same on search without certification and different on payment', () => {
    const diff = differingDimensions(['service', 'subscription']);
    expect(diff).toContain('wechat-pay');
    expect(diff).not.toContain('search-share-uncertified');
  });
});

describe('compareView', () => {
  it('only-differences rows are a subset of all rows, and each really differs', () => {
    fc.assert(
      fc.property(typeList, fc.constantFrom(...LANGS), (types, lang) => {
        const all = compareView(types, false, lang);
        const diff = compareView(types, true, lang);
        expect(all.rows).toHaveLength(all.total);
        expect(diff.total).toBe(all.total);
        const allIds = all.rows.map((r) => r.id);
        for (const row of diff.rows) {
          expect(allIds).toContain(row.id);
          expect(row).toEqual(all.rows.find((r) => r.id === row.id));
          const dim = DIMENSIONS.find((d) => d.id === row.id)!;
          expect(new Set(diff.columns.map((c) => key(dim.values[c.id]))).size).toBeGreaterThan(1);
        }
        // Every row left out really has one value for all selected types.
        for (const row of all.rows.filter((r) => !diff.rows.some((d) => d.id === r.id))) {
          expect(new Set(row.cells.map((c) => c.join('|'))).size).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('has one column per distinct known type, in guide order, and one cell per column', () => {
    fc.assert(
      fc.property(typeList, (types) => {
        const view = compareView(types, false, 'zh');
        expect(view.columns.map((c) => c.id)).toEqual(ACCOUNT_TYPE_IDS.filter((id) => types.includes(id)));
        for (const row of view.rows) expect(row.cells).toHaveLength(view.columns.length);
      }),
    );
  });

  it('ignores unknown ids from links', () => {
    const tampered = [
      'service',
      'nope',
      '__proto__',
      42,
      null,
      'subscription',
      'service',
    ] as unknown as AccountTypeId[];
    const view = compareView(tampered, false, 'en');
    expect(view.columns).toEqual([
      { id: 'service', name: 'Service account' },
      { id: 'subscription', name: 'Official account (formerly subscription account)' },
    ]);
    expect(compareView(tampered, true, 'en')).toEqual(compareView(['service', 'subscription'], true, 'en'));
    fc.assert(
      fc.property(fc.array(fc.anything()), (junk) => {
        expect(() => compareView(junk as AccountTypeId[], true, 'zh')).not.toThrow();
        expect(normalizeTypes(junk).every((id) => ACCOUNT_TYPE_IDS.includes(id))).toBe(true);
      }),
    );
  });

  it('localizes labels, names and cells', () => {
    const zh = compareView(['service', 'enterprise'], false, 'zh');
    const en = compareView(['service', 'enterprise'], false, 'en');
    expect(zh.columns[1].name).toBe('企业微信（原企业号）');
    expect(en.columns[1].name).toBe('WeCom (formerly enterprise account)');
    expect(zh.rows[0].label).toBe('谁能注册');
    expect(en.rows[0].label).toBe('Who can register');
    expect(zh.rows[0].cells[0][0]).not.toBe(en.rows[0].cells[0][0]);
  });
});

describe('badges', () => {
  it('show only where they add meaning: never on a burden, never repeating the words that open the cell', () => {
    for (const lang of LANGS) {
      const view = compareView([...ACCOUNT_TYPE_IDS], false, lang);
      const badges = Object.fromEntries(view.rows.map((row) => [row.id, row.cells.map((cell) => cell[1] ?? '')]));
      // Work and waiting are costs: no green "yes" on them.
      expect(badges['needs-development'].every((b) => b === '' || b === 'i')).toBe(true);
      expect(badges['steps-before-live'].every((b) => b === '' || b === 'i')).toBe(true);
      for (const row of view.rows)
        for (const cell of row.cells)
          if (cell[1] && cell[1] !== 'i') expect(cell[0]).not.toMatch(/^(有|没有|不能|Yes\b|No\b|Cannot\b)/);
    }
    const pay = compareView(['service', 'miniprogram'], false, 'zh').rows.find((r) => r.id === 'wechat-pay')!;
    expect(pay.cells).toEqual([['有，需认证'], ['认证的非个人主体可开；交易类须接发货管理', 'p']]);
  });
});

describe('the compare page state', () => {
  it('opens a two-type link side by side, a longer one as the list of four, else the pair the reader weighs', () => {
    expect(compareStateOf('miniprogram,service', '1', [])).toEqual({
      mode: 'pair',
      pair: ['service', 'miniprogram'],
      onlyDiff: true,
    });
    expect(compareStateOf('service,subscription,enterprise,miniprogram', undefined, ['service', 'enterprise'])).toEqual(
      { mode: 'all', pair: ['service', 'subscription'], onlyDiff: false },
    );
    expect(compareStateOf(undefined, undefined, ['enterprise', 'service'])).toEqual({
      mode: 'pair',
      pair: ['service', 'enterprise'],
      onlyDiff: false,
    });
    for (const junk of ['%E0%A4%A', 'bank,__proto__', 'service', 42, null])
      expect(compareStateOf(junk, 'x', [])).toEqual({ mode: 'all', pair: [], onlyDiff: false });
  });

  it('keeps at most two types picked: a third replaces the earlier pick', () => {
    expect(toggleType(['service', 'subscription'], 'miniprogram')).toEqual(['subscription', 'miniprogram']);
    expect(toggleType(['service'], 'service')).toEqual([]);
    expect(toggleType(['service'], 'bank')).toEqual(['service']);
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 8 }), (taps) => {
        const pair = taps.reduce<AccountTypeId[]>((p, id) => toggleType(p, id), []);
        expect(pair.length).toBeLessThanOrEqual(2);
        expect(new Set(pair).size).toBe(pair.length);
      }),
    );
  });

  it('lists all four point by point; only differences puts types with the same answer on one line', () => {
    const all = comparePageData({ mode: 'all', pair: [], onlyDiff: false }, 'zh');
    const merged = comparePageData({ mode: 'all', pair: [], onlyDiff: true }, 'zh');
    expect(all.list.every((row) => row.lines.length === 4)).toBe(true);
    const search = merged.list.find((row) => row.label === '未认证能否被搜到、被分享')!;
    expect(search.lines.map((line) => line[0].map((i) => merged.order[i]))).toEqual([
      ['service', 'subscription'],
      ['enterprise'],
      ['miniprogram'],
    ]);
    expect(merged.list.reduce((n, row) => n + row.lines.length, 0)).toBeLessThan(4 * all.list.length);
  });

  it('shares the view it shows', () => {
    expect(compareShare({ mode: 'pair', pair: ['miniprogram', 'service'], onlyDiff: true }, 'zh').path).toBe(
      '/pages/compare/compare?types=service,miniprogram&diff=1',
    );
    expect(compareShare({ mode: 'all', pair: ['service', 'subscription'], onlyDiff: false }, 'zh').path).toBe(
      '/pages/compare/compare?types=service,subscription,enterprise,miniprogram',
    );
  });

  it('weighs the two types of a persona: the two of the setup, or the pick and its runner-up', () => {
    expect(decidingTypes(null)).toEqual([]);
    expect(decidingTypes({ entity: 'enterprise' })).toEqual([]);
    for (const answers of Object.values(PERSONAS)) {
      const pair = decidingTypes(answers);
      expect(pair.length).toBeLessThanOrEqual(2);
      expect(new Set(pair).size).toBe(pair.length);
    }
    expect(decidingTypes(PERSONAS.P1)).toEqual(['subscription', expect.any(String)]);
  });
});
