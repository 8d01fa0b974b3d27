import { planStateOf } from '../../miniprogram/domain/library/plan/plan-state';
import { encodeAnswers } from '../../miniprogram/domain/links/share-codec';
import { PERSONAS } from './personas';
import { recommend } from '../../miniprogram/domain/recommendation/recommender';

const ticksOf = (key: string): string[] => [`ticked in ${key}`];

describe('the plan a launch entry opens', () => {
  it("opens a type's generic plan with its saved ticks, editable, with no 'make mine'", () => {
    const state = planStateOf({ kind: 'type', type: 'miniprogram' }, recommend, ticksOf);
    expect(state).toMatchObject({ kind: 'plan', shared: false, mine: null, path: '/pages/plan/plan?type=miniprogram' });
    expect(state.kind === 'plan' && state.ticks).toEqual([`ticked in ${state.kind === 'plan' ? state.plan.key : ''}`]);
  });

  it("opens one's own plan with its ticks, and a friend's without any, offering it as their own", () => {
    const code = encodeAnswers(PERSONAS.P4);
    const opened = { answers: PERSONAS.P4, code, legacy: false };
    const own = planStateOf({ kind: 'plan', ...opened, shared: false }, recommend, ticksOf);
    const friend = planStateOf({ kind: 'plan', ...opened, shared: true }, recommend, ticksOf);
    expect(own).toMatchObject({ kind: 'plan', shared: false, path: `/pages/plan/plan?a=${code}` });
    expect(own.kind === 'plan' && own.ticks).toHaveLength(1);
    expect(friend).toMatchObject({ kind: 'plan', shared: true, ticks: [], mine: `/pages/plan/plan?a=${code}&own=1` });
  });

  it('says why there is no plan: nothing recommended, a path instead of an account, a damaged link, or no link', () => {
    const entry = (answers: typeof PERSONAS.P8) =>
      ({ kind: 'plan', answers, shared: false, code: encodeAnswers(answers), legacy: false }) as const;
    expect(planStateOf(entry(PERSONAS.P8), recommend, ticksOf)).toEqual({ kind: 'noFit' });
    expect(planStateOf(entry(PERSONAS.P5), recommend, ticksOf)).toEqual({ kind: 'path' });
    expect(planStateOf({ kind: 'damaged', source: 'q' }, recommend, ticksOf)).toEqual({ kind: 'damaged' });
    expect(planStateOf({ kind: 'none' }, recommend, ticksOf)).toEqual({ kind: 'none' });
  });
});
