// The facts-en subpackage (app.json root domain/facts-en): the English of every row of domain/facts, under a key of
// its Chinese (domain/text.ts textKey). platform/subpackages.ts loadFacts loads it beside the rows when the reader's
// language is English; until it is there, or if it fails, they read in Chinese. This file is the package's one door.
import { CATEGORIES_EN } from './categories';
import { CERTIFICATION_EN } from './certification';
import { COMMON_EN } from './common';
import { ENTERPRISE_EN } from './enterprise';
import { MINIPROGRAM_EN } from './miniprogram';
import { NOCODE_EN } from './nocode';
import { OUTSIDE_EN } from './outside';
import { OVERSEAS_EN } from './overseas';
import { PAYMENT_EN } from './payment';
import { PROVIDERS_EN } from './providers';
import { SERVICE_EN } from './service';
import { SUBSCRIPTION_EN } from './subscription';

/** The English of every account-type fact, under a key of its Chinese. */
export const FACTS_TEXTS_EN: Readonly<Record<string, string>> = {
  ...CATEGORIES_EN,
  ...CERTIFICATION_EN,
  ...COMMON_EN,
  ...ENTERPRISE_EN,
  ...MINIPROGRAM_EN,
  ...NOCODE_EN,
  ...OUTSIDE_EN,
  ...OVERSEAS_EN,
  ...PAYMENT_EN,
  ...PROVIDERS_EN,
  ...SERVICE_EN,
  ...SUBSCRIPTION_EN,
};
