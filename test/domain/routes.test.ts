import {
  ABOUT_PATH,
  accountPath,
  COMPARE_PATH,
  comparePath,
  HOME_PATH,
  pathOfEntry,
  planPath,
  QUIZ_PATH,
  resultPath,
  typePlanPath,
} from '../../miniprogram/domain/links/routes';
import { PERSONAS } from './personas';

/** Every path the app builds, pinned: links shared today must open the same pages tomorrow. */
describe('routes', () => {
  it('name every page as app.json does', () => {
    expect([HOME_PATH, QUIZ_PATH, COMPARE_PATH, ABOUT_PATH]).toEqual([
      '/pages/home/home',
      '/pages/quiz/quiz',
      '/pages/compare/compare',
      '/pages/about/about',
    ]);
    expect(accountPath('miniprogram')).toBe('/pages/account/account?type=miniprogram');
    expect(comparePath(['service', 'miniprogram'], true)).toBe(
      '/pages/compare/compare?types=service,miniprogram&diff=1',
    );
    expect(resultPath('10nwpI', true)).toBe('/pages/result/result?a=10nwpI&own=1');
    expect(resultPath('10nwpI', false)).toBe('/pages/result/result?a=10nwpI');
    expect(planPath('10nwpI', false)).toBe('/pages/plan/plan?a=10nwpI');
    expect(typePlanPath('service')).toBe('/pages/plan/plan?type=service');
  });

  it("open what a launch entry names: a friend's result, a type, a plan, or nothing", () => {
    expect(pathOfEntry({ kind: 'result', answers: PERSONAS.P2, shared: true })).toBe('/pages/result/result?a=10nwpI');
    expect(pathOfEntry({ kind: 'result', answers: PERSONAS.P2, shared: false })).toBe(
      '/pages/result/result?a=10nwpI&own=1',
    );
    expect(pathOfEntry({ kind: 'plan', answers: PERSONAS.P2, shared: true })).toBe('/pages/plan/plan?a=10nwpI');
    expect(pathOfEntry({ kind: 'type', type: 'service' })).toBe('/pages/account/account?type=service');
    expect(pathOfEntry({ kind: 'damaged', source: 'q' })).toBeNull();
    expect(pathOfEntry({ kind: 'none' })).toBeNull();
  });
});
