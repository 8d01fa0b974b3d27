import { APP_EN, APP_TEXTS_EN } from '../../miniprogram/domain/app-en/app-en';
import { ENGINE_EN, ENGINE_TEXTS_EN } from '../../miniprogram/domain/engine-en/engine-en';
import { FACTS_TEXTS_EN } from '../../miniprogram/domain/facts-en/facts-en';
import { ROW_PAGES_EN, STEPS_TEXTS_EN } from '../../miniprogram/domain/steps-en/steps-en';
import { PLAN_EN, PREPARE_EN } from '../../miniprogram/domain/plan-en/plan-en';
import { addAppEnglish } from '../../miniprogram/domain/i18n/strings';
import { QUIZ_TEXTS_EN } from '../../miniprogram/domain/quiz-en/quiz-en';
import { LIBRARY_EN, LIBRARY_TEXTS_EN } from '../../miniprogram/domain/library-en/library-en';
import { addEnglishStrings as addLibraryStrings } from '../../miniprogram/domain/library/i18n/strings';
import { addEnglishStrings as addEngineStrings } from '../../miniprogram/domain/result-views/i18n/strings';
import { addEnglish } from '../../miniprogram/domain/text';

/**
 * Adds all the English that the mini program downloads apart, for English readers only (platform/subpackages.ts
 * loadAppEnglish, loadQuiz, loadLibrary, loadSteps, loadFacts, loadPlan, loadResult), to the domain modules of the
 * bundle that imports this: for code that holds the whole domain at once and speaks both languages from the start
 * (the web page, the facts document, the bench, jest).
 */
export function addAllEnglish(): void {
  addAppEnglish(APP_EN);
  addEnglish(APP_TEXTS_EN);
  addEnglish(QUIZ_TEXTS_EN);
  addEnglish(LIBRARY_TEXTS_EN);
  addEnglish(FACTS_TEXTS_EN);
  addEnglish(STEPS_TEXTS_EN);
  addEnglish(PREPARE_EN);
  addEnglish(ENGINE_TEXTS_EN);
  addLibraryStrings(LIBRARY_EN);
  addLibraryStrings(ROW_PAGES_EN);
  addLibraryStrings(PLAN_EN);
  addEngineStrings(ENGINE_EN);
}
