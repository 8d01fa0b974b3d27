import { CATEGORY_FACTS } from './categories';
import { CERTIFICATION_FACTS } from './certification';
import { COMMON_FACTS } from './common';
import { ENTERPRISE_FACTS } from './enterprise';
import { MINIPROGRAM_FACTS } from './miniprogram';
import { NOCODE_FACTS } from './nocode';
import { OUTSIDE_FACTS } from './outside';
import { OVERSEAS_FACTS } from './overseas';
import { PAYMENT_FACTS } from './payment';
import { PROVIDER_FACTS } from './providers';
import { SERVICE_FACTS } from './service';
import { SUBSCRIPTION_FACTS } from './subscription';
import { Fact } from '../row-types';

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
