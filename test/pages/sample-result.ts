import { Answers } from '../../miniprogram/domain/quiz/questionnaire';

/** The result the result-page tests open: an enterprise that serves and sells (share code 10qnIL). */
export const SAMPLE: Answers = {
  entity: 'enterprise',
  goals: ['service', 'sell'],
  frequency: 'weekly',
  audience: 'public',
  payment: 'yes',
  developer: 'yes',
};
