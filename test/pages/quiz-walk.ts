import { Answers, QUESTIONS } from '../../miniprogram/domain/quiz/questionnaire';
import { Rendered, tapIn } from '../helpers/simulate';

/**
 * Answers the question on screen like a user: taps its options, then Next (or Skip for an unanswered optional
 * one, such as trade). Walks any version of the quiz: the question comes from the page, the answer by its id.
 */
export async function answerStep(quiz: Rendered, answers: Answers): Promise<void> {
  const index = (quiz.page.data.question as { index: number }).index;
  const q = QUESTIONS[index];
  const value = answers[q.id];
  if (value === undefined && q.optional) {
    await quiz.tap('#skip');
    return;
  }
  const ids = Array.isArray(value) ? value : [value as string];
  for (const id of ids) await tapIn(quiz, '#step', `#opt-${id}`);
  await quiz.tap('#next');
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
