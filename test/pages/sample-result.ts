import { Answers } from '../../miniprogram/domain/quiz/questionnaire';

/** The result the result-page tests open: an enterprise that serves and sells (built by its own developers). */
export const SAMPLE: Answers = {
  entity: 'enterprise',
  goals: ['service', 'sell'],
  frequency: 'weekly',
  audience: 'public',
  payment: 'yes',
  build: 'own',
};
