import fc from 'fast-check';
import {
  Answers,
  chooseOption,
  clearAnswer,
  ENTITY_IDS,
  isComplete,
  isValidAnswers,
  nextQuestionIndex,
  OPTION_IDS,
  QUESTION_IDS,
  QUESTIONS,
  questionView,
  sanitizeAnswers,
} from '../../miniprogram/domain/quiz/questionnaire';
import { answersArb, looseAnswersArb } from './answers-arbitrary';

const REQUIRED: Answers = {
  entity: 'enterprise',
  goals: ['service'],
  frequency: 'weekly',
  audience: 'public',
  payment: 'no',
  developer: 'yes',
};

describe('questions', () => {
  it('has at most 8 questions with unique ids, in the order the codec relies on', () => {
    expect(QUESTIONS.length).toBeLessThanOrEqual(8);
    expect(QUESTION_IDS).toEqual([
      'entity',
      'goals',
      'frequency',
      'audience',
      'payment',
      'developer',
      'certify',
      'native',
    ]);
    expect(Object.keys(OPTION_IDS)).toEqual([...QUESTION_IDS]);
  });

  it('gives every question and option unique ids and text in both languages', () => {
    for (const q of QUESTIONS) {
      expect(q.options.map((o) => o.id)).toEqual([...OPTION_IDS[q.id]]);
      expect(new Set(OPTION_IDS[q.id]).size).toBe(q.options.length);
      for (const text of [q.title, q.help, ...q.options.map((o) => o.label)]) {
        expect(text.zh.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
    }
  });

  it('offers the six entity types of CONTENT.md who.entities', () => {
    expect([...ENTITY_IDS]).toEqual([
      'individual',
      'enterprise',
      'individual_business',
      'government',
      'media',
      'other_org',
    ]);
  });

  it('makes only goals multiple choice and only certify and native optional', () => {
    expect(QUESTIONS.filter((q) => q.multi).map((q) => q.id)).toEqual(['goals']);
    expect(QUESTIONS.filter((q) => q.optional).map((q) => q.id)).toEqual(['certify', 'native']);
  });
});

describe('answer validation', () => {
  it('accepts empty, partial and full answers', () => {
    expect(isValidAnswers({})).toBe(true);
    expect(isValidAnswers({ entity: 'media' })).toBe(true);
    expect(isValidAnswers({ ...REQUIRED, certify: 'unsure', native: 'no' })).toBe(true);
    expect(isValidAnswers({ entity: undefined })).toBe(true);
  });

  it('rejects non-objects, unknown keys, unknown options and bad goal lists', () => {
    for (const bad of [null, undefined, 'x', 3, [], [REQUIRED]]) expect(isValidAnswers(bad)).toBe(false);
    expect(isValidAnswers({ colour: 'red' })).toBe(false);
    expect(isValidAnswers(JSON.parse('{"__proto__": "individual"}'))).toBe(false);
    expect(isValidAnswers({ entity: 'company' })).toBe(false);
    expect(isValidAnswers({ payment: true })).toBe(false);
    expect(isValidAnswers({ goals: [] })).toBe(false);
    expect(isValidAnswers({ goals: ['sell', 'sell'] })).toBe(false);
    expect(isValidAnswers({ goals: 'sell' })).toBe(false);
    expect(isValidAnswers({ goals: ['sell', 'shop'] })).toBe(false);
  });

  it('sanitizes by dropping invalid parts, deduplicating goals into questionnaire order', () => {
    expect(
      sanitizeAnswers({ entity: 'company', goals: ['tool', 'content', 'tool', 'x'], payment: 'later', extra: 1 }),
    ).toEqual({
      goals: ['content', 'tool'],
      payment: 'later',
    });
    expect(sanitizeAnswers({ goals: ['x'] })).toEqual({});
    expect(sanitizeAnswers(null)).toEqual({});
    expect(sanitizeAnswers([1, 2])).toEqual({});
  });

  it('always sanitizes into valid answers, and leaves canonical answers unchanged', () => {
    fc.assert(fc.property(fc.oneof(fc.anything(), looseAnswersArb), (x) => isValidAnswers(sanitizeAnswers(x))));
    fc.assert(
      fc.property(answersArb, (a) => {
        const once = sanitizeAnswers(a);
        expect(sanitizeAnswers(once)).toEqual(once);
        expect(isValidAnswers(a)).toBe(true);
      }),
    );
  });
});

describe('quiz flow', () => {
  it('is complete once every required question is answered', () => {
    expect(isComplete({})).toBe(false);
    expect(isComplete(REQUIRED)).toBe(true);
    for (const id of ['entity', 'goals', 'frequency', 'audience', 'payment', 'developer'] as const) {
      expect(isComplete({ ...REQUIRED, [id]: undefined })).toBe(false);
    }
  });

  it('goes to the first unanswered question, optional ones included, and back to missed required ones', () => {
    expect(nextQuestionIndex({})).toBe(0);
    expect(nextQuestionIndex({ entity: 'media' })).toBe(1);
    expect(nextQuestionIndex(REQUIRED)).toBe(6);
    expect(nextQuestionIndex(REQUIRED, 7)).toBe(7);
    expect(nextQuestionIndex(REQUIRED, 8)).toBeNull();
    expect(nextQuestionIndex({ ...REQUIRED, certify: 'yes', native: 'no' })).toBeNull();
    expect(nextQuestionIndex({ ...REQUIRED, frequency: undefined }, 6)).toBe(6);
    expect(nextQuestionIndex({ ...REQUIRED, frequency: undefined, certify: 'no', native: 'no' }, 7)).toBe(2);
  });

  it('replaces single answers, toggles goals and ignores unknown options', () => {
    let a = chooseOption({}, 'entity', 'media');
    a = chooseOption(a, 'entity', 'government');
    expect(a).toEqual({ entity: 'government' });
    a = chooseOption(a, 'goals', 'tool');
    a = chooseOption(a, 'goals', 'content');
    expect(a.goals).toEqual(['content', 'tool']);
    a = chooseOption(a, 'goals', 'tool');
    expect(a.goals).toEqual(['content']);
    a = chooseOption(a, 'goals', 'content');
    expect(a.goals).toBeUndefined();
    expect(chooseOption(a, 'payment', 'maybe')).toEqual(a);
    expect(clearAnswer({ entity: 'media', native: 'yes' }, 'native')).toEqual({ entity: 'media' });
  });
});

describe('questionView', () => {
  it('returns null outside the quiz', () => {
    for (const i of [-1, 8, 1.5, NaN]) expect(questionView(i, {}, 'zh')).toBeNull();
  });

  it('localizes the question and marks chosen options', () => {
    const first = questionView(0, { entity: 'media' }, 'zh');
    expect(first).toMatchObject({
      id: 'entity',
      index: 0,
      total: 8,
      title: '谁来申请？',
      multi: false,
      optional: false,
      progress: 13,
    });
    expect(first?.options.filter((o) => o.checked).map((o) => o.id)).toEqual(['media']);
    expect(first?.options.find((o) => o.id === 'individual_business')?.label).toBe('个体工商户');

    const goals = questionView(1, { goals: ['sell', 'content'] }, 'en');
    expect(goals?.title).toBe('What do you want to do on WeChat?');
    expect(goals?.multi).toBe(true);
    expect(goals?.options.filter((o) => o.checked).map((o) => o.id)).toEqual(['content', 'sell']);
    expect(goals?.options[0].help).toBe('Articles, news, opinions');

    const last = questionView(7, {}, 'en');
    expect(last).toMatchObject({ id: 'native', optional: true, progress: 100 });
    expect(last?.options.every((o) => !o.checked)).toBe(true);
  });
});
