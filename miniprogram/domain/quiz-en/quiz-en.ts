// The quiz-en subpackage (app.json root domain/quiz-en): the English of the questions, by their Chinese
// (domain/text.ts textKey). A Chinese reader never downloads it. The quiz, which is its questions, waits for it
// (platform/subpackages.ts loadQuiz); a result and a plan, which show the answers, start it beside their own and
// read the answers in Chinese until it is there. It goes to domain/text.ts (addEnglish); if it fails, the questions
// read in Chinese and the next page tries again. This file is the package's one door.
export { QUESTIONNAIRE_EN as QUIZ_TEXTS_EN } from './questionnaire';
