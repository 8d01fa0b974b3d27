import { EntityId } from '../../quiz/questionnaire';

/**
 * The figures a launch plan adds up, read off each lp.* row of CONTENT.md. Every figure names the words it
 * comes from (`from`), and a test checks those words stand in the row's time or fee column, with the row's
 * reported mark. Nothing here is estimated: what a row does not state is `null` and the plan says so.
 */

/** A range in working days. CONTENT.md gives some steps in calendar days: counted as working days, which can only overstate. */
export interface DayFigure {
  min: number;
  max: number;
  /** The words of the time column (or of the rows in `also`) this range reads. */
  from: readonly string[];
  reported: boolean;
  /** Rows whose time the step's time column points to ("as lp.mp.4"). */
  also?: readonly string[];
}

/** A first-year fee range in CNY. */
export interface FeeFigure {
  min: number;
  max: number;
  /** The words of the fee column (or of the rows in `also`) this range reads. */
  from: readonly string[];
  reported: boolean;
  /** Rows the step's fee column points to (ent.costs) or that state the fee for this applicant (cert.fee). */
  also?: readonly string[];
}

export interface StepFigures {
  /** null: the row states no time (— or "no official figure"). */
  days: DayFigure | null;
  /** What the step costs this applicant in the first year; null: no figure (e.g. a rate set by industry). */
  fee: (entity: EntityId | undefined) => FeeFigure | null;
  /** Time that depends on the applicant's own work (development): the plan says "plus". */
  open?: 'development';
  /** The row's fee column is "—": the step costs nothing to do (first use), so it is not an unpriced fee. */
  feeless?: true;
}

const days = (min: number, max: number, from: readonly string[], reported = false): DayFigure => ({
  min,
  max,
  from,
  reported,
});
const fee = (
  min: number,
  max: number,
  from: readonly string[],
  reported = false,
  also?: readonly string[],
): FeeFigure => (also ? { min, max, from, reported, also } : { min, max, from, reported });
/** CONTENT.md's "none found": no fee in the cited rules, shown as "no platform fee" (never "free"). */
const NONE_FOUND: FeeFigure = { min: 0, max: 0, from: ['no platform fee'], reported: false };
const SAME_DAY = days(0, 0, ['same day']);
const MINUTES = days(0, 0, ['minutes']);
const always = (figure: FeeFigure | null) => (): FeeFigure | null => figure;

/**
 * Official-account certification (cert.fee): 300 CNY per review, yearly; free for government. Overseas entities
 * verify in USD (os.svc, reported): no CNY figure the plan could add, so it is listed beside the total.
 */
const officialCertification = (entity: EntityId | undefined): FeeFigure | null =>
  entity === 'overseas'
    ? null
    : entity === 'government'
      ? fee(0, 0, ['Free for government'], false, ['cert.fee'])
      : entity === undefined
        ? fee(0, 300, ['300 CNY', 'Free for government'], false, ['cert.fee'])
        : fee(300, 300, ['300 CNY']);

// Platform 1–2 WD + the SMS check within 24 h (at most one working day) + province 1–20 WD.
const LP_MP_4_DAYS = days(2, 23, ['1–2 working days', 'within 24 hours', '1–20 working days']);
const LP_MP_6_DAYS = days(0, 7, ['≤ 7 working days'], true);

export const STEP_FIGURES: Readonly<Record<string, StepFigures>> = {
  'lp.sub.1': { days: MINUTES, fee: always(NONE_FOUND) },
  'lp.sub.2': { days: SAME_DAY, fee: always(NONE_FOUND) },
  'lp.sub.3': { days: days(1, 10, ['1–10 days'], true), fee: always(fee(0, 0, ['the transfer is refunded'])) },
  'lp.sub.4': { days: days(1, 3, ['1–3 working days'], true), fee: officialCertification },
  'lp.sub.5': { days: null, fee: always(null), feeless: true },

  'lp.svc.1': { days: SAME_DAY, fee: always(NONE_FOUND) },
  'lp.svc.2': { days: days(1, 10, ['1–10 days'], true), fee: always(fee(0, 0, ['the transfer is refunded'])) },
  'lp.svc.3': { days: days(1, 3, ['1–3 working days'], true), fee: officialCertification },
  'lp.svc.4': { days: days(1, 5, ['1–2 working days', '1–5 working days'], true), fee: always(null) },
  'lp.svc.5': { days: null, fee: always(NONE_FOUND) },
  'lp.svc.6': { days: null, fee: always(null), feeless: true },

  'lp.mp.1': { days: SAME_DAY, fee: always(NONE_FOUND) },
  'lp.mp.2': { days: null, fee: always(NONE_FOUND) },
  // 300 CNY a year for enterprises (and, per cert.fee, other mainland organisations but government);
  // 30 CNY a year for individuals and 个体工商户 is reported only.
  'lp.mp.3': {
    days: null,
    // os.mp: no official fee for an overseas mini program (USD 99 reported, not a CNY figure to add).
    fee: (entity) =>
      entity === 'overseas'
        ? null
        : entity === 'individual' || entity === 'individual_business'
          ? fee(30, 30, ['30 CNY a year'], true)
          : entity === 'government'
            ? fee(0, 0, ['Free for government'], false, ['cert.fee'])
            : entity === undefined
              ? fee(0, 300, ['300 CNY a year for an enterprise', '30 CNY a year'], true)
              : fee(300, 300, ['300 CNY a year for an enterprise']),
  },
  'lp.mp.4': { days: LP_MP_4_DAYS, fee: always(fee(0, 0, ['no fee stated'])) },
  // No platform fee, but the development itself costs what developers, an agency or a provider cost: no figure
  // the plan can add, so the plan lists it beside the total instead of counting it as 0.
  'lp.mp.5': { days: null, fee: always(null), open: 'development' },
  'lp.mp.6': { days: LP_MP_6_DAYS, fee: always(NONE_FOUND) },
  'lp.mp.7': { days: null, fee: always(null) },

  // The provider route. Its licence step is done outside WeChat and has no fee column ("—").
  'lp.prov.1': { days: null, fee: always(null), feeless: true },
  'lp.prov.2': { days: null, fee: always(fee(2000, 20000, ['2,000–20,000 CNY a year'], true)) },
  'lp.prov.3': { days: SAME_DAY, fee: always(NONE_FOUND) },
  // "as lp.mp.4": the filing takes as long as filing it yourself; certification as lp.mp.3 costs.
  'lp.prov.4': {
    days: { ...LP_MP_4_DAYS, also: ['lp.mp.4'] },
    fee: (entity) =>
      entity === 'individual' || entity === 'individual_business'
        ? fee(30, 30, ['30 CNY a year'], true, ['lp.mp.3'])
        : entity === 'government'
          ? fee(0, 0, ['Free for government'], false, ['cert.fee'])
          : entity === undefined
            ? fee(0, 300, ['300 CNY a year for an enterprise', '30 CNY a year'], true, ['lp.mp.3'])
            : fee(300, 300, ['300 CNY a year for an enterprise']),
  },
  // Review about 1–3 WD, then the account check within 10 days.
  'lp.prov.5': { days: days(1, 13, ['1–3 working days', 'within 10 days']), fee: always(null) },
  // "review as lp.mp.6".
  'lp.prov.6': {
    days: { ...LP_MP_6_DAYS, also: ['lp.mp.6'] },
    fee: always(fee(0, 0, ["included in the provider's fee"])),
  },

  'lp.ent.1': { days: MINUTES, fee: always(fee(0, 0, ['free'], true)) },
  // 5–15 WD, 1–3 WD quoted elsewhere. Fees (ent.costs, as the row says): certification 300 CNY up to 1,000
  // members, 3,000 up to 10,000, 30,000 beyond; government and non-profits exempt (other organisations may be either).
  'lp.ent.2': {
    days: days(1, 15, ['5–15 working days', '1–3 working days'], true),
    fee: (entity) =>
      entity === 'government'
        ? fee(0, 0, ['Government bodies and non-profits pay neither fee'], true, ['ent.costs'])
        : entity === 'other_org' || entity === undefined
          ? fee(
              0,
              30000,
              [
                '300 CNY per review up to 1,000 members',
                '29,700 CNY',
                'Government bodies and non-profits pay neither fee',
              ],
              true,
              ['ent.costs'],
            )
          : fee(300, 30000, ['300 CNY per review up to 1,000 members', '2,700', '29,700 CNY'], true, ['ent.costs']),
  },
  'lp.ent.3': { days: null, fee: always(fee(0, 0, ['2,000 free'], true, ['ent.costs'])) },
  'lp.ent.4': { days: null, fee: always(null) },
};
