import { AccountTypeId } from './account-types';

/**
 * Every page path and link the app builds, in one place: navigation, share cards and Moments all use these,
 * so a link shared today opens the same page tomorrow. Paths start with '/', as navigateTo and share paths need.
 */
export const HOME_PATH = '/pages/home/home';
export const QUIZ_PATH = '/pages/quiz/quiz';
export const COMPARE_PATH = '/pages/compare/compare';
export const ABOUT_PATH = '/pages/about/about';

export function accountPath(type: AccountTypeId): string {
  return `/pages/account/account?type=${type}`;
}

/** The comparison of these types (already checked and in guide order), optionally showing only differences. */
export function comparePath(types: readonly AccountTypeId[], onlyDifferences: boolean): string {
  return `${COMPARE_PATH}?types=${types.join(',')}${onlyDifferences ? '&diff=1' : ''}`;
}
