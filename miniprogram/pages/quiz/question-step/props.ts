import { QuestionView } from '../../../domain/quiz/questionnaire';

/** question-step's properties, typed (TDesign's props.ts convention); an empty question renders nothing. */
export const questionStepProps = {
  question: { type: Object, value: {} as Partial<QuestionView> },
  optionalLabel: { type: String, value: '' },
};

/** The `pick` event: the one option a tap touched. */
export interface QuestionPickDetail {
  id: string;
}

/** The option id a `pick` event's detail names; null for anything else. */
export function pickedOption(detail: unknown): string | null {
  const id = (detail as Partial<QuestionPickDetail> | null | undefined)?.id;
  return typeof id === 'string' ? id : null;
}
