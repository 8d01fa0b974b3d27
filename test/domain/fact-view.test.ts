import { factLabels, partViews, sourceView } from '../../miniprogram/domain/library/guide/fact-view';
import * as sourcesPackage from '../../miniprogram/domain/sources/sources';
import { sourceDate, sourceTitle } from '../../miniprogram/domain/sources/source-view';
import { SOURCE_TITLES } from '../../miniprogram/domain/sources/source-titles';
import { SOURCE_KEYS, SOURCES } from '../../miniprogram/domain/sources/source-table';
import { inference, p, reported } from '../../miniprogram/domain/row-types';

describe('fact views', () => {
  it('join English parts with a space and keep each mark on its part', () => {
    expect(partViews([p('甲', 'one'), reported('乙', 'two'), inference('丙', 'three')], 'en')).toEqual([
      { t: 'one ' },
      { t: 'two ', m: 'reported' },
      { t: 'three', m: 'inference' },
    ]);
    expect(
      partViews([p('甲', 'one'), reported('乙', 'two')], 'zh')
        .map((v) => v.t)
        .join(''),
    ).toBe('甲乙');
  });

  it("give any row its sources (title in the reader's language, localized date, link) and checked date on request", () => {
    expect(sourceView('svc.where', 'en', sourcesPackage)).toEqual({
      items: [
        {
          key: 'art',
          title: 'The original article on the four types, by @操作合作伙伴 (Qinggua Media)',
          date: '2017',
          url: '',
        },
        {
          key: 'asiaict',
          title: 'Service Accounts Quietly "Transform" (asiaict.com)',
          date: '2024-11-21',
          url: 'http://asiaict.com/finance/5733.html',
        },
      ],
      checked: '2026-11-24',
      seed: '',
    });
    expect(sourceView('ent.who', 'en', sourcesPackage)?.checked).toBe('2026-12-01');
    const filing = sourceView('lp.mp.4', 'zh', sourcesPackage)?.items.find((item) => item.key === 'icp23');
    expect(filing?.url).toBe('http://www.yinheliwan.cn/bbs/rengongzhineng/2023/08/10/143507.html');
    expect(filing?.title).toMatch(/^关于开展微信小程序备案的通知（/);
    expect(sourceView('comp.channels', 'zh', sourcesPackage)?.items.map((item) => item.date)).toContain(
      '规则 2023-12-20',
    );
    for (const bad of ['nope', 42, null, '__proto__']) expect(sourceView(bad, 'zh', sourcesPackage)).toBeNull();
  });

  it("title each source in the reader's language: Chinese in the Chinese UI where it has one, English first in English", () => {
    for (const key of SOURCE_KEYS) {
      const zh = sourceTitle(key, 'zh');
      const en = sourceTitle(key, 'en');
      const cjk = /[\u4e00-\u9fff]/;
      // A Chinese title in the Chinese UI has no half-width bracket around its site; an English one reads first in English.
      if (cjk.test(zh)) expect({ key, zh }).toEqual({ key, zh: expect.not.stringMatching(/[\u4e00-\u9fff] \(/) });
      expect({ key, en }).toEqual({ key, en: expect.stringMatching(/^[^\u4e00-\u9fff]/) });
      // An override says something the plain title does not.
      if (SOURCE_TITLES[key]?.zh)
        expect({ key, differs: SOURCE_TITLES[key]?.zh !== SOURCES[key].title }).toEqual({ key, differs: true });
    }
    expect(sourceTitle('ithome18', 'zh')).toBe('微信公众号注册数量调整（IT之家）');
    expect(sourceTitle('perm', 'zh')).toBe('公众号接口权限说明');
    expect(sourceTitle('asiaict', 'zh')).toBe('Service Accounts Quietly "Transform" (asiaict.com)');
  });

  it("carry a changed row's 2017 claim in the drawer, not in the line", () => {
    expect(sourceView('sub.upgrade', 'zh', sourcesPackage)?.seed).toMatch(/2017|升级/);
    expect(sourceView('sub.quota', 'zh', sourcesPackage)?.seed).toBe('');
  });

  it('say where a source has no address, and give every other one as http(s)', () => {
    for (const key of SOURCE_KEYS) {
      const url = SOURCES[key].url;
      expect({ key, ok: url === null || /^https?:\/\/\S+$/.test(url) }).toEqual({ key, ok: true });
    }
    expect(sourceView('svc.definition', 'zh', sourcesPackage)?.items[0]).toMatchObject({ key: 'art', url: '' });
  });

  it('localize every source date of CONTENT.md into Chinese words', () => {
    for (const key of SOURCE_KEYS)
      expect({ key, date: sourceDate(SOURCES[key].date, 'zh') }).toEqual({
        key,
        date: expect.not.stringMatching(/[a-z]{3,}/),
      });
    expect(sourceDate('undated, current doc', 'en')).toBe('undated, current doc');
  });

  it('label facts, steps and companions in both languages', () => {
    expect(factLabels('en')).toMatchObject({
      changed: 'Changed since 2017',
      reported: 'Reported',
      inference: 'Advice',
      needs: 'What you need',
    });
    expect(factLabels('zh')).toMatchObject({ reported: '据报道', inference: '建议', time: '耗时', fee: '费用' });
  });
});
