import { AccountTypeId } from './account-types';
import { Answers } from './questionnaire';
import { recommend } from './recommender';
import { OtherView, recommendationView, RecommendationView, shareTitle } from './recommendation-view';
import { Lang } from './text';

/**
 * What the result page renders: the recommendation view, trimmed to what fits one screen-worth of reading and
 * one setData under 4 KiB (DESIGN.md budgets). Always recomputed from the answers; nothing here is stored.
 */
export interface FitLine {
  type: AccountTypeId;
  name: string;
  score: number;
  reasons: string[];
  drawbacks: string[];
}

export interface ResultPageView {
  noGoodFit: boolean;
  top: FitLine | null;
  runnerUp: FitLine | null;
  others: OtherView[];
  /** Blockers not already shown as a type's "why not". */
  blockers: { name: string; text: string }[];
  cautions: string[];
  combinations: string[];
  /** type is set when the step links to that type's detail page. */
  nextSteps: { type: AccountTypeId | null; name: string; text: string }[];
  notes: string[];
}

/** How many lines each list shows; the strongest come first, so the cut drops the weakest. */
export const RESULT_LIMITS = {
  topReasons: 3,
  topDrawbacks: 2,
  runnerUpReasons: 2,
  runnerUpDrawbacks: 1,
  blockers: 3,
  cautions: 3,
  combinations: 3,
  nextSteps: 3,
} as const;

function fitLine(pick: RecommendationView['top'], reasons: number, drawbacks: number): FitLine | null {
  if (!pick) return null;
  return { type: pick.type, name: pick.name, score: pick.score, reasons: pick.reasons.slice(0, reasons), drawbacks: pick.drawbacks.slice(0, drawbacks) };
}

export function resultPageView(view: RecommendationView): ResultPageView {
  const shownWhy = new Set(view.others.map((o) => o.why));
  return {
    noGoodFit: view.noGoodFit,
    top: fitLine(view.top, RESULT_LIMITS.topReasons, RESULT_LIMITS.topDrawbacks),
    runnerUp: fitLine(view.runnerUp, RESULT_LIMITS.runnerUpReasons, RESULT_LIMITS.runnerUpDrawbacks),
    others: view.others,
    blockers: view.blockers
      .filter((b) => !shownWhy.has(b.text))
      .slice(0, RESULT_LIMITS.blockers)
      .map((b) => ({ name: b.name, text: b.text })),
    cautions: view.cautions.slice(0, RESULT_LIMITS.cautions),
    combinations: view.combinations.slice(0, RESULT_LIMITS.combinations),
    nextSteps: view.nextSteps.slice(0, RESULT_LIMITS.nextSteps),
    notes: view.notes,
  };
}

export interface ComputedResult {
  view: ResultPageView;
  /** The chat card / Moments title. */
  title: string;
}

/** The one entry point the result page uses: answers in, render-ready result out. */
export function computeResult(answers: Answers, lang: Lang): ComputedResult {
  const rec = recommend(answers);
  return { view: resultPageView(recommendationView(rec, lang)), title: shareTitle(rec, lang) };
}
