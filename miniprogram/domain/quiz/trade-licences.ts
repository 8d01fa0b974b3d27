import { TradeId } from './questionnaire';

// In the main package: the result (recommendation subpackage) and the plan (library subpackage) both name them.

/** The trade's licences: the CONTENT.md row that lists them (cat.*), named in the result and the plan. */
export const TRADE_LICENCE: Readonly<Record<TradeId, string | null>> = {
  catering: 'cat.catering',
  retail: 'cat.retail',
  education: 'cat.education',
  health: 'cat.medical',
  finance: 'cat.finance',
  travel: 'cat.travel',
  other: null,
};
