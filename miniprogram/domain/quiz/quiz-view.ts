import { t } from '../i18n/strings';
import { Answers, isAnswered, isComplete, QUESTIONS, questionView, QuestionView } from './questionnaire';
import { Lang } from '../text';

/** The quiz page's view: the question on screen, the flags around it and the labels. */
export interface QuizState {
  answers: Answers;
  /** Index of the question on screen. */
  step: number;
  /** The page opened on saved progress: say so until the user acts. */
  resumed: boolean;
  /** That progress was saved by an earlier version of the quiz: the notice says the questions changed. */
  upgraded: boolean;
}

/** What changes on screen when the step changes: the question and the flags around it. */
export function quizStepData(state: QuizState, lang: Lang) {
  const question = questionView(state.step, state.answers, lang) as QuestionView;
  return {
    question,
    answered: isAnswered(state.answers, question.id),
    last: state.step === QUESTIONS.length - 1,
    progressLabel: t('quiz.progress', lang, { n: state.step + 1, total: QUESTIONS.length }),
    resumed: state.resumed,
  };
}

export function quizPageData(state: QuizState, lang: Lang) {
  return {
    ...quizStepData(state, lang),
    ui: {
      back: t('quiz.back', lang),
      next: t('quiz.next', lang),
      finish: t('quiz.finish', lang),
      skip: t('quiz.skip', lang),
      startOver: t('quiz.startOver', lang),
      optional: t('quiz.optional', lang),
      // The one notice shown on reopening: progress from an earlier quiz also asks for the new questions.
      resumed: t(state.upgraded ? 'quiz.upgraded' : 'quiz.resumed', lang),
      overseas: t('quiz.overseasLink', lang),
    },
  };
}

/** Progress worth asking about before it is cleared: some answers, but not a finished quiz. */
export function isUnfinished(answers: Answers): boolean {
  return Object.keys(answers).length > 0 && !isComplete(answers);
}

/** The "start over?" question, as "start over", retake and restart links all ask it. */
export function startOverQuestion(lang: Lang) {
  return {
    title: t('quiz.startOverTitle', lang),
    content: t('quiz.startOverContent', lang),
    confirmText: t('quiz.startOver', lang),
    cancelText: t('quiz.cancel', lang),
  };
}

/** How the saved progress read: fine, unusable (replaced by the next save) or not at all (nothing is saved over it). */
export type ProgressStatus = 'ok' | 'corrupt' | 'unread';

/** The notice about saved progress that could not be used, with a retry while it could not be read at all. */
export function progressNoticeData(status: ProgressStatus, lang: Lang) {
  return {
    progressNotice:
      status === 'unread'
        ? t('quiz.progressUnread', lang)
        : status === 'corrupt'
          ? t('quiz.progressCorrupt', lang)
          : '',
    progressRetry: status === 'unread' ? t('result.retry', lang) : '',
  };
}
