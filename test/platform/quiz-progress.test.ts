import fc from 'fast-check';
import { isValidAnswers, nextQuestionIndex, QUESTIONS } from '../../miniprogram/domain/quiz/questionnaire';
import { upgradeV1Answers } from '../../miniprogram/domain/links/share-codec-v1';
import {
  clearProgress,
  loadProgress,
  parseProgress,
  PROGRESS_KEY,
  readProgress,
  saveProgress,
} from '../../miniprogram/platform/quiz-progress';
import { answersArb, looseAnswersArb, v1AnswersArb } from '../domain/answers-arbitrary';
import { installWxMock, WxMock } from '../helpers/wx-mock';

let mock: WxMock;
beforeEach(() => {
  mock = installWxMock();
});

const wxOf = () => (globalThis as unknown as { wx: Record<string, unknown> }).wx;

/** What the version-1 quiz saved: eight questions, 'developer' where version 2 asks trade and build. */
const V1_RECORD = {
  v: 1,
  step: 6,
  answers: {
    entity: 'media',
    goals: ['content'],
    frequency: 'daily',
    audience: 'public',
    payment: 'no',
    developer: 'yes',
  },
};

describe('quiz progress store', () => {
  it('round-trips answers and step through one version-2 record', () => {
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 0, max: QUESTIONS.length - 1 }), (answers, step) => {
        expect(saveProgress({ answers, step })).toBe(true);
        expect(mock.storage.get(PROGRESS_KEY)).toEqual(expect.objectContaining({ v: 2, step }));
        const loaded = loadProgress();
        expect(loaded?.step).toBe(step);
        expect(loaded?.migrated).toBe(false);
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
    ['broken JSON text', '{"v":2,"answers":{'],
    ['JSON of another shape', '[1,2,3]'],
    ['an old version', { v: 0, answers: { entity: 'media' }, step: 1 }],
    ['no version', { answers: { entity: 'media' }, step: 1 }],
    ['a newer version', { v: 3, answers: { entity: 'media' }, step: 1 }],
    ['the version as text', { v: '2', answers: { entity: 'media' }, step: 1 }],
    ['a step out of range', { v: 2, answers: {}, step: QUESTIONS.length }],
    ['a negative step', { v: 2, answers: {}, step: -1 }],
    ['a fractional step', { v: 2, answers: {}, step: 1.5 }],
    ['a step as text', { v: 2, answers: {}, step: '1' }],
    ['answers of the wrong type', { v: 2, answers: 'entity=media', step: 0 }],
    ['an unknown option', { v: 2, answers: { entity: 'company' }, step: 0 }],
    ['goals not a list', { v: 2, answers: { goals: 'content' }, step: 1 }],
    ["version 1's question in a version-2 record", { v: 2, answers: { developer: 'yes' }, step: 1 }],
    ['a version-1 record with a step past its eight questions', { ...V1_RECORD, step: 8 }],
    ['a version-1 record without a step', { v: 1, answers: { entity: 'media' } }],
    ["a version-1 record holding version 2's questions", { v: 1, answers: { build: 'own' }, step: 0 }],
    ["a version-1 record with version 2's new entity", { v: 1, answers: { entity: 'overseas' }, step: 0 }],
    ['a version-1 record with an unknown developer answer', { v: 1, answers: { developer: 'maybe' }, step: 0 }],
    ['a version-1 record with duplicate goals', { v: 1, answers: { goals: ['sell', 'sell'] }, step: 1 }],
    ['a version-1 record of the wrong type', { v: 1, answers: ['media'], step: 0 }],
    ['a number', 42],
    ['null', null],
  ])('reads %s as corrupt: no progress, and the record stays for the next save to replace', (_name, stored) => {
    mock.storage.set(PROGRESS_KEY, stored);
    expect(() => loadProgress()).not.toThrow();
    expect(loadProgress()).toBeNull();
    expect(readProgress()).toEqual(stored === null ? { kind: 'read', progress: null } : { kind: 'corrupt' });
    expect(mock.storage.get(PROGRESS_KEY)).toEqual(stored);
    expect(saveProgress({ answers: { entity: 'media' }, step: 1 })).toBe(true);
    expect(readProgress()).toEqual({
      kind: 'read',
      progress: { answers: { entity: 'media' }, step: 1, migrated: false },
    });
  });

  it('accepts the record as JSON text too', () => {
    mock.storage.set(PROGRESS_KEY, JSON.stringify({ v: 2, answers: { entity: 'overseas' }, step: 2 }));
    expect(loadProgress()).toEqual({ answers: { entity: 'overseas' }, step: 2, migrated: false });
  });

  it('never throws and returns only valid progress, whatever is stored', () => {
    const stored = fc.oneof(
      fc.anything(),
      fc.json(),
      fc.record({
        v: fc.oneof(fc.constantFrom(1, 2), fc.anything()),
        answers: fc.oneof(looseAnswersArb, v1AnswersArb, answersArb),
        step: fc.oneof(fc.integer({ min: -1, max: 9 }), fc.integer(), fc.anything()),
      }),
    );
    fc.assert(
      fc.property(stored, (raw) => {
        const parsed = parseProgress(raw);
        if (parsed !== null) {
          expect(isValidAnswers(parsed.answers)).toBe(true);
          expect(Number.isInteger(parsed.step) && parsed.step >= 0 && parsed.step < QUESTIONS.length).toBe(true);
          expect(typeof parsed.migrated).toBe('boolean');
        }
        mock.storage.set(PROGRESS_KEY, raw);
        expect(() => loadProgress()).not.toThrow();
      }),
    );
  });

  it('keeps working in memory when storage throws', () => {
    wxOf().setStorageSync = () => {
      throw new Error('full');
    };
    expect(saveProgress({ answers: {}, step: 0 })).toBe(false);
  });

  it.each([
    [
      'throws',
      () => {
        throw new Error('getStorageSync:fail');
      },
    ],
    ['returns undefined', () => undefined],
  ])('reads as unread when getStorageSync %s, and writes nothing', (_name, failing) => {
    mock.storage.set(PROGRESS_KEY, V1_RECORD);
    const writes = [mock.setStorageSync, mock.removeStorageSync] as jest.Mock[];
    wxOf().getStorageSync = failing;
    expect(readProgress()).toEqual({ kind: 'unread' });
    expect(loadProgress()).toBeNull();
    for (const write of writes) expect(write).not.toHaveBeenCalled();
    expect(mock.storage.get(PROGRESS_KEY)).toEqual(V1_RECORD);
  });

  it('reads no progress when getStorageSync throws, and removes nothing', () => {
    mock.storage.set(PROGRESS_KEY, V1_RECORD);
    const remove = jest.fn();
    wxOf().getStorageSync = () => {
      throw new Error('storage unavailable');
    };
    wxOf().removeStorageSync = remove;
    expect(() => loadProgress()).not.toThrow();
    expect(loadProgress()).toBeNull();
    expect(remove).not.toHaveBeenCalled();
    expect(mock.storage.get(PROGRESS_KEY)).toEqual(V1_RECORD);
  });

  it('does not throw when unusable progress cannot be removed either', () => {
    mock.storage.set(PROGRESS_KEY, '{"v":');
    wxOf().removeStorageSync = () => {
      throw new Error('storage unavailable');
    };
    expect(loadProgress()).toBeNull();
  });
});

describe('progress saved by the version-1 quiz', () => {
  it('maps its answers onto the current quiz and resumes at the first unanswered question', () => {
    mock.storage.set(PROGRESS_KEY, V1_RECORD);
    expect(loadProgress()).toEqual({
      answers: {
        entity: 'media',
        goals: ['content'],
        frequency: 'daily',
        audience: 'public',
        payment: 'no',
        build: 'own',
      },
      // The new trade question (index 2) is the first one open.
      step: 2,
      migrated: true,
    });
  });

  it("leaves build to be answered where version 1's developer was 'no', or not yet answered", () => {
    mock.storage.set(PROGRESS_KEY, { ...V1_RECORD, answers: { ...V1_RECORD.answers, developer: 'no' } });
    const saidNo = loadProgress();
    expect(saidNo?.answers.build).toBeUndefined();
    expect(saidNo).toMatchObject({ step: 2, migrated: true });
    expect(nextQuestionIndex(saidNo?.answers ?? {}, 3)).toBe(6); // after trade: build

    mock.storage.set(PROGRESS_KEY, { v: 1, step: 1, answers: { entity: 'government' } });
    expect(loadProgress()).toEqual({ answers: { entity: 'government' }, step: 1, migrated: true });

    mock.storage.set(PROGRESS_KEY, { v: 1, step: 0, answers: {} });
    expect(loadProgress()).toEqual({ answers: {}, step: 0, migrated: true });
  });

  it('reads the version-1 record as JSON text too, with goals in any order', () => {
    mock.storage.set(
      PROGRESS_KEY,
      JSON.stringify({ v: 1, step: 3, answers: { entity: 'enterprise', goals: ['tool', 'service'] } }),
    );
    expect(loadProgress()).toEqual({
      answers: { entity: 'enterprise', goals: ['service', 'tool'] },
      step: 2,
      migrated: true,
    });
  });

  it('maps every valid version-1 record as its share codes are, and never loses or rewrites it on reading', () => {
    fc.assert(
      fc.property(v1AnswersArb, fc.integer({ min: 0, max: 7 }), (answers, step) => {
        const record = { v: 1, step, answers };
        mock.storage.set(PROGRESS_KEY, record);
        const loaded = loadProgress();
        const expected = upgradeV1Answers(answers).answers;
        expect(loaded).toEqual({ answers: expected, step: nextQuestionIndex(expected) ?? 0, migrated: true });
        expect(isValidAnswers(loaded?.answers)).toBe(true);
        // Reading leaves the record as it was: the next save (after the user acts) writes version 2.
        expect(mock.storage.get(PROGRESS_KEY)).toBe(record);
      }),
    );
  });

  it('is saved back as a version-2 record once the quiz saves', () => {
    mock.storage.set(PROGRESS_KEY, V1_RECORD);
    const loaded = loadProgress();
    expect(loaded).not.toBeNull();
    if (loaded) saveProgress(loaded);
    expect(mock.storage.get(PROGRESS_KEY)).toEqual({ v: 2, step: 2, answers: loaded?.answers });
    expect(loadProgress()).toEqual({ ...loaded, migrated: false });
  });
});
