import { AccountTypeId } from '../account-types';
import { jsonBytes, LOAD_BYTES } from '../budget';
import { Mark } from '../facts/types';
import { t } from '../i18n/strings';
import { accountTypeName } from '../guide/account-views';
import { Answers } from '../quiz/questionnaire';
import { CompanionPick, Reason, Recommendation, TypeFit } from './types';
import { recommend } from './recommender';
import { Lang, pick, Text } from '../text';

/**
 * The result page's one view model: a recommendation, trimmed to one screen of reading and one setData under
 * 4 KiB (DESIGN.md budgets), localized and flat. Always recomputed from the answers; nothing here is stored.
 */

/** One line the page shows, with 据报道 or 建议 where it rests on a reported figure or is our advice. */
export interface LineView {
  t: string;
  m: Mark | '';
}

export interface FitView {
  type: AccountTypeId;
  name: string;
  score: number;
  /** Why it fits, strongest first. */
  reasons: LineView[];
  /** What speaks against it, strongest first. */
  drawbacks: LineView[];
}

export interface OtherView {
  type: AccountTypeId;
  name: string;
  score: number;
  blocked: boolean;
  /** Why not: the first blocker, else the strongest minus reason, else a generic line. */
  why: LineView;
}

export interface CompanionView {
  id: CompanionPick['id'];
  name: string;
  why: string;
}

export interface ResultView {
  noGoodFit: boolean;
  top: FitView | null;
  runnerUp: FitView | null;
  others: OtherView[];
  /** Blockers not already shown as a type's "why not". */
  blockers: { name: string; line: LineView }[];
  cautions: LineView[];
  combinations: string[];
  companions: CompanionView[];
  /** type is set when the step links to that type's page. */
  nextSteps: { type: AccountTypeId | null; name: string; line: LineView }[];
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
  combinations: 2,
  companions: 2,
  nextSteps: 3,
} as const;

const line = (text: Text, lang: Lang, mark?: Mark): LineView => ({ t: pick(text, lang), m: mark ?? '' });
const lines = (reasons: Reason[], lang: Lang, limit: number): LineView[] =>
  reasons.slice(0, limit).map((r) => line(r.text, lang, r.mark));

function fitView(fit: TypeFit | undefined, lang: Lang, reasons: number, drawbacks: number): FitView | null {
  if (!fit) return null;
  return {
    type: fit.type,
    name: accountTypeName(fit.type, lang),
    score: fit.score,
    reasons: lines(
      fit.reasons.filter((r) => r.polarity === 'plus'),
      lang,
      reasons,
    ),
    drawbacks: lines(
      fit.reasons.filter((r) => r.polarity === 'minus'),
      lang,
      drawbacks,
    ),
  };
}

function whyNot(fit: TypeFit, lang: Lang): LineView {
  const main = fit.blockers[0] ?? fit.reasons.find((r) => r.polarity === 'minus');
  return main ? line(main.text, lang, main.mark) : { t: fit.reasons.length > 0 ? t('result.weaker', lang) : '', m: '' };
}

/** The cautions of the featured types, each once, top pick first (without a pick: the best open type). */
function cautionsOf(featured: (TypeFit | undefined)[], lang: Lang): LineView[] {
  const seen = new Set<string>();
  const out: LineView[] = [];
  for (const fit of featured) {
    for (const c of fit ? fit.cautions : []) {
      if (seen.has(c.text.zh)) continue;
      seen.add(c.text.zh);
      out.push(line(c.text, lang, c.mark));
    }
  }
  return out.slice(0, RESULT_LIMITS.cautions);
}

export function resultView(rec: Recommendation, lang: Lang): ResultView {
  const fitOf = (type: AccountTypeId | null): TypeFit | undefined => rec.ranked.find((f) => f.type === type);
  const top = fitOf(rec.top);
  const runnerUp = fitOf(rec.runnerUp);
  const others = rec.ranked
    .filter((f) => f !== top && f !== runnerUp)
    .map((f) => ({
      type: f.type,
      name: accountTypeName(f.type, lang),
      score: f.score,
      blocked: f.blocked,
      why: whyNot(f, lang),
    }));
  const shownWhy = new Set(others.map((o) => o.why.t));
  const blockers = rec.ranked
    .reduce<{ name: string; line: LineView }[]>(
      (all, f) =>
        all.concat(f.blockers.map((b) => ({ name: accountTypeName(f.type, lang), line: line(b.text, lang, b.mark) }))),
      [],
    )
    .filter((b) => !shownWhy.has(b.line.t));
  return {
    noGoodFit: rec.noGoodFit,
    top: fitView(top, lang, RESULT_LIMITS.topReasons, RESULT_LIMITS.topDrawbacks),
    runnerUp: fitView(runnerUp, lang, RESULT_LIMITS.runnerUpReasons, RESULT_LIMITS.runnerUpDrawbacks),
    others,
    blockers: blockers.slice(0, RESULT_LIMITS.blockers),
    cautions: cautionsOf(top ? [top, runnerUp] : [rec.ranked.find((f) => !f.blocked)], lang),
    combinations: rec.combinations.slice(0, RESULT_LIMITS.combinations).map((c) => pick(c.text, lang)),
    companions: rec.companions
      .slice(0, RESULT_LIMITS.companions)
      .map((c) => ({ id: c.id, name: pick(c.name, lang), why: pick(c.why, lang) })),
    nextSteps: rec.nextSteps.slice(0, RESULT_LIMITS.nextSteps).map((s) => ({
      type: s.type,
      name: accountTypeName(s.type, lang),
      line: line(s.text, lang, s.mark),
    })),
    notes: rec.notes.map((n) => pick(n, lang)),
  };
}

/** The chat card and Moments title: names the recommended type and its fit. */
export function shareTitle(rec: Recommendation, lang: Lang): string {
  const top = rec.ranked.find((f) => f.type === rec.top);
  if (top) return t('share.result', lang, { name: accountTypeName(top.type, lang), score: top.score });
  return t(rec.noGoodFit ? 'share.resultNative' : 'quiz.shareTitle', lang);
}

export type ResultLabels = ReturnType<typeof resultLabels>;

export function resultLabels(lang: Lang, shared: boolean) {
  return {
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
    companions: t('result.companions', lang),
    nextSteps: t('result.nextSteps', lang),
    plan: t('result.plan', lang),
    details: t('result.details', lang),
    notes: t('result.notes', lang),
    noGoodFit: t('result.noGoodFit', lang),
    retake: t('result.retake', lang),
    share: t('result.share', lang),
    poster: t('result.poster', lang),
    reported: t('fact.reported', lang),
    inference: t('fact.inference', lang),
    sharedNote: shared ? t('result.shared', lang) : '',
    takeQuiz: t('result.takeQuiz', lang),
  };
}

export interface ResultLoad {
  /** The page's one setData on load. */
  payload: { state: 'result'; shared: boolean; ui: ResultLabels; view: ResultView };
  title: string;
  view: ResultView;
}

/**
 * Where a long result gives way, least needed first: each step drops one line. The top pick's first reasons,
 * the blockers, the first cautions, every other type's verdict and the first next step always stay.
 */
const TRIM_STEPS: readonly ((v: ResultView) => boolean)[] = [
  (v) => v.nextSteps.length > 1 && !!v.nextSteps.pop(),
  (v) => v.notes.length > 1 && !!v.notes.pop(),
  (v) => v.combinations.length > 1 && !!v.combinations.pop(),
  (v) => !!v.runnerUp && v.runnerUp.drawbacks.length > 0 && !!v.runnerUp.drawbacks.pop(),
  (v) => v.companions.length > 1 && !!v.companions.pop(),
  (v) => !!v.top && v.top.drawbacks.length > 0 && !!v.top.drawbacks.pop(),
  (v) => !!v.runnerUp && v.runnerUp.reasons.length > 0 && !!v.runnerUp.reasons.pop(),
  (v) => v.cautions.length > 2 && !!v.cautions.pop(),
  (v) => !!v.top && v.top.reasons.length > 2 && !!v.top.reasons.pop(),
];

/** Drops the least needed lines, one at a time, until the payload fits `budget` bytes (or nothing more can go). */
export function trimToBudget<P extends { view: ResultView }>(payload: P, budget: number): P {
  let step = 0;
  while (jsonBytes(payload) > budget && step < TRIM_STEPS.length) {
    if (!TRIM_STEPS[step](payload.view)) step++;
  }
  return payload;
}

/** The one entry point of the result page: answers in, what it renders and its share title out. */
export function resultLoadData(answers: Answers, lang: Lang, shared: boolean): ResultLoad {
  const rec = recommend(answers);
  const payload = trimToBudget(
    { state: 'result' as const, shared, ui: resultLabels(lang, shared), view: resultView(rec, lang) },
    LOAD_BYTES,
  );
  return { payload, title: shareTitle(rec, lang), view: payload.view };
}

/** The damaged-link and nothing-to-show states: a notice and the way into the quiz. */
export function noticeData(lang: Lang, damaged: boolean) {
  return {
    state: damaged ? 'damaged' : 'empty',
    ui: { message: t(damaged ? 'result.damaged' : 'result.empty', lang), takeQuiz: t('result.takeQuiz', lang) },
  };
}
