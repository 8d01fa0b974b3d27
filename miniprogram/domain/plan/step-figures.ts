import { EntityId } from '../quiz/questionnaire';

/**
 * The figures a launch plan adds up, read off each lp.* row of CONTENT.md. Every figure names the words it
 * comes from (`from`), and a test checks those words stand in the row's time or fee column, with the row's
 * reported mark. Nothing here is estimated: what a row does not state is `null` and the plan says so.
 */

/** A range in working days. CONTENT.md gives some steps in calendar days: counted as working days, which can only overstate. */
export interface DayFigure {
  min: number;
  max: number;
  /** The words of the time column this range reads. */
  from: readonly string[];
  reported: boolean;
}

/** A first-year fee range in CNY. */
export interface FeeFigure {
  min: number;
  max: number;
  /** The words of the fee column (or of the rows in `also`) this range reads. */
  from: readonly string[];
  reported: boolean;
  /** The fee rests on CONTENT.md's "none found" (our inference: free). */
  inference?: boolean;
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
const NONE_FOUND: FeeFigure = { min: 0, max: 0, from: ['none found'], reported: false, inference: true };
const SAME_DAY = days(0, 0, ['same day']);
const MINUTES = days(0, 0, ['minutes']);
const always = (figure: FeeFigure | null) => (): FeeFigure | null => figure;

/** Official-account certification (cert.fee): 300 CNY per review, yearly; free for government. */
const officialCertification = (entity: EntityId | undefined): FeeFigure =>
  entity === 'government'
    ? fee(0, 0, ['Free for government'], false, ['cert.fee'])
    : entity === undefined
      ? fee(0, 300, ['300 CNY', 'Free for government'], false, ['cert.fee'])
      : fee(300, 300, ['300 CNY']);

export const STEP_FIGURES: Readonly<Record<string, StepFigures>> = {
  'lp.sub.1': { days: MINUTES, fee: always(NONE_FOUND) },
  'lp.sub.2': { days: SAME_DAY, fee: always(NONE_FOUND) },
  'lp.sub.3': { days: days(1, 10, ['1–10 days'], true), fee: always(fee(0, 0, ['refunded'])) },
  'lp.sub.4': { days: days(1, 3, ['1–3 WD'], true), fee: officialCertification },
  'lp.sub.5': { days: null, fee: always(null), feeless: true },

  'lp.svc.1': { days: SAME_DAY, fee: always(NONE_FOUND) },
  'lp.svc.2': { days: days(1, 10, ['1–10 days'], true), fee: always(fee(0, 0, ['refunded'])) },
  'lp.svc.3': { days: days(1, 3, ['1–3 WD'], true), fee: officialCertification },
  'lp.svc.4': { days: days(1, 5, ['1–2 WD', '1–5 WD'], true), fee: always(null) },
  'lp.svc.5': { days: null, fee: always(NONE_FOUND) },
  'lp.svc.6': { days: null, fee: always(null), feeless: true },

  'lp.mp.1': { days: SAME_DAY, fee: always(NONE_FOUND) },
  'lp.mp.2': { days: null, fee: always(NONE_FOUND) },
  // 300 CNY a year for enterprises (and, per cert.fee, other mainland organisations but government);
  // 30 CNY a year for individuals and 个体工商户 is reported only.
  'lp.mp.3': {
    days: null,
    fee: (entity) =>
      entity === 'individual' || entity === 'individual_business'
        ? fee(30, 30, ['30 CNY/yr'], true)
        : entity === 'government'
          ? fee(0, 0, ['Free for government'], false, ['cert.fee'])
          : entity === undefined
            ? fee(0, 300, ['300 CNY/yr enterprise', '30 CNY/yr'], true)
            : fee(300, 300, ['300 CNY/yr enterprise']),
  },
  // Platform 1–2 WD + the SMS check within 24 h (at most one working day) + province 1–20 WD.
  'lp.mp.4': { days: days(2, 23, ['1–2 WD', '≤ 24 h', '1–20 WD']), fee: always(fee(0, 0, ['none stated'])) },
  'lp.mp.5': { days: null, fee: always(NONE_FOUND), open: 'development' },
  'lp.mp.6': { days: days(0, 7, ['≤ 7 WD'], true), fee: always(NONE_FOUND) },
  'lp.mp.7': { days: null, fee: always(null) },

  'lp.ent.1': { days: MINUTES, fee: always(fee(0, 0, ['free'], true)) },
  // 5–15 WD, 1–3 WD quoted elsewhere. Fees (ent.costs, as the row says): certification 300 CNY up to 1,000
  // members, 3,000 up to 10,000, 30,000 beyond; government and non-profits exempt (other organisations may be either).
  'lp.ent.2': {
    days: days(1, 15, ['5–15 WD', '1–3 WD'], true),
    fee: (entity) =>
      entity === 'government'
        ? fee(0, 0, ['government and non-profits exempt'], true, ['ent.costs'])
        : entity === 'other_org' || entity === undefined
          ? fee(
              0,
              30000,
              ['300 CNY per review up to 1,000 members', '29,700 CNY', 'government and non-profits exempt'],
              true,
              ['ent.costs'],
            )
          : fee(300, 30000, ['300 CNY per review up to 1,000 members', '2,700', '29,700 CNY'], true, ['ent.costs']),
  },
  'lp.ent.3': { days: null, fee: always(fee(0, 0, ['2,000 free'], true, ['ent.costs'])) },
  'lp.ent.4': { days: null, fee: always(null) },
};
