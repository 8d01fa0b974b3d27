import { storedRecord } from '../domain/stored-record';
import { Answers, isValidAnswers, QUESTIONS, sanitizeAnswers } from '../domain/quiz/questionnaire';
import { readStored, removeStored, writeStored } from './storage';

/**
 * The quiz's saved progress: the answers so far and the question the user was on, so leaving and coming
 * back resumes there. One versioned record; anything else under the key (old version, foreign or broken data)
 * reads as "no progress" and is removed, so the quiz starts fresh instead of failing.
 */
export const PROGRESS_KEY = 'quiz.progress';
export const PROGRESS_VERSION = 1;

export interface QuizProgress {
  answers: Answers;
  /** Index of the question on screen, 0..QUESTIONS.length-1. */
  step: number;
}

interface StoredProgressV1 {
  v: 1;
  answers: Answers;
  step: number;
}

const isStep = (x: unknown): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < QUESTIONS.length;

/** Validates a stored record (an object, or its JSON text from older writers); null for anything invalid. */
export function parseProgress(raw: unknown): QuizProgress | null {
  const record: Partial<Record<keyof StoredProgressV1, unknown>> | null = storedRecord(raw);
  if (!record || record.v !== PROGRESS_VERSION || !isStep(record.step) || !isValidAnswers(record.answers)) return null;
  return { answers: sanitizeAnswers(record.answers), step: record.step };
}

/** The saved progress, or null (nothing saved, or it was unusable and has been cleared). Never throws. */
export function loadProgress(): QuizProgress | null {
  let unusable = false;
  const progress = readStored(PROGRESS_KEY, (raw) => {
    const parsed = parseProgress(raw);
    unusable = parsed === null;
    return parsed;
  });
  if (unusable) removeStored(PROGRESS_KEY);
  return progress;
}

/** Saves after every answer and step; false when storage is unavailable (the quiz keeps working in memory). */
export function saveProgress(progress: QuizProgress): boolean {
  const record: StoredProgressV1 = {
    v: PROGRESS_VERSION,
    answers: sanitizeAnswers(progress.answers),
    step: isStep(progress.step) ? progress.step : 0,
  };
  return writeStored(PROGRESS_KEY, record);
}

export function clearProgress(): void {
  removeStored(PROGRESS_KEY);
}
