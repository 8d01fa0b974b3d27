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
import { pick } from '../../miniprogram/domain/text';

const REQUIRED: Answers = {
  entity: 'enterprise',
  goals: ['service'],
  frequency: 'weekly',
  audience: 'public',
  payment: 'no',
  build: 'own',
};

describe('questions', () => {
  it('has at most 9 questions (DESIGN.md) with unique ids, in the order share code version 2 relies on', () => {
    expect(QUESTIONS.length).toBeLessThanOrEqual(9);
    expect(QUESTION_IDS).toEqual([
      'entity',
      'goals',
      'trade',
      'frequency',
      'audience',
      'payment',
      'build',
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
        // The English is a catalog of the app-en subpackage (test/setup.ts adds it).
        expect(pick(text, 'en').trim()).not.toBe(text.zh);
      }
    }
  });

  it('offers the six entity types of CONTENT.md who.entities, then entities outside mainland China', () => {
    expect([...ENTITY_IDS]).toEqual([
      'individual',
      'enterprise',
      'individual_business',
      'government',
      'media',
      'other_org',
      'overseas',
    ]);
  });

  it('asks the trade and how things get built with the options share code version 2 packs', () => {
    expect([...OPTION_IDS.trade]).toEqual(['catering', 'retail', 'education', 'health', 'finance', 'travel', 'other']);
    expect([...OPTION_IDS.build]).toEqual(['own', 'agency', 'rent', 'unsure']);
  });

  it('makes only goals multiple choice and only trade, certify and native optional', () => {
    expect(QUESTIONS.filter((q) => q.multi).map((q) => q.id)).toEqual(['goals']);
    expect(QUESTIONS.filter((q) => q.optional).map((q) => q.id)).toEqual(['trade', 'certify', 'native']);
  });
});

describe('answer validation', () => {
  it('accepts empty, partial and full answers', () => {
    expect(isValidAnswers({})).toBe(true);
    expect(isValidAnswers({ entity: 'media' })).toBe(true);
    expect(isValidAnswers({ ...REQUIRED, trade: 'health', certify: 'unsure', native: 'no' })).toBe(true);
    expect(isValidAnswers({ entity: undefined })).toBe(true);
  });

  it('rejects non-objects, unknown keys, unknown options and bad goal lists', () => {
    for (const bad of [null, undefined, 'x', 3, [], [REQUIRED]]) expect(isValidAnswers(bad)).toBe(false);
    expect(isValidAnswers({ colour: 'red' })).toBe(false);
    expect(isValidAnswers(JSON.parse('{"__proto__": "individual"}'))).toBe(false);
    expect(isValidAnswers({ entity: 'company' })).toBe(false);
    expect(isValidAnswers({ payment: true })).toBe(false);
    // Version 1's question and option are not answers of this quiz (share-codec-v1.ts maps them).
    expect(isValidAnswers({ developer: 'yes' })).toBe(false);
    expect(isValidAnswers({ build: 'yes' })).toBe(false);
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
    for (const id of ['entity', 'goals', 'frequency', 'audience', 'payment', 'build'] as const) {
      expect(isComplete({ ...REQUIRED, [id]: undefined })).toBe(false);
    }
  });

  it('goes to the first unanswered question, optional ones included, and back to missed required ones', () => {
    expect(nextQuestionIndex({})).toBe(0);
    expect(nextQuestionIndex({ entity: 'media' })).toBe(1);
    expect(nextQuestionIndex(REQUIRED)).toBe(2);
    expect(nextQuestionIndex(REQUIRED, 3)).toBe(7);
    expect(nextQuestionIndex(REQUIRED, 8)).toBe(8);
    expect(nextQuestionIndex(REQUIRED, 9)).toBeNull();
    expect(nextQuestionIndex({ ...REQUIRED, trade: 'retail', certify: 'yes', native: 'no' })).toBeNull();
    expect(nextQuestionIndex({ ...REQUIRED, frequency: undefined }, 7)).toBe(7);
    expect(nextQuestionIndex({ ...REQUIRED, frequency: undefined, certify: 'no', native: 'no' }, 8)).toBe(3);
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
    for (const i of [-1, 9, 1.5, NaN]) expect(questionView(i, {}, 'zh')).toBeNull();
  });

  it('localizes the question and marks chosen options', () => {
    const first = questionView(0, { entity: 'media' }, 'zh');
    expect(first).toMatchObject({
      id: 'entity',
      index: 0,
      total: 9,
      title: '谁来申请？',
      multi: false,
      optional: false,
      progress: 11,
    });
    expect(first?.options.filter((o) => o.checked).map((o) => o.id)).toEqual(['media']);
    expect(first?.options.find((o) => o.id === 'individual_business')?.label).toBe('个体工商户');

    const goals = questionView(1, { goals: ['sell', 'content'] }, 'en');
    expect(goals?.title).toBe('What do you want to do on WeChat?');
    expect(goals?.multi).toBe(true);
    expect(goals?.options.filter((o) => o.checked).map((o) => o.id)).toEqual(['content', 'sell']);
    expect(goals?.options[0].help).toBe('Articles, news, opinions');

    const trade = questionView(2, { trade: 'travel' }, 'en');
    expect(trade).toMatchObject({ id: 'trade', optional: true, title: 'What is your trade?' });
    expect(trade?.options.filter((o) => o.checked).map((o) => o.id)).toEqual(['travel']);

    const last = questionView(8, {}, 'en');
    expect(last).toMatchObject({ id: 'native', optional: true, progress: 100 });
    expect(last?.options.every((o) => !o.checked)).toBe(true);
  });
});
