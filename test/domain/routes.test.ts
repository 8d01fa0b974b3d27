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
import { Answers } from '../../miniprogram/domain/quiz/questionnaire';

/** CONTENT.md's P2 (an enterprise serving customers, with its own developers) in the current quiz: code 2Ae8x2. */
const P2: Answers = {
  entity: 'enterprise',
  goals: ['service'],
  frequency: 'few_monthly',
  audience: 'public',
  payment: 'yes',
  build: 'own',
  certify: 'yes',
};

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
    expect(resultPath('2Ae8x2', true)).toBe('/pages/result/result?a=2Ae8x2&own=1');
    expect(resultPath('2Ae8x2', false)).toBe('/pages/result/result?a=2Ae8x2');
    // A version-1 code is carried as it is: the result and plan pages read every version.
    expect(resultPath('10nwpI', false)).toBe('/pages/result/result?a=10nwpI');
    expect(planPath('2Ae8x2', false)).toBe('/pages/plan/plan?a=2Ae8x2');
    expect(typePlanPath('service')).toBe('/pages/plan/plan?type=service');
    expect(typePlanPath('miniprogram', 'provider')).toBe('/pages/plan/plan?type=miniprogram&route=provider');
  });

  it("open what a launch entry names: a friend's result, a type, a plan, or nothing", () => {
    const opened = { answers: P2, code: '2Ae8x2', legacy: false };
    expect(pathOfEntry({ kind: 'result', ...opened, shared: true })).toBe('/pages/result/result?a=2Ae8x2');
    expect(pathOfEntry({ kind: 'result', ...opened, shared: false })).toBe('/pages/result/result?a=2Ae8x2&own=1');
    expect(pathOfEntry({ kind: 'plan', ...opened, shared: true })).toBe('/pages/plan/plan?a=2Ae8x2');
    // A version-1 code is forwarded as it was read, never re-encoded without what it could not carry.
    const old = { kind: 'result' as const, answers: { entity: 'individual' as const }, code: '10Ow4e', legacy: true };
    expect(pathOfEntry({ ...old, shared: true })).toBe('/pages/result/result?a=10Ow4e');
    expect(pathOfEntry({ kind: 'type', type: 'service' })).toBe('/pages/account/account?type=service');
    expect(pathOfEntry({ kind: 'damaged', source: 'q' })).toBeNull();
    expect(pathOfEntry({ kind: 'none' })).toBeNull();
  });
});
