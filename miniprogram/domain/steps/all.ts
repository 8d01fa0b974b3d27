import { CompanionFact, StepFact } from '../row-types';
import { COMPANIONS } from './companions';
import { ENTERPRISE_STEPS, MINIPROGRAM_STEPS, SERVICE_STEPS, SUBSCRIPTION_STEPS } from './launch-steps';
import { PROVIDER_STEPS } from './provider-steps';

/** Every launch-plan step, in CONTENT.md order. */
export const ALL_STEPS: readonly StepFact[] = [
  ...SUBSCRIPTION_STEPS,
  ...SERVICE_STEPS,
  ...MINIPROGRAM_STEPS,
  ...PROVIDER_STEPS,
  ...ENTERPRISE_STEPS,
];

/** The rows a plan reads: its steps and the companions it suggests, in CONTENT.md order. */
export const STEP_ROWS: readonly (StepFact | CompanionFact)[] = [...ALL_STEPS, ...COMPANIONS];
