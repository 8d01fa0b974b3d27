import { AccountTypeId } from '../../account-types';
import type { Mark } from '../../row-types';
import { Answers, QuestionId } from '../../quiz/questionnaire';

/** The shape of a scoring rule and small constructors that keep the rule tables readable. */
export type RuleEffect = 'plus' | 'minus' | 'block' | 'caution';

export interface Rule {
  questionId: QuestionId;
  optionId: string;
  type: AccountTypeId;
  effect: RuleEffect;
  /** Magnitude added (plus) or taken (minus) from the raw score; 0 for block and caution. */
  points: number;
  /** Tells apart several rules on the same answer and type. */
  key?: string;
  /** Extra condition on the other answers. */
  when?: (a: Answers) => boolean;
  /**
   * The key of its words in domain/result-views/reason-words.ts: its rule id, or a name where several rules share
   * them. The words live with the result's views, so a plan, which scores the answers but shows no reason, does not
   * download them.
   */
  words: string;
  factIds: string[];
  /** 'reported' where the reason states a figure CONTENT.md marks reported; 'inference' where it is our advice. */
  mark?: Mark;
  /**
   * Rules of one type with the same cause (e.g. 'pay': selling and needing WeChat Pay both come to "a certified X
   * can take WeChat Pay") are said and counted once; without it, the cause is the polarity and the facts.
   */
  cause?: string;
}

export function ruleId(r: Rule): string {
  return `${r.questionId}.${r.optionId}.${r.type}${r.key ? `.${r.key}` : ''}`;
}

type Extra = Pick<Rule, 'key' | 'when' | 'mark' | 'cause'> & { words?: string };

function make(effect: RuleEffect, points: number) {
  return (q: QuestionId, o: string, type: AccountTypeId, factIds: string[], extra: Extra = {}): Rule => ({
    questionId: q,
    optionId: o,
    type,
    effect,
    points,
    factIds,
    ...extra,
    words: extra.words ?? `${q}.${o}.${type}${extra.key ? `.${extra.key}` : ''}`,
  });
}
export const plus = (points: number) => make('plus', points);
export const minus = (points: number) => make('minus', points);
export const block = make('block', 0);
export const caution = make('caution', 0);

export const isIndividual = (a: Answers): boolean => a.entity === 'individual';
export const notIndividual = (a: Answers): boolean => a.entity !== 'individual';
export const isGovernment = (a: Answers): boolean => a.entity === 'government';
export const notGovernment = (a: Answers): boolean => a.entity !== 'government';
