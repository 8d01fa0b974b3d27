import { AccountTypeId } from '../account-types';
import { jsonBytes, LOAD_BYTES } from '../budget';
import type { Mark, Marked } from '../row-types';
import { t } from './i18n/strings';
import { accountTypeName } from '../guide/account-cards';
import { Answers, optionLabel, QuestionId, QUESTIONS } from '../quiz/questionnaire';
import type { CompanionPick, Reason, Recommendation, TypeFit } from '../recommendation/types';
import type { Setup } from '../recommendation/setup';
import { setupTypes } from '../setup-parts';
import { setupView } from './setup-view';
import { reasonWords } from './reason-words';
import { Lang, pick, Text } from '../text';

/**
 * The result page's one view model: a recommendation, trimmed to one screen of reading and one setData under
 * 4 KiB (DESIGN.md budgets), localized and flat. Always recomputed from the answers; nothing here is stored.
 */

/** One line the page shows, with 据报道 or 建议 where it rests on a reported figure or is our advice. */
export type LineView = Marked & { m: Mark | '' };

export interface FitView {
  type: AccountTypeId;
  name: string;
  score: number;
  /** What the score means and what drives it: "50 为中性；3 条理由加分，1 条减分". */
  drives: string;
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

/** The setup at the top of the result: one headline, then one line per part. */
export interface SetupView {
  kind: Setup['kind'];
  /** "小程序（租用服务商的现成点餐小程序）+ 服务号（可选，发通知）", or the path, or why nothing fits. */
  headline: string;
  /** 建议 on a path (our reasoning from comp.shop), else ''. */
  m: Mark | '';
  parts: { type: AccountTypeId; name: string; how: string }[];
  /** Goals out of reach for this entity, each with the nearest path. */
  unreached: LineView[];
  /** The trade's licences for the mini program (cat.*), when the trade names one. */
  licence: LineView | null;
}

export interface ResultView {
  setup: SetupView;
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
  cautions: 4,
  combinations: 2,
  companions: 2,
  nextSteps: 3,
} as const;

const line = (text: Text, lang: Lang, mark?: Mark): LineView => ({ t: pick(text, lang), m: mark ?? '' });
/** An answer as the reader gave it: a goal by its label, any other answer as "question: option". */
function answerLabel(questionId: QuestionId, optionId: string, lang: Lang): string {
  const q = QUESTIONS.find((x) => x.id === questionId);
  const label = optionLabel(questionId, optionId, lang);
  if (!q || !label || q.multi) return label;
  const title = pick(q.title, lang).replace(/[？?]$/, '');
  return lang === 'en' ? `${title}: ${label}` : `${title}：${label}`;
}

/** A reason; one that two answers led to names the other too (EDITORIAL.md rule 3: one reason per cause). */
function reasonLine(r: Reason, lang: Lang): LineView {
  const also = (r.alsoFrom ?? []).map((x) => answerLabel(x.questionId, x.optionId, lang)).filter(Boolean);
  const view = line(reasonWords(r), lang, r.mark);
  if (also.length === 0) return view;
  return { ...view, t: view.t + t('result.alsoFrom', lang, { answers: also.join(lang === 'en' ? '; ' : '；') }) };
}

const lines = (reasons: Reason[], lang: Lang, limit: number): LineView[] =>
  reasons.slice(0, limit).map((r) => reasonLine(r, lang));

function fitView(fit: TypeFit | undefined, lang: Lang, reasons: number, drawbacks: number): FitView | null {
  if (!fit) return null;
  const plus = fit.reasons.filter((r) => r.polarity === 'plus').length;
  return {
    type: fit.type,
    name: accountTypeName(fit.type, lang),
    score: fit.score,
    drives: t('result.drives', lang, { plus, minus: fit.reasons.length - plus }),
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
  return main
    ? line(reasonWords(main), lang, main.mark)
    : { t: fit.reasons.length > 0 ? t('result.weaker', lang) : '', m: '' };
}

/**
 * The cautions of the featured types, each once: every type's first before anyone's second (so a second part's
 * fee is not pushed out by the first part's details), and the entity rule, which each type repeats, last.
 */
function cautionsOf(featured: (TypeFit | undefined)[], lang: Lang, after?: TypeFit): LineView[] {
  const lists = featured.map((fit) =>
    fit ? [...fit.cautions].sort((x, y) => Number(x.id.endsWith('.fixed')) - Number(y.id.endsWith('.fixed'))) : [],
  );
  const ordered: Reason[] = [];
  for (let round = 0; lists.some((l) => round < l.length); round++)
    for (const list of lists) if (list[round]) ordered.push(list[round]);
  const seen = new Set<string>();
  const out: LineView[] = [];
  for (const c of [...ordered, ...(after ? after.cautions : [])]) {
    const words = reasonWords(c);
    if (seen.has(words.zh)) continue;
    seen.add(words.zh);
    out.push(line(words, lang, c.mark));
  }
  return out.slice(0, RESULT_LIMITS.cautions);
}

/**
 * The type the result features: the setup's first part (what carries the main goal), never a type the setup does
 * not name; no featured type on a path (EDITORIAL.md rule 6) or when nothing fits. The runner-up is the best open
 * type the setup leaves out.
 */
function featured(rec: Recommendation): { top: AccountTypeId | null; runnerUp: AccountTypeId | null } {
  if (rec.setup.kind !== 'setup') return { top: null, runnerUp: null };
  const inSetup = setupTypes(rec.setup);
  const runnerUp = rec.ranked.find(
    (f) => !f.blocked && !inSetup.includes(f.type) && f.reasons.some((r) => r.polarity === 'plus'),
  );
  return { top: rec.setup.parts[0].type, runnerUp: runnerUp ? runnerUp.type : null };
}

export function resultView(rec: Recommendation, lang: Lang, answers: Answers = {}): ResultView {
  const fitOf = (type: AccountTypeId | null): TypeFit | undefined => rec.ranked.find((f) => f.type === type);
  const shown = featured(rec);
  const top = fitOf(shown.top);
  const runnerUp = fitOf(shown.runnerUp);
  // The types the setup names are explained by the setup itself; "why not" covers the rest.
  const inSetup = setupTypes(rec.setup);
  const others = rec.ranked
    .filter((f) => f !== top && f !== runnerUp && !inSetup.includes(f.type))
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
        all.concat(
          f.blockers.map((b) => ({ name: accountTypeName(f.type, lang), line: line(reasonWords(b), lang, b.mark) })),
        ),
      [],
    )
    .filter((b) => !shownWhy.has(b.line.t));
  return {
    setup: setupView(rec.setup, answers, lang),
    noGoodFit: rec.noGoodFit,
    top: fitView(top, lang, RESULT_LIMITS.topReasons, RESULT_LIMITS.topDrawbacks),
    runnerUp: fitView(runnerUp, lang, RESULT_LIMITS.runnerUpReasons, RESULT_LIMITS.runnerUpDrawbacks),
    others,
    blockers: blockers.slice(0, RESULT_LIMITS.blockers),
    // The setup's parts first, each one's first caution before anyone's second; the runner-up's only after them.
    cautions:
      rec.setup.kind === 'setup'
        ? cautionsOf(
            rec.setup.parts.map((p) => fitOf(p.type)),
            lang,
            runnerUp,
          )
        : cautionsOf([rec.ranked.find((f) => !f.blocked)], lang),
    // A combination the setup already is would say the headline again.
    combinations: rec.combinations
      .filter((c) => !c.types.every((type) => inSetup.includes(type)))
      .slice(0, RESULT_LIMITS.combinations)
      .map((c) => pick(c.text, lang)),
    companions: rec.companions
      .slice(0, RESULT_LIMITS.companions)
      .map((c) => ({ id: c.id, name: pick(c.name, lang), why: pick(c.why, lang) })),
    // Next steps for the setup's types (and the path), never for a type the setup leaves out.
    nextSteps: rec.nextSteps
      .filter((s) => s.type === null || inSetup.includes(s.type) || rec.setup.kind === 'none')
      .slice(0, RESULT_LIMITS.nextSteps)
      .map((s) => ({
        type: s.type,
        name: accountTypeName(s.type, lang),
        line: line(s.text, lang, s.mark),
      })),
    notes: rec.notes.map((n) => pick(n, lang)),
  };
}

/** The chat card and Moments title: names the setup (or the path) the result gives. */
export function shareTitle(view: ResultView, lang: Lang): string {
  if (view.setup.kind === 'none') return t(view.noGoodFit ? 'share.resultNative' : 'quiz.shareTitle', lang);
  return t('share.result', lang, { setup: view.setup.headline });
}

export type ResultLabels = ReturnType<typeof resultLabels>;

export function resultLabels(lang: Lang, shared: boolean, legacy = false) {
  return {
    headline: t('result.headline', lang),
    fit: t('result.fit', lang),
    setupTitle: t('setup.title', lang),
    licenceTitle: t('setup.licenceTitle', lang),
    unreachedTitle: t('setup.unreachedTitle', lang),
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
    legacy: legacy ? t('result.legacy', lang) : '',
    takeQuiz: t('result.takeQuiz', lang),
  };
}

export interface ResultLoad {
  /** The page's one setData on load. */
  payload: { state: 'result'; shared: boolean; legacy: boolean; ui: ResultLabels; view: ResultView };
  title: string;
  /** The whole view, before the payload's copy was trimmed to the setData budget: what the card and poster print. */
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

/**
 * The one entry point of the result page: the answers and their recommendation (the engine's, from its
 * subpackage) in, what it renders and its share title out. `legacy`: the answers came from a version-1 code, which
 * did not ask everything the setup uses (the page says so).
 */
export function resultLoadData(
  rec: Recommendation,
  answers: Answers,
  lang: Lang,
  shared: boolean,
  legacy = false,
): ResultLoad {
  const view = resultView(rec, lang, answers);
  const title = shareTitle(view, lang);
  const ui = resultLabels(lang, shared, legacy);
  // The page gets a copy trimmed as if shared and from an earlier quiz (the longest labels), so that a friend
  // opening the link sees exactly the lines its sharer saw; the share images print from the whole view.
  const shown = JSON.parse(JSON.stringify(view)) as ResultView;
  trimToBudget(
    { state: 'result' as const, shared: true, legacy: true, ui: resultLabels(lang, true, true), view: shown },
    LOAD_BYTES,
  );
  const payload = { state: 'result' as const, shared, legacy, ui, view: shown };
  return { payload, title, view };
}

/** The damaged-link and nothing-to-show states: a notice and the way into the quiz. */
export function noticeData(lang: Lang, damaged: boolean) {
  return {
    state: damaged ? 'damaged' : 'empty',
    ui: { message: t(damaged ? 'result.damaged' : 'result.empty', lang), takeQuiz: t('result.takeQuiz', lang) },
  };
}

/**
 * Opened from Moments (single-page mode) the page cannot navigate: every action gives way to one line saying where
 * the rest is. WeChat adds its own "前往小程序" bar below.
 */
export function browseOnlyData<P extends { ui: object }>(payload: P, lang: Lang) {
  return { ...payload, browseOnly: true, ui: { ...payload.ui, openInApp: t('result.openInApp', lang) } };
}
