// The library-en subpackage (app.json root domain/library-en): the English of every fact row, comparison cell and
// thing to prepare, under a key of its Chinese, and of the library's own strings: a third of the library's bytes, which a Chinese reader never needs.
// loadLibrary (platform/subpackages.ts) loads it beside the library when the reader's language is English; until it
// is there, or if it fails, they read in Chinese. This file is the package's one door.
import { CATEGORIES_EN } from './categories';
export { LIBRARY_EN } from './strings';
import { CERTIFICATION_EN } from './certification';
import { COMMON_EN } from './common';
import { COMPARISON_TABLE_EN } from './comparison-table';
import { COMPANIONS_EN } from './companions';
import { ENTERPRISE_EN } from './enterprise';
import { LAUNCH_STEPS_EN } from './launch-steps';
import { MINIPROGRAM_EN } from './miniprogram';
import { NOCODE_EN } from './nocode';
import { OUTSIDE_EN } from './outside';
import { OVERSEAS_EN } from './overseas';
import { PAYMENT_EN } from './payment';
import { PREPARE_EN } from './prepare';
import { PROVIDER_STEPS_EN } from './provider-steps';
import { PROVIDERS_EN } from './providers';
import { SERVICE_EN } from './service';
import { SUBSCRIPTION_EN } from './subscription';

/** The English of every fact, comparison cell and thing to prepare, under a key of its Chinese. */
export const LIBRARY_TEXTS_EN: Readonly<Record<string, string>> = {
  ...CATEGORIES_EN,
  ...CERTIFICATION_EN,
  ...COMMON_EN,
  ...COMPARISON_TABLE_EN,
  ...COMPANIONS_EN,
  ...ENTERPRISE_EN,
  ...LAUNCH_STEPS_EN,
  ...MINIPROGRAM_EN,
  ...NOCODE_EN,
  ...OUTSIDE_EN,
  ...OVERSEAS_EN,
  ...PAYMENT_EN,
  ...PREPARE_EN,
  ...PROVIDER_STEPS_EN,
  ...PROVIDERS_EN,
  ...SERVICE_EN,
  ...SUBSCRIPTION_EN,
};
