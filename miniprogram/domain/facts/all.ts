import { CATEGORY_FACTS } from './categories';
import { CERTIFICATION_FACTS } from './certification';
import { COMMON_FACTS } from './common';
import { COMPANIONS } from './companions';
import { ENTERPRISE_FACTS } from './enterprise';
import { ENTERPRISE_STEPS, MINIPROGRAM_STEPS, SERVICE_STEPS, SUBSCRIPTION_STEPS } from './launch-steps';
import { MINIPROGRAM_FACTS } from './miniprogram';
import { NOCODE_FACTS } from './nocode';
import { OUTSIDE_FACTS } from './outside';
import { OVERSEAS_FACTS } from './overseas';
import { PAYMENT_FACTS } from './payment';
import { PROVIDER_STEPS } from './provider-steps';
import { PROVIDER_FACTS } from './providers';
import { SERVICE_FACTS } from './service';
import { SUBSCRIPTION_FACTS } from './subscription';
import { ContentRow, Fact, StepFact } from './types';

/** Every account-type fact, in CONTENT.md order. */
export const ALL_FACTS: readonly Fact[] = [
  ...COMMON_FACTS,
  ...SERVICE_FACTS,
  ...SUBSCRIPTION_FACTS,
  ...CERTIFICATION_FACTS,
  ...ENTERPRISE_FACTS,
  ...MINIPROGRAM_FACTS,
  ...OUTSIDE_FACTS,
  ...PROVIDER_FACTS,
  ...PAYMENT_FACTS,
  ...NOCODE_FACTS,
  ...OVERSEAS_FACTS,
  ...CATEGORY_FACTS,
];

/** Every launch-plan step, in CONTENT.md order. */
export const ALL_STEPS: readonly StepFact[] = [
  ...SUBSCRIPTION_STEPS,
  ...SERVICE_STEPS,
  ...MINIPROGRAM_STEPS,
  ...PROVIDER_STEPS,
  ...ENTERPRISE_STEPS,
];

/** Every row of CONTENT.md that has an id: facts, launch steps and companions. */
export const ALL_ROWS: readonly ContentRow[] = [...ALL_FACTS, ...ALL_STEPS, ...COMPANIONS];
