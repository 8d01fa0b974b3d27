import fc from 'fast-check';
import { isValidAnswers, QUESTIONS } from '../../miniprogram/domain/quiz/questionnaire';
import {
  clearProgress,
  loadProgress,
  parseProgress,
  PROGRESS_KEY,
  saveProgress,
} from '../../miniprogram/platform/quiz-progress';
import { answersArb, looseAnswersArb } from '../domain/answers-arbitrary';
import { installWxMock, WxMock } from '../helpers/wx-mock';

let mock: WxMock;
beforeEach(() => {
  mock = installWxMock();
});

describe('quiz progress store', () => {
  it('round-trips answers and step through one versioned record', () => {
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 0, max: QUESTIONS.length - 1 }), (answers, step) => {
        expect(saveProgress({ answers, step })).toBe(true);
        expect(mock.storage.get(PROGRESS_KEY)).toEqual(expect.objectContaining({ v: 1, step }));
        const loaded = loadProgress();
        expect(loaded?.step).toBe(step);
        expect(isValidAnswers(loaded?.answers)).toBe(true);
        // Goals come back in questionnaire order, so compare as sets.
        const sorted = (a: typeof answers | undefined) => ({ ...a, goals: [...(a?.goals ?? [])].sort() });
        expect(sorted(loaded?.answers)).toEqual(sorted(answers));
      }),
    );
  });

  it('reads nothing saved as no progress, and clearProgress forgets it', () => {
    expect(loadProgress()).toBeNull();
    saveProgress({ answers: { entity: 'media' }, step: 1 });
    clearProgress();
    expect(loadProgress()).toBeNull();
    expect(mock.storage.has(PROGRESS_KEY)).toBe(false);
  });

  it.each([
    ['broken JSON text', '{"v":1,"answers":{'],
    ['JSON of another shape', '[1,2,3]'],
    ['an old version', { v: 0, answers: { entity: 'media' }, step: 1 }],
    ['no version', { answers: { entity: 'media' }, step: 1 }],
    ['a newer version', { v: 2, answers: { entity: 'media' }, step: 1 }],
    ['a step out of range', { v: 1, answers: {}, step: QUESTIONS.length }],
    ['a fractional step', { v: 1, answers: {}, step: 1.5 }],
    ['a step as text', { v: 1, answers: {}, step: '1' }],
    ['answers of the wrong type', { v: 1, answers: 'entity=media', step: 0 }],
    ['an unknown option', { v: 1, answers: { entity: 'company' }, step: 0 }],
    ['goals not a list', { v: 1, answers: { goals: 'content' }, step: 1 }],
    ['a number', 42],
    ['null', null],
  ])('treats %s as a fresh start and removes it', (_name, stored) => {
    mock.storage.set(PROGRESS_KEY, stored);
    expect(() => loadProgress()).not.toThrow();
    mock.storage.set(PROGRESS_KEY, stored);
    expect(loadProgress()).toBeNull();
    if (stored !== null) expect(mock.storage.has(PROGRESS_KEY)).toBe(false);
  });

  it('accepts the record as JSON text too', () => {
    mock.storage.set(PROGRESS_KEY, JSON.stringify({ v: 1, answers: { entity: 'media' }, step: 2 }));
    expect(loadProgress()).toEqual({ answers: { entity: 'media' }, step: 2 });
  });

  it('never throws and returns only valid progress, whatever is stored', () => {
    const stored = fc.oneof(
      fc.anything(),
      fc.json(),
      fc.record({
        v: fc.oneof(fc.constant(1), fc.anything()),
        answers: looseAnswersArb,
        step: fc.oneof(fc.integer(), fc.anything()),
      }),
    );
    fc.assert(
      fc.property(stored, (raw) => {
        const parsed = parseProgress(raw);
        if (parsed !== null) {
          expect(isValidAnswers(parsed.answers)).toBe(true);
          expect(Number.isInteger(parsed.step) && parsed.step >= 0 && parsed.step < QUESTIONS.length).toBe(true);
        }
        mock.storage.set(PROGRESS_KEY, raw);
        expect(() => loadProgress()).not.toThrow();
      }),
    );
  });

  it('keeps working in memory when storage throws', () => {
    (globalThis as unknown as { wx: Record<string, unknown> }).wx.setStorageSync = () => {
      throw new Error('full');
    };
    expect(saveProgress({ answers: {}, step: 0 })).toBe(false);
  });
});
