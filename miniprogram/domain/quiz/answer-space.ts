import { AnswerMap, Answers, GOAL_IDS, GoalId, OPTION_IDS, QUESTIONS, QuestionId } from './questionnaire';

/** Every non-empty goal set, in questionnaire order (31 for five goals). */
export function allGoalSets(): GoalId[][] {
  const sets: GoalId[][] = [];
  for (let mask = 1; mask < 1 << GOAL_IDS.length; mask++) sets.push(GOAL_IDS.filter((_, i) => mask & (1 << i)));
  return sets;
}

/** The values one question can take in a complete answer set; undefined stands for "skipped" (optional only). */
function choices(questionId: QuestionId, optional: boolean): unknown[] {
  const values: unknown[] = questionId === 'goals' ? allGoalSets() : [...OPTION_IDS[questionId]];
  return optional ? [...values, undefined] : values;
}

/**
 * Questions held at one value (undefined: skipped) while the others run through all theirs: the trade decides no
 * score (no rule reads it), so the exhaustive tests rank the space without it, and the bench sizes pages with the
 * trade whose licence line is the longest.
 */
export type Fixed = { [Q in QuestionId]?: AnswerMap[Q] };

/**
 * Calls `visit` once for every complete answer set (required answered, optional answered or skipped), in a
 * fixed order. A callback instead of an array keeps the bench and the exhaustive tests light on memory.
 */
export function forEachCompleteAnswers(visit: (a: Answers) => void, fixed: Fixed = {}): number {
  const axes = QUESTIONS.map((q) => ({
    id: q.id,
    values: Object.prototype.hasOwnProperty.call(fixed, q.id) ? [fixed[q.id]] : choices(q.id, q.optional),
  }));
  const idx = axes.map(() => 0);
  let count = 0;
  for (;;) {
    const a: Record<string, unknown> = {};
    axes.forEach((axis, i) => {
      const v = axis.values[idx[i]];
      if (v !== undefined) a[axis.id] = v;
    });
    visit(a as Answers);
    count++;
    let i = axes.length - 1;
    while (i >= 0 && ++idx[i] === axes[i].values.length) idx[i--] = 0;
    if (i < 0) return count;
  }
}
