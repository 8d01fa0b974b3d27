import { AccountTypeId } from './account-types';
import { Answers, isComplete } from './questionnaire';
import { decodeAnswers, decodeScene } from './share-codec';

/**
 * What the result page was opened with. `a=<code>` comes from a share card, a Moments post or the quiz itself
 * (`own=1`); `scene=r%3D<code>` from a mini program code. Anything unreadable, or answers that do not make a
 * complete quiz, is "damaged": the page says so and offers the quiz, and the user's own progress is untouched.
 */
export type ResultEntry =
  | { kind: 'answers'; answers: Answers; shared: boolean }
  | { kind: 'type'; type: AccountTypeId }
  | { kind: 'damaged' }
  | { kind: 'none' };

export function readResultEntry(query: Record<string, string | undefined> | undefined): ResultEntry {
  const q = query ?? {};
  if (q.a !== undefined) {
    const decoded = decodeAnswers(q.a);
    if (!decoded.ok || !isComplete(decoded.answers)) return { kind: 'damaged' };
    return { kind: 'answers', answers: decoded.answers, shared: q.own !== '1' };
  }
  const scene = decodeScene(q.scene);
  switch (scene.kind) {
    case 'result':
      return isComplete(scene.answers) ? { kind: 'answers', answers: scene.answers, shared: true } : { kind: 'damaged' };
    case 'type':
      return { kind: 'type', type: scene.type };
    case 'error':
      return { kind: 'damaged' };
    default:
      return { kind: 'none' };
  }
}
