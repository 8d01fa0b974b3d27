import { t } from '../../domain/i18n/strings';
import { Answers } from '../../domain/questionnaire';
import { computeResult, ResultPageView } from '../../domain/result-page-view';
import { Lang } from '../../domain/text';

/**
 * The result page's first (and only) setData on load, built without wx so tests and the bench can measure it
 * for every answer set: the labels the result needs and the trimmed view.
 */
export type Labels = Record<string, string>;

export function resultLabels(lang: Lang, shared: boolean): Labels {
  const s: Labels = {
    headline: t('result.headline', lang),
    fit: t('result.score', lang, { score: '' }).trim(),
    because: t('result.because', lang),
    drawbacks: t('result.drawbacks', lang),
    runnerUp: t('result.runnerUp', lang),
    blockers: t('result.blockers', lang),
    cautions: t('result.cautions', lang),
    others: t('result.others', lang),
    blocked: t('result.blocked', lang),
    combinations: t('result.combinations', lang),
    nextSteps: t('result.nextSteps', lang),
    details: t('result.details', lang),
    notes: t('result.notes', lang),
    noGoodFit: t('result.noGoodFit', lang),
    retake: t('result.retake', lang),
    share: t('result.share', lang),
    poster: t('result.poster', lang),
  };
  if (shared) {
    s.sharedNote = t('result.shared', lang);
    s.takeQuiz = t('result.takeQuiz', lang);
  }
  return s;
}

export interface ResultLoad {
  payload: { state: 'result'; shared: boolean; s: Labels; view: ResultPageView };
  title: string;
  view: ResultPageView;
}

export function resultLoadData(answers: Answers, lang: Lang, shared: boolean): ResultLoad {
  const result = computeResult(answers, lang);
  return { payload: { state: 'result', shared, s: resultLabels(lang, shared), view: result.view }, title: result.title, view: result.view };
}

/** The damaged-link and nothing-to-show states: a notice and the way into the quiz. */
export function noticeData(lang: Lang, damaged: boolean) {
  return {
    state: damaged ? 'damaged' : 'empty',
    s: { message: t(damaged ? 'result.damaged' : 'result.empty', lang), takeQuiz: t('result.takeQuiz', lang) },
  };
}
