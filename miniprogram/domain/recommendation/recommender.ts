import { ACCOUNT_TYPE_IDS, AccountTypeId } from '../account-types';
import { Answers, QUESTION_IDS, sanitizeAnswers } from '../quiz/questionnaire';
import { Reason, Recommendation, TypeFit } from './types';
import { adviseCombinations, adviseCompanions, adviseNextSteps, adviseNotes } from './advice';
import { RULES } from './rules/all';
import { Rule, ruleId } from './rules/rule';
import { buildSetup } from './setup';

/** A rule with its reason built once: reasons are shared between results, so they are frozen. */
interface CompiledRule {
  rule: Rule;
  reason: Reason;
}

/** Each compiled reason's cause (polarity and facts), worked out once: ranking every answer set reads it often. */
const CAUSES = new Map<Reason, string>();

function toReason(rule: Rule): Reason {
  const points = rule.effect === 'plus' ? rule.points : rule.effect === 'minus' ? -rule.points : 0;
  const reason: Reason = {
    id: ruleId(rule),
    questionId: rule.questionId,
    optionId: rule.optionId,
    polarity: rule.effect === 'plus' ? 'plus' : 'minus',
    words: rule.words,
    factIds: Object.freeze([...rule.factIds]) as string[],
    points,
  };
  if (rule.mark) reason.mark = rule.mark;
  const frozen = Object.freeze(reason);
  CAUSES.set(frozen, `${frozen.polarity}:${rule.cause ?? [...frozen.factIds].sort().join(',')}`);
  return frozen;
}

/** Rules indexed by the answer that triggers them, so a recommendation looks at only the rules its answers touch. */
const RULES_BY_ANSWER = new Map<string, Map<string, CompiledRule[]>>();
for (const rule of RULES) {
  const byOption = RULES_BY_ANSWER.get(rule.questionId) ?? new Map<string, CompiledRule[]>();
  RULES_BY_ANSWER.set(rule.questionId, byOption);
  byOption.set(rule.optionId, [...(byOption.get(rule.optionId) ?? []), { rule, reason: toReason(rule) }]);
}

function collect(a: Answers, rules: CompiledRule[] | undefined, out: Record<AccountTypeId, CompiledRule[]>): void {
  if (!rules) return;
  for (const c of rules) if (!c.rule.when || c.rule.when(a)) out[c.rule.type].push(c);
}

/** The rules the answers trigger, per type, in questionnaire order, then table order. */
function triggeredRules(a: Answers): Record<AccountTypeId, CompiledRule[]> {
  const out: Record<AccountTypeId, CompiledRule[]> = { service: [], subscription: [], enterprise: [], miniprogram: [] };
  for (const q of QUESTION_IDS) {
    const value = a[q];
    const byOption = RULES_BY_ANSWER.get(q);
    if (value === undefined || !byOption) continue;
    if (typeof value === 'string') collect(a, byOption.get(value), out);
    else for (const option of value) collect(a, byOption.get(option), out);
  }
  return out;
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

/**
 * Orders reasons by weight, strongest first; equal weights keep the questionnaire's order. An insertion sort:
 * the lists are a handful long, and this is several times faster than Array.prototype.sort with a comparator.
 */
function strongestFirst(reasons: Reason[]): void {
  for (let i = 1; i < reasons.length; i++) {
    const r = reasons[i];
    let j = i - 1;
    while (j >= 0 && Math.abs(reasons[j].points) < Math.abs(r.points)) {
      reasons[j + 1] = reasons[j];
      j--;
    }
    reasons[j + 1] = r;
  }
}

/**
 * One reason per cause (EDITORIAL.md rule 3): reasons with the same cause (a rule's `cause`, else the same facts)
 * and polarity say one thing, so the strongest stays, counted once, and names every answer that led to it
 * (`alsoFrom`).
 */
function oncePerCause(reasons: Reason[]): Reason[] {
  const kept: Reason[] = [];
  const byCause = new Map<string, number>();
  if (reasons.length < 2) return reasons;
  for (const r of reasons) {
    const cause = CAUSES.get(r) ?? r.id;
    const at = byCause.get(cause);
    if (at === undefined) {
      byCause.set(cause, kept.length);
      kept.push(r);
    } else if (kept[at].questionId !== r.questionId || kept[at].optionId !== r.optionId) {
      const first = kept[at];
      kept[at] = {
        ...first,
        alsoFrom: [...(first.alsoFrom ?? []), { questionId: r.questionId, optionId: r.optionId }],
      };
    }
  }
  return kept;
}

function evaluate(type: AccountTypeId, triggered: CompiledRule[], order: number): Scored {
  const reasons: Reason[] = [];
  const blockers: Reason[] = [];
  const cautions: Reason[] = [];
  for (const { rule, reason } of triggered) {
    if (rule.effect === 'block') blockers.push(reason);
    else if (rule.effect === 'caution') cautions.push(reason);
    else reasons.push(reason);
  }
  strongestFirst(reasons);
  const once = oncePerCause(reasons);
  const raw = once.reduce((sum, r) => sum + r.points, 0);
  const blocked = blockers.length > 0;
  return {
    fit: { type, score: blocked ? 0 : scoreFromPoints(raw), blocked, reasons: once, blockers, cautions },
    raw,
    order,
  };
}

function byFit(x: Scored, y: Scored): number {
  if (x.fit.blocked !== y.fit.blocked) return x.fit.blocked ? 1 : -1;
  return y.fit.score - x.fit.score || y.raw - x.raw || x.order - y.order;
}

/** Ranks the four account types for the answers. Pure and deterministic; partial answers give a partial result. */
export function recommend(answers: Answers): Recommendation {
  const a = sanitizeAnswers(answers);
  const triggered = triggeredRules(a);
  const scored = ACCOUNT_TYPE_IDS.map((type, i) => evaluate(type, triggered[type], i)).sort(byFit);
  const open = scored.filter((s) => !s.fit.blocked);
  const noGoodFit = a.native === 'yes';
  // No answer has touched an open type yet (e.g. no answers): there is nothing to pick from.
  const decided = open.some((s) => s.fit.reasons.length > 0);
  const top = !noGoodFit && decided && open.length > 0 ? open[0].fit.type : null;
  const runnerUp = top !== null && open.length > 1 ? open[1].fit.type : null;
  const ranked = scored.map((s) => s.fit);
  const setup = buildSetup(a, ranked, top);
  const ctx = { answers: a, ranked, top, runnerUp, noGoodFit, setup };
  return {
    setup,
    ranked,
    top,
    runnerUp,
    noGoodFit,
    combinations: adviseCombinations(ctx),
    companions: adviseCompanions(ctx),
    nextSteps: adviseNextSteps(ctx),
    notes: adviseNotes(ctx),
  };
}
