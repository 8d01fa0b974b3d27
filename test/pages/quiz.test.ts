import fc from 'fast-check';
import { QUESTIONS, sanitizeAnswers } from '../../miniprogram/domain/quiz/questionnaire';
import { resultLoadData } from '../../miniprogram/domain/result-views/result-view';
import { recommend } from '../../miniprogram/domain/recommendation/recommender';
import { decodeAnswers } from '../../miniprogram/domain/links/share-codec';
import { PROGRESS_KEY } from '../../miniprogram/platform/quiz-progress';
import { expectWithinSetDataBudget } from '../budgets/limits';
import { answersArb } from '../domain/answers-arbitrary';
import { renderRecorded } from '../helpers/set-data-recorder';
import { renderPage, sleep, tapIn } from '../helpers/simulate';
import { installWxMock, WxMock } from '../helpers/wx-mock';
import { answerStep, currentIndex, queryOf } from './quiz-walk';

let mock: WxMock;
beforeEach(() => {
  mock = installWxMock();
});

const completeAnswersArb = answersArb.filter((a) => QUESTIONS.every((q) => q.optional || a[q.id] !== undefined));
const checkedIds = (quiz: Awaited<ReturnType<typeof renderPage>>): string[] =>
  (quiz.page.data.question as { options: { id: string; checked: boolean }[] }).options
    .filter((o) => o.checked)
    .map((o) => o.id);

describe('quiz page', () => {
  it('shows the first question with its help, options and progress; Back and Next disabled', async () => {
    const quiz = await renderPage('pages/quiz/quiz');
    const text = quiz.text();
    expect(text).toContain('第 1/9 题');
    expect(text).toContain('谁来申请？');
    expect(text).toContain('申请主体提交后不能更改。');
    for (const label of ['个人', '企业', '个体工商户', '政府', '媒体', '其他组织', '境外组织'])
      expect(text).toContain(label);
    expect(quiz.$('#skip')).toBeUndefined();
    const progress = (quiz.page.data.question as { progress: number }).progress;
    expect(quiz.$('#progress-bar')?.querySelector('.van-progress__portion')?.dom.getAttribute('style')).toContain(
      `width:${progress}%`,
    );
    await quiz.tap('#next');
    expect(currentIndex(quiz)).toBe(0);
    quiz.detach();
  });

  it('offers the overseas page from the entity question only', async () => {
    const quiz = await renderPage('pages/quiz/quiz');
    expect(quiz.text()).toContain('在中国大陆以外注册？看看境外主体能开什么 ›');
    await quiz.tap('#overseas');
    expect(mock.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: '/pages/overseas/overseas' }));
    await tapIn(quiz, '#step', '#opt-enterprise');
    await quiz.tap('#next');
    expect(currentIndex(quiz)).toBe(1);
    expect(quiz.$('#overseas')).toBeUndefined();
    quiz.detach();
  });

  // Each run renders the quiz and the result (about a second on a busy 2-core machine): few runs, a generous bound.
  it('walking to the end opens the result the domain computes for those answers', async () => {
    await fc.assert(
      fc.asyncProperty(completeAnswersArb, async (answers) => {
        // A wx of this run's own: nothing it records leaks into the next run or the next test.
        const own = installWxMock();
        const quiz = await renderPage('pages/quiz/quiz');
        let taps = 0;
        for (let i = 0; i < QUESTIONS.length; i++) taps += await answerStep(quiz, answers);
        quiz.detach();
        // One tap per question, plus Next after the goals: with one goal, home's button and 10 taps reach a result.
        expect(taps).toBe(QUESTIONS.length + (answers.goals?.length ?? 0));
        expect(own.navigateTo).toHaveBeenCalledTimes(1);
        const url = (own.navigateTo.mock.calls[0][0] as { url: string }).url;
        expect(url.startsWith('/pages/result/result?')).toBe(true);
        const query = queryOf(url);
        const decoded = decodeAnswers(query.a);
        expect(decoded).toEqual({ ok: true, answers: sanitizeAnswers(answers), legacy: false, lost: [] });

        const result = await renderPage('pages/result/result', query);
        const expected = resultLoadData(recommend(answers), answers, 'zh', false).payload.view;
        expect(result.page.data.view).toEqual(expected);
        if (expected.top) expect(result.text()).toContain(`${expected.top.name}匹配度 ${expected.top.score}`);
        // The quiz's own result: no "a friend shared this" banner.
        expect(result.page.data.shared).toBe(false);
        result.detach();
      }),
      { numRuns: 6 },
    );
  }, 120_000);

  it('Back and Next keep the answers, and the options show them again', async () => {
    const quiz = await renderPage('pages/quiz/quiz');
    await tapIn(quiz, '#step', '#opt-media');
    await quiz.tap('#next');
    await tapIn(quiz, '#step', '#opt-content');
    await tapIn(quiz, '#step', '#opt-tool');
    await tapIn(quiz, '#step', '#opt-content'); // toggles off again
    expect(checkedIds(quiz)).toEqual(['tool']);
    // The checkbox group hands its value to its checkboxes (vant's parent/child relation).
    const step = quiz.$('#step');
    expect(step?.querySelector('#opt-tool')?.dom.innerHTML).toContain('van-checkbox__icon--checked');
    expect(step?.querySelector('#opt-content')?.dom.innerHTML).not.toContain('van-checkbox__icon--checked');
    await quiz.tap('#back');
    expect(currentIndex(quiz)).toBe(0);
    expect(checkedIds(quiz)).toEqual(['media']);
    expect(quiz.$('#step')?.querySelector('#opt-media')?.dom.innerHTML).toContain('van-radio__icon--checked');
    await quiz.tap('#next');
    expect(checkedIds(quiz)).toEqual(['tool']);
    expect(quiz.text()).toContain('第 2/9 题');
    quiz.detach();
  });

  it('single choice moves on at once, and a new pick after Back replaces the old one', async () => {
    const quiz = await renderPage('pages/quiz/quiz');
    await tapIn(quiz, '#step', '#opt-media');
    expect(currentIndex(quiz)).toBe(1);
    await quiz.tap('#back');
    expect(checkedIds(quiz)).toEqual(['media']);
    await tapIn(quiz, '#step', '#opt-government');
    expect(currentIndex(quiz)).toBe(1);
    await quiz.tap('#back');
    expect(checkedIds(quiz)).toEqual(['government']);
    quiz.detach();
  });

  it('saves after every answer and resumes where the user was after a re-render', async () => {
    const first = await renderPage('pages/quiz/quiz');
    await answerStep(first, { entity: 'enterprise' });
    await answerStep(first, { goals: ['sell', 'service'] });
    await tapIn(first, '#step', '#opt-retail');
    expect(mock.storage.get(PROGRESS_KEY)).toEqual({
      v: 2,
      step: 3,
      answers: { entity: 'enterprise', goals: ['service', 'sell'], trade: 'retail' },
    });
    first.detach();

    const again = await renderPage('pages/quiz/quiz');
    expect(currentIndex(again)).toBe(3);
    expect(again.text()).not.toContain('问卷更新了');
    expect(again.text()).toContain('已恢复上次的进度');
    await again.tap('#back');
    expect(checkedIds(again)).toEqual(['retail']);
    await again.tap('#back');
    expect(checkedIds(again)).toEqual(['service', 'sell']);
    again.detach();
  });

  it.each([
    ['broken JSON', '{"v":2,'],
    ['an unknown version', { v: 0, answers: { entity: 'media' }, step: 3 }],
    ['wrong types', { v: 2, answers: { entity: 7, goals: 'all' }, step: 'two' }],
    ['a version-1 record with wrong types', { v: 1, answers: { entity: 7, developer: 'maybe' }, step: 1 }],
  ])('starts fresh, without an error, from %s in storage', async (_name, stored) => {
    mock.storage.set(PROGRESS_KEY, stored);
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const quiz = await renderPage('pages/quiz/quiz');
    expect(currentIndex(quiz)).toBe(0);
    expect(checkedIds(quiz)).toEqual([]);
    expect(quiz.page.data.resumed).toBe(false);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    quiz.detach();
  });

  it('offers Skip only on optional questions, and skipping clears that answer', async () => {
    mock.storage.set(PROGRESS_KEY, {
      v: 2,
      step: 7,
      answers: {
        entity: 'media',
        goals: ['content'],
        trade: 'other',
        frequency: 'daily',
        audience: 'public',
        payment: 'no',
        build: 'rent',
        certify: 'yes',
      },
    });
    const quiz = await renderPage('pages/quiz/quiz');
    expect(quiz.text()).toContain('选填');
    await quiz.tap('#skip');
    expect(currentIndex(quiz)).toBe(8);
    expect((mock.storage.get(PROGRESS_KEY) as { answers: Record<string, unknown> }).answers.certify).toBeUndefined();
    await quiz.tap('#skip');
    const url = (mock.navigateTo.mock.calls[0][0] as { url: string }).url;
    expect(decodeAnswers(queryOf(url).a)).toEqual({
      ok: true,
      answers: {
        entity: 'media',
        goals: ['content'],
        trade: 'other',
        frequency: 'daily',
        audience: 'public',
        payment: 'no',
        build: 'rent',
      },
      legacy: false,
      lost: [],
    });
    quiz.detach();
  });

  it('lets the trade question be skipped, and requires how things get built', async () => {
    mock.storage.set(PROGRESS_KEY, { v: 2, step: 2, answers: { entity: 'enterprise', goals: ['sell'] } });
    const quiz = await renderPage('pages/quiz/quiz');
    expect(quiz.text()).toContain('你做哪一行？');
    await quiz.tap('#skip');
    expect(currentIndex(quiz)).toBe(3);
    for (const answer of [{ frequency: 'weekly' }, { audience: 'public' }, { payment: 'yes' }] as const)
      await answerStep(quiz, answer);
    expect(currentIndex(quiz)).toBe(6);
    expect(quiz.text()).toContain('需要开发的部分打算怎么做？');
    expect(quiz.$('#skip')).toBeUndefined();
    await quiz.tap('#next');
    expect(currentIndex(quiz)).toBe(6);
    quiz.detach();
  });

  it('opens progress saved by the previous quiz with its answers kept, at the first new question', async () => {
    mock.storage.set(PROGRESS_KEY, {
      v: 1,
      step: 7,
      answers: {
        entity: 'enterprise',
        goals: ['service', 'sell'],
        frequency: 'weekly',
        audience: 'public',
        payment: 'yes',
        developer: 'no',
        certify: 'yes',
      },
    });
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const quiz = await renderPage('pages/quiz/quiz');
    expect(currentIndex(quiz)).toBe(2);
    expect(quiz.text()).toContain('问卷更新了：已保留你之前的回答，新增的问题请补上。');
    expect(quiz.text()).not.toContain('已恢复上次的进度');
    await quiz.tap('#back');
    expect(checkedIds(quiz)).toEqual(['service', 'sell']);
    expect(quiz.text()).not.toContain('问卷更新了');
    // The first save writes the version-2 record.
    expect(mock.storage.get(PROGRESS_KEY)).toEqual({
      v: 2,
      step: 1,
      answers: {
        entity: 'enterprise',
        goals: ['service', 'sell'],
        frequency: 'weekly',
        audience: 'public',
        payment: 'yes',
        certify: 'yes',
      },
    });
    await quiz.tap('#next');
    await quiz.tap('#skip'); // trade
    expect(currentIndex(quiz)).toBe(3);
    expect(checkedIds(quiz)).toEqual(['weekly']);
    await quiz.tap('#next');
    await quiz.tap('#next');
    await quiz.tap('#next');
    // Version 1's developer 'no' did not say how: build is asked again.
    expect(currentIndex(quiz)).toBe(6);
    expect(checkedIds(quiz)).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    quiz.detach();
  });

  it('says so in English too, and keeps the notice across a language change', async () => {
    mock.storage.set(PROGRESS_KEY, { v: 1, step: 1, answers: { entity: 'media', developer: 'yes' } });
    const quiz = await renderPage('pages/quiz/quiz');
    expect(currentIndex(quiz)).toBe(1);
    expect(quiz.text()).toContain('问卷更新了');
    mock.storage.set('lang.v1', 'en');
    (quiz.page.onShow as () => void)();
    await sleep(0);
    expect(quiz.text()).toContain(
      'The quiz has changed: your earlier answers are kept; please answer the new questions.',
    );
    expect(quiz.text()).not.toContain('Picked up where you left off.');
    quiz.detach();
  });

  it('"start over" asks first, then clears the saved progress', async () => {
    const quiz = await renderPage('pages/quiz/quiz');
    await answerStep(quiz, { entity: 'media' });
    mock.showModal.mockImplementationOnce((o: { success: (r: unknown) => void }) =>
      o.success({ confirm: false, cancel: true }),
    );
    await quiz.tap('#start-over');
    expect(currentIndex(quiz)).toBe(1);
    await quiz.tap('#start-over');
    await new Promise((r) => setTimeout(r, 0));
    expect(mock.showModal).toHaveBeenCalledTimes(2);
    expect(currentIndex(quiz)).toBe(0);
    expect(checkedIds(quiz)).toEqual([]);
    expect(mock.storage.has(PROGRESS_KEY)).toBe(false);
    quiz.detach();
  });

  it('opened with restart=1 over an unfinished quiz asks first, and keeps the answers when the user says no', async () => {
    const unfinished = { v: 2, step: 3, answers: { entity: 'media', goals: ['content'] } };
    mock.storage.set(PROGRESS_KEY, unfinished);
    mock.showModal.mockImplementationOnce((o: { success: (r: unknown) => void }) =>
      o.success({ confirm: false, cancel: true }),
    );
    const kept = await renderPage('pages/quiz/quiz', { restart: '1' });
    await sleep(0);
    expect(mock.showModal).toHaveBeenCalledWith(
      expect.objectContaining({ title: '重新开始？', content: '已选的答案会被清空。', confirmText: '重新开始' }),
    );
    expect(mock.storage.get(PROGRESS_KEY)).toEqual(unfinished);
    expect(currentIndex(kept)).toBe(3);
    expect(kept.text()).toContain('已恢复上次的进度');
    kept.detach();

    const cleared = await renderPage('pages/quiz/quiz', { restart: '1' });
    await sleep(0);
    expect(mock.showModal).toHaveBeenCalledTimes(2);
    expect(mock.storage.has(PROGRESS_KEY)).toBe(false);
    expect(currentIndex(cleared)).toBe(0);
    expect(checkedIds(cleared)).toEqual([]);
    expect(cleared.text()).not.toContain('已恢复上次的进度');
    cleared.detach();
  });

  it('opened with restart=1 over a finished quiz starts afresh without asking', async () => {
    mock.storage.set(PROGRESS_KEY, {
      v: 2,
      step: 8,
      answers: {
        entity: 'media',
        goals: ['content'],
        frequency: 'daily',
        audience: 'public',
        payment: 'no',
        build: 'unsure',
      },
    });
    const quiz = await renderPage('pages/quiz/quiz', { restart: '1' });
    expect(mock.showModal).not.toHaveBeenCalled();
    expect(mock.storage.has(PROGRESS_KEY)).toBe(false);
    expect(currentIndex(quiz)).toBe(0);
    quiz.detach();
  });

  it('speaks English when WeChat does', async () => {
    (globalThis as unknown as { wx: Record<string, unknown> }).wx.getAppBaseInfo = () => ({ language: 'en_US' });
    const quiz = await renderPage('pages/quiz/quiz');
    expect(quiz.text()).toContain('Question 1 of 9');
    expect(quiz.text()).toContain('Who is applying?');
    quiz.detach();
  });

  it('makes one small setData per answer, Next and Back', async () => {
    const { rendered: quiz, recorder, load } = await renderRecorded('pages/quiz/quiz');
    expectWithinSetDataBudget(load);
    await tapIn(quiz, '#step', '#opt-enterprise');
    expectWithinSetDataBudget(recorder.take());
    await quiz.tap('#next');
    expectWithinSetDataBudget(recorder.take());
    await tapIn(quiz, '#step', '#opt-sell');
    const answer = recorder.take();
    expect(answer.calls).toBe(1);
    expect(Object.keys(answer.payloads[0]).sort()).toEqual(['answered', 'question.options[2].checked']);
    await quiz.tap('#back');
    expectWithinSetDataBudget(recorder.take());
    quiz.detach();
  });
});
