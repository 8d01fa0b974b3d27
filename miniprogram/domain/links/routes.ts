import { AccountTypeId } from '../account-types';
import { LaunchEntry } from './launch-entry';

/**
 * Every page path and link the app builds, in one place: navigation, share cards and Moments all use these,
 * so a link shared today opens the same page tomorrow. Paths start with '/', as navigateTo and share paths need.
 */
export const HOME_PATH = '/pages/home/home';
export const QUIZ_PATH = '/pages/quiz/quiz';
export const COMPARE_PATH = '/pages/compare/compare';
export const ABOUT_PATH = '/pages/about/about';
export const OVERSEAS_PATH = '/pages/overseas/overseas';

export function accountPath(type: AccountTypeId): string {
  return `/pages/account/account?type=${type}`;
}

/** The comparison of these types (already checked and in guide order), optionally showing only differences. */
export function comparePath(types: readonly AccountTypeId[], onlyDifferences: boolean): string {
  return `${COMPARE_PATH}?types=${types.join(',')}${onlyDifferences ? '&diff=1' : ''}`;
}

export const PLAN_PATH = '/pages/plan/plan';

/** A launch plan of quiz answers (by share code); `own` opens it editable for its owner, else read-only. */
export function planPath(code: string, own: boolean): string {
  return `${PLAN_PATH}?a=${code}${own ? '&own=1' : ''}`;
}

/** A type's generic launch plan, from its guide page; a mini program's also by the provider route. */
export function typePlanPath(type: AccountTypeId, route: 'self' | 'provider' = 'self'): string {
  return `${PLAN_PATH}?type=${type}${type === 'miniprogram' && route === 'provider' ? '&route=provider' : ''}`;
}

/** The page a launch entry opens (a scanned link, a scene, a shared link), or null when it opens none. */
export function pathOfEntry(entry: LaunchEntry): string | null {
  switch (entry.kind) {
    case 'type':
      return accountPath(entry.type);
    // The code as read, not re-encoded: a code of an earlier quiz keeps opening what it meant.
    case 'result':
      return resultPath(entry.code, !entry.shared);
    case 'plan':
      return planPath(entry.code, false);
    default:
      return null;
  }
}

/** A quiz result by share code; `own` marks the quiz's own result (no "a friend shared this"). */
export function resultPath(code: string, own: boolean): string {
  return `/pages/result/result?a=${code}${own ? '&own=1' : ''}`;
}
