import { PROGRESS_KEY, readProgress } from '../../miniprogram/platform/quiz-progress';
import { renderPage } from '../helpers/simulate';
import { installWxMock, WxMock } from '../helpers/wx-mock';
import { answerStep, currentIndex } from './quiz-walk';

/**
 * Saved quiz progress under a failing storage: a read that fails (getStorageSync throws or returns undefined)
 * never leads to a write over the record; the page says so and offers a retry. A record that reads but is
 * unusable starts the quiz afresh, says so, and the next save replaces it.
 */
let mock: WxMock;
beforeEach(() => {
  mock = installWxMock();
});

const g = globalThis as unknown as { wx: Record<string, unknown> };
const SAVED = { v: 2, step: 2, answers: { entity: 'media', goals: ['content'] } };
const UNREAD = '没能读取你之前保存的答题进度。为了不覆盖它，这次的回答暂不保存。';
const CORRUPT = '之前保存的答题进度已损坏，无法使用，这次从头开始。';

const failures: [string, () => unknown][] = [
  [
    'throws',
    () => {
      throw new Error('getStorageSync:fail');
    },
  ],
  ['returns undefined', () => undefined],
];

describe.each(failures)('quiz when getStorageSync %s', (_name, failing) => {
  it('writes nothing over the saved progress while answering, then keeps both once it reads again', async () => {
    mock.storage.set(PROGRESS_KEY, SAVED);
    const working = g.wx.getStorageSync;
    g.wx.getStorageSync = jest.fn(failing);
    const quiz = await renderPage('pages/quiz/quiz');
    expect(quiz.text()).toContain(UNREAD);
    expect(currentIndex(quiz)).toBe(0);

    // Answering works in memory; nothing is written over the record that could not be read.
    await answerStep(quiz, { entity: 'enterprise' });
    expect(currentIndex(quiz)).toBe(1);
    expect(mock.setStorageSync).not.toHaveBeenCalled();
    expect(mock.removeStorageSync).not.toHaveBeenCalled();
    expect(mock.storage.get(PROGRESS_KEY)).toEqual(SAVED);

    // A retry while storage still fails says so and still writes nothing.
    await quiz.tap('#retry-progress');
    expect(mock.showToast).toHaveBeenLastCalledWith(
      expect.objectContaining({ title: '之前的进度还读不出来，这次先不保存' }),
    );
    expect(mock.setStorageSync).not.toHaveBeenCalled();

    // Storage answers again: the answer given meanwhile goes over the saved one, the rest is kept, and saved.
    g.wx.getStorageSync = working;
    await quiz.tap('#retry-progress');
    expect(quiz.text()).not.toContain(UNREAD);
    expect(quiz.$('#retry-progress')).toBeUndefined();
    expect(readProgress()).toEqual({
      kind: 'read',
      progress: { answers: { entity: 'enterprise', goals: ['content'] }, step: 1, migrated: false },
    });
    quiz.detach();
  });

  it('resumes the saved quiz on a retry that reads, when nothing was answered meanwhile', async () => {
    mock.storage.set(PROGRESS_KEY, SAVED);
    const working = g.wx.getStorageSync;
    g.wx.getStorageSync = jest.fn(failing);
    const quiz = await renderPage('pages/quiz/quiz');
    g.wx.getStorageSync = working;
    await quiz.tap('#retry-progress');
    expect(currentIndex(quiz)).toBe(2);
    expect(quiz.text()).toContain('已恢复');
    expect(mock.setStorageSync).not.toHaveBeenCalled();
    expect(mock.storage.get(PROGRESS_KEY)).toEqual(SAVED);
    quiz.detach();
  });

  it('a restart link neither clears nor asks about progress it could not read', async () => {
    mock.storage.set(PROGRESS_KEY, SAVED);
    g.wx.getStorageSync = jest.fn(failing);
    const quiz = await renderPage('pages/quiz/quiz', { restart: '1' });
    expect(mock.showModal).not.toHaveBeenCalled();
    expect(mock.removeStorageSync).not.toHaveBeenCalled();
    expect(quiz.text()).toContain(UNREAD);
    expect(mock.storage.get(PROGRESS_KEY)).toEqual(SAVED);
    quiz.detach();
  });
});

describe('quiz over unusable saved progress', () => {
  it.each([
    ['broken JSON', '{"v":2,"answers":{'],
    ['a number', 42],
    ['an unknown version', { v: 9, step: 0, answers: {} }],
  ])('over %s starts afresh, says so, and the first answer replaces it', async (_name, garbage) => {
    mock.storage.set(PROGRESS_KEY, garbage);
    const quiz = await renderPage('pages/quiz/quiz');
    expect(quiz.text()).toContain(CORRUPT);
    expect(quiz.$('#retry-progress')).toBeUndefined();
    // Reading wrote nothing.
    expect(mock.storage.get(PROGRESS_KEY)).toEqual(garbage);
    await answerStep(quiz, { entity: 'media' });
    expect(quiz.text()).not.toContain(CORRUPT);
    expect(readProgress()).toEqual({
      kind: 'read',
      progress: { answers: { entity: 'media' }, step: 1, migrated: false },
    });
    quiz.detach();
  });
});
