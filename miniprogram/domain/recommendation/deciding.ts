import { AccountTypeId } from '../account-types';
import { Answers, isComplete } from '../quiz/questionnaire';
import { recommend } from './recommender';
import { setupTypes } from '../setup-parts';

/**
 * The two types a person with these answers is deciding between, for the comparison: the two of their setup when it
 * has two, else their pick and its runner-up; fewer when the quiz is unfinished or no second type fits.
 */
export function decidingTypes(answers: Answers | null | undefined): AccountTypeId[] {
  if (!answers || !isComplete(answers)) return [];
  const rec = recommend(answers);
  const setup = setupTypes(rec.setup);
  if (setup.length >= 2) return setup.slice(0, 2);
  const pick = [...setup, rec.top, rec.runnerUp].filter((id): id is AccountTypeId => id !== null);
  return [...new Set(pick)].slice(0, 2);
}
