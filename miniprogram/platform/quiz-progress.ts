import { storedRecord } from '../domain/stored-record';
import { Answers, isValidAnswers, nextQuestionIndex, QUESTIONS, sanitizeAnswers } from '../domain/quiz/questionnaire';
import { isValidV1Answers, upgradeV1Answers, V1_QUESTION_IDS } from '../domain/links/share-codec-v1';
import { readStoredStrict, removeStored, writeStored } from './storage';

/**
 * The quiz's saved progress: the answers so far and the question the user was on, so leaving and coming
 * back resumes there. One versioned record, written as version 2 (the nine-question quiz). A version-1 record
 * (the eight-question quiz) is read with version 1's own rules and mapped as its share codes are
 * (domain/links/share-codec-v1.ts), resuming at the first unanswered question. Anything else under the key
 * (unknown version, foreign or broken data) reads as corrupt: the quiz starts fresh and says so, and the next save
 * replaces it. Reading never writes: a read that fails (getStorageSync throws or returns undefined) is told apart,
 * and nothing may be saved over the record until it reads (the quiz page offers a retry).
 */
export const PROGRESS_KEY = 'quiz.progress';
export const PROGRESS_VERSION = 2;

export interface QuizProgress {
  answers: Answers;
  /** Index of the question on screen, 0..QUESTIONS.length-1. */
  step: number;
}

/** Progress as read back: `migrated` when it was saved by the version-1 quiz and mapped onto this one. */
export interface LoadedProgress extends QuizProgress {
  migrated: boolean;
}

interface StoredProgressV2 {
  v: 2;
  answers: Answers;
  step: number;
}

type StoredFields = Partial<Record<'v' | 'answers' | 'step', unknown>>;

const isStepBelow =
  (count: number) =>
  (x: unknown): x is number =>
    typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < count;
const isStep = isStepBelow(QUESTIONS.length);
/** Version 1's step: an index into its eight questions. */
const isV1Step = isStepBelow(V1_QUESTION_IDS.length);

/** A version-1 record, valid by version 1's rules, as version-2 progress at its first unanswered question. */
function migrateV1(record: StoredFields): LoadedProgress | null {
  if (!isV1Step(record.step) || !isValidV1Answers(record.answers)) return null;
  const answers = sanitizeAnswers(upgradeV1Answers(record.answers).answers);
  // Version 1's step named one of its own questions; the new ones come first, so go to the first one open.
  return { answers, step: nextQuestionIndex(answers) ?? 0, migrated: true };
}

/** Validates a stored record (an object, or its JSON text from older writers); null for anything unusable. */
export function parseProgress(raw: unknown): LoadedProgress | null {
  const record: StoredFields | null = storedRecord(raw);
  if (!record) return null;
  if (record.v === 1) return migrateV1(record);
  if (record.v !== PROGRESS_VERSION || !isStep(record.step) || !isValidAnswers(record.answers)) return null;
  return { answers: sanitizeAnswers(record.answers), step: record.step, migrated: false };
}

/**
 * What storage holds under the key: progress (or nothing saved), a record that read but is unusable ('corrupt',
 * which the next save may replace), or a failed read ('unread': nothing may be written over it). Never throws.
 */
export type ProgressRead = { kind: 'read'; progress: LoadedProgress | null } | { kind: 'corrupt' } | { kind: 'unread' };

export function readProgress(): ProgressRead {
  let corrupt = false;
  const read = readStoredStrict(PROGRESS_KEY, (raw) => {
    const parsed = parseProgress(raw);
    corrupt = parsed === null;
    return parsed;
  });
  if (!read.ok) return { kind: 'unread' };
  return corrupt ? { kind: 'corrupt' } : { kind: 'read', progress: read.value };
}

/** The saved progress, or null (nothing saved, unusable, or unreadable just now). Never throws, never writes. */
export function loadProgress(): LoadedProgress | null {
  const read = readProgress();
  return read.kind === 'read' ? read.progress : null;
}

/** Saves after every answer and step; false when storage is unavailable (the quiz keeps working in memory). */
export function saveProgress(progress: QuizProgress): boolean {
  const record: StoredProgressV2 = {
    v: PROGRESS_VERSION,
    answers: sanitizeAnswers(progress.answers),
    step: isStep(progress.step) ? progress.step : 0,
  };
  return writeStored(PROGRESS_KEY, record);
}

export function clearProgress(): void {
  removeStored(PROGRESS_KEY);
}
