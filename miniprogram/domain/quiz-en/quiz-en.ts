// The quiz-en subpackage (app.json root domain/quiz-en): the English of the questions (by their Chinese,
// domain/text.ts textKey) and of the quiz's and a result's strings. A Chinese reader never downloads it; the quiz, a
// result and a plan load it for an English reader before they render (platform/subpackages.ts loadQuiz) and hand it
// to domain/i18n/strings.ts (addAppEnglish) and domain/text.ts (addEnglish). Until it is there, or if it fails, they
// read in Chinese. This file is the package's one door.
export { QUIZ_EN } from './strings';
export { QUESTIONNAIRE_EN as QUIZ_TEXTS_EN } from './questionnaire';
