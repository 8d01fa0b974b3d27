import { Answers, QUESTIONS } from '../../miniprogram/domain/quiz/questionnaire';
import { Rendered, tapIn } from '../helpers/simulate';

/**
 * Answers the question on screen like a user: taps its option (a single choice moves on), or its options then Next,
 * or Skip for an unanswered optional one, such as trade; says how many taps that took. Walks any version of the quiz: the question comes from the page, the answer by its id.
 */
export async function answerStep(quiz: Rendered, answers: Answers): Promise<number> {
  const index = (quiz.page.data.question as { index: number }).index;
  const q = QUESTIONS[index];
  const value = answers[q.id];
  if (value === undefined && q.optional) {
    await quiz.tap('#skip');
    return 1;
  }
  const ids = Array.isArray(value) ? value : [value as string];
  for (const id of ids) await tapIn(quiz, '#step', `#opt-${id}`);
  // A single choice moves on by itself; only the multiple-choice question waits for Next.
  if (q.multi) await quiz.tap('#next');
  return ids.length + (q.multi ? 1 : 0);
}

/** The query of a page URL, e.g. '/pages/result/result?a=2BJ6jy&own=1' → { a: '2BJ6jy', own: '1' }. */
export function queryOf(url: string): Record<string, string> {
  const out: Record<string, string> = {};
  const search = url.split('?')[1] ?? '';
  for (const pair of search.split('&').filter(Boolean)) {
    const [key, value = ''] = pair.split('=');
    out[decodeURIComponent(key)] = decodeURIComponent(value);
  }
  return out;
}

export const currentIndex = (quiz: Rendered): number => (quiz.page.data.question as { index: number }).index;
