import fc from 'fast-check';
import { parseTicks, ticksKey, toggleTick, TICKS_VERSION } from '../../miniprogram/domain/plan/ticks';

describe('stored ticks of a launch plan', () => {
  it('read a versioned record, or its JSON text, and nothing else', () => {
    expect(parseTicks({ v: 1, done: ['lp.mp.1', 'lp.mp.4'] })).toEqual(['lp.mp.1', 'lp.mp.4']);
    expect(parseTicks('{"v":1,"done":["lp.sub.2"]}')).toEqual(['lp.sub.2']);
    for (const bad of [
      null,
      '',
      '{"v":1,',
      42,
      [],
      { v: 2, done: [] },
      { v: 1, done: 'lp.mp.1' },
      { done: ['lp.mp.1'] },
    ])
      expect(parseTicks(bad)).toBeNull();
  });

  it('keep only step ids, once each, and never throw on anything', () => {
    expect(parseTicks({ v: 1, done: ['lp.mp.1', 'lp.mp.1', 7, '__proto__', 'lp.x.9'] })).toEqual(['lp.mp.1', 'lp.x.9']);
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const done = parseTicks(raw);
        expect(done === null || done.every((id) => /^lp\.[a-z]+\.\d+$/.test(id))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('tick and untick one step, keeping every other id (even one a later edition dropped)', () => {
    expect(toggleTick(['lp.old.9', 'lp.mp.1'], 'lp.mp.4', true)).toEqual({
      v: TICKS_VERSION,
      done: ['lp.old.9', 'lp.mp.1', 'lp.mp.4'],
    });
    expect(toggleTick(['lp.old.9', 'lp.mp.1'], 'lp.mp.1', false)).toEqual({ v: TICKS_VERSION, done: ['lp.old.9'] });
    expect(parseTicks(toggleTick([], 'lp.sub.1', true))).toEqual(['lp.sub.1']);
  });

  it('live under one key per plan', () => {
    expect(ticksKey('code.10nwpI')).toBe('plan.ticks.code.10nwpI');
    expect(ticksKey('type.service')).toBe('plan.ticks.type.service');
  });
});
