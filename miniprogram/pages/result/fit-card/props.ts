import type { FitView, ResultLabels } from '../../../domain/result-views/result-view';

/** The labels a fit card prints: the page passes its whole result labels, these are the ones read. */
export type FitCardLabels = Pick<ResultLabels, 'fit' | 'because' | 'drawbacks' | 'reported' | 'inference'>;

/** fit-card's properties, typed (TDesign's props.ts convention); empty defaults render an empty card. */
export const fitCardProps = {
  /** A FitView from domain/result-views/result-view. */
  fit: { type: Object, value: {} as Partial<FitView> },
  heading: { type: String, value: '' },
  labels: { type: Object, value: {} as Partial<FitCardLabels> },
  compact: { type: Boolean, value: false },
};
