import fc from 'fast-check';
import { countWithinBudget, jsonBytes, utf8Bytes } from '../../miniprogram/domain/budget';

describe('setData budget helpers', () => {
  it('count UTF-8 bytes like Buffer does, for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => utf8Bytes(s) === Buffer.byteLength(s, 'utf8')));
    expect(utf8Bytes('服务号 😀')).toBe(Buffer.byteLength('服务号 😀', 'utf8'));
    expect(jsonBytes({ a: '订阅号' })).toBe(Buffer.byteLength(JSON.stringify({ a: '订阅号' }), 'utf8'));
  });

  it('take as many items as fit, but never zero while any are left', () => {
    const items = ['aaaa', 'bbbb', 'cccc'];
    expect(countWithinBudget(items, 0, 15)).toBe(2);
    expect(countWithinBudget(items, 2, 15)).toBe(1);
    expect(countWithinBudget(items, 0, 1)).toBe(1);
    expect(countWithinBudget(items, 3, 100)).toBe(0);
    fc.assert(
      fc.property(fc.array(fc.string()), fc.integer({ min: 1, max: 200 }), (list, budget) => {
        let start = 0;
        let rounds = 0;
        while (start < list.length) {
          const n = countWithinBudget(list, start, budget);
          expect(n).toBeGreaterThan(0);
          if (n > 1) expect(jsonBytes(list.slice(start, start + n))).toBeLessThanOrEqual(budget + 1);
          start += n;
          rounds++;
        }
        return rounds <= list.length;
      }),
    );
  });
});
