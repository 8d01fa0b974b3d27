import { factLabels, partViews, sourceDate, sourceView } from '../../miniprogram/domain/guide/fact-view';
import { SOURCE_KEYS, SOURCES } from '../../miniprogram/domain/facts/sources';
import { inference, p, reported } from '../../miniprogram/domain/facts/types';

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

  it('give any row its sources with localized dates, and its checked date, on request', () => {
    expect(sourceView('svc.where', 'zh')).toEqual({
      text: 'The original article on the four types, by @操作合作伙伴 (Qinggua Media)（2017）；Service Accounts Quietly "Transform" (asiaict.com)（2024-11-21）',
      checked: '2026-11-24',
    });
    expect(sourceView('ent.who', 'en')?.checked).toBe('2026-11-23');
    expect(sourceView('lp.mp.4', 'zh')?.text).toContain(
      '关于开展微信小程序备案的通知 (WeChat; repost 2023-08-10)（2023-08-09）',
    );
    expect(sourceView('comp.channels', 'zh')?.text).toContain('视频号主页（规则 2023-12-20）');
    for (const bad of ['nope', 42, null, '__proto__']) expect(sourceView(bad, 'zh')).toBeNull();
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
