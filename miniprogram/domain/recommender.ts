import { ACCOUNT_TYPE_IDS, AccountTypeId } from './account-types';
import { Answers, isComplete, sanitizeAnswers } from './questionnaire';
import { Reason, Recommendation, TypeFit } from './recommendation-types';
import { adviseCombinations, adviseNextSteps, adviseNotes } from './recommender-advice';
import { Rule, ruleId, RULES } from './recommender-rules';

export type { Reason, Recommendation, TypeFit, Combination, NextStep } from './recommendation-types';

/** Rules grouped by type once, so ranking every answer combination stays cheap. */
const RULES_BY_TYPE: Readonly<Record<AccountTypeId, readonly Rule[]>> = {
  service: RULES.filter((r) => r.type === 'service'),
  subscription: RULES.filter((r) => r.type === 'subscription'),
  enterprise: RULES.filter((r) => r.type === 'enterprise'),
  miniprogram: RULES.filter((r) => r.type === 'miniprogram'),
};

function applies(rule: Rule, a: Answers): boolean {
  const value = a[rule.questionId];
  const chosen = Array.isArray(value) ? (value as string[]).includes(rule.optionId) : value === rule.optionId;
  return chosen && (!rule.when || rule.when(a));
}

function toReason(rule: Rule): Reason {
  const points = rule.effect === 'plus' ? rule.points : rule.effect === 'minus' ? -rule.points : 0;
  return {
    id: ruleId(rule),
    questionId: rule.questionId,
    optionId: rule.optionId,
    polarity: rule.effect === 'plus' ? 'plus' : 'minus',
    text: rule.text,
    factIds: [...rule.factIds],
    points,
  };
}

/**
 * Raw points map onto 0..100 with 50 as neutral, approaching but never reaching the ends, so strong profiles
 * still differ and no open type shows 100 or 0.
 */
export function scoreFromPoints(raw: number): number {
  return Math.min(99, Math.max(1, Math.round(50 + (50 * raw) / (Math.abs(raw) + 50))));
}

interface Scored {
  fit: TypeFit;
  raw: number;
  order: number;
}

function evaluate(type: AccountTypeId, a: Answers, order: number): Scored {
  const reasons: Reason[] = [];
  const blockers: Reason[] = [];
  const cautions: Reason[] = [];
  for (const rule of RULES_BY_TYPE[type]) {
    if (!applies(rule, a)) continue;
    const reason = toReason(rule);
    if (rule.effect === 'block') blockers.push(reason);
    else if (rule.effect === 'caution') cautions.push(reason);
    else reasons.push(reason);
  }
  // Strongest first; sort is stable, so equal weights keep the table's order.
  reasons.sort((x, y) => Math.abs(y.points) - Math.abs(x.points));
  const raw = reasons.reduce((sum, r) => sum + r.points, 0);
  const blocked = blockers.length > 0;
  return { fit: { type, score: blocked ? 0 : scoreFromPoints(raw), blocked, reasons, blockers, cautions }, raw, order };
}

function byFit(x: Scored, y: Scored): number {
  if (x.fit.blocked !== y.fit.blocked) return x.fit.blocked ? 1 : -1;
  return y.fit.score - x.fit.score || y.raw - x.raw || x.order - y.order;
}

/** Ranks the four account types for the answers. Pure and deterministic; partial answers give a partial result. */
export function recommend(answers: Answers): Recommendation {
  const a = sanitizeAnswers(answers);
  const scored = ACCOUNT_TYPE_IDS.map((type, i) => evaluate(type, a, i)).sort(byFit);
  const open = scored.filter((s) => !s.fit.blocked);
  const noGoodFit = a.native === 'yes';
  // No answer has touched an open type yet (e.g. no answers): there is nothing to pick from.
  const decided = open.some((s) => s.fit.reasons.length > 0);
  const top = !noGoodFit && decided && open.length > 0 ? open[0].fit.type : null;
  const runnerUp = top !== null && open.length > 1 ? open[1].fit.type : null;
  const ranked = scored.map((s) => s.fit);
  const complete = isComplete(a);
  const ctx = { answers: a, ranked, top, runnerUp, noGoodFit, complete };
  return {
    complete,
    ranked,
    top,
    runnerUp,
    noGoodFit,
    combinations: adviseCombinations(ctx),
    nextSteps: adviseNextSteps(ctx),
    notes: adviseNotes(ctx),
  };
}
