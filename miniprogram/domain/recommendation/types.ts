import { AccountTypeId } from '../account-types';
import type { Mark } from '../row-types';
import { QuestionId } from '../quiz/questionnaire';
import { Text } from '../text';
import type { Setup } from './setup';

/** One explained effect of one answer on one account type. */
export interface Reason {
  /** Stable id: `<questionId>.<optionId>.<type>[.<key>]`. */
  id: string;
  questionId: QuestionId;
  optionId: string;
  polarity: 'plus' | 'minus';
  /**
   * The key of what it says in the user's own terms ("because you are an individual, a service account is not open
   * to you"): domain/result-views/reason-words.ts, which only a result downloads.
   */
  words: string;
  /** CONTENT.md fact ids the reason rests on. */
  factIds: string[];
  /** Signed contribution to the raw score (0 for blockers and cautions), so the score can be explained. */
  points: number;
  /** Shown with 据报道 (a reported figure) or 建议 (our inference); absent for facts from cited rules. */
  mark?: Mark;
  /** Other answers that led to the same reason (it is said and counted once). */
  alsoFrom?: { questionId: QuestionId; optionId: string }[];
}

export interface TypeFit {
  type: AccountTypeId;
  /** Fit 0..100, integer; 50 is neutral; a blocked type scores 0. */
  score: number;
  blocked: boolean;
  /** Plus and minus reasons, strongest first. */
  reasons: Reason[];
  /** Why this type is not open to the user at all. */
  blockers: Reason[];
  /** Things to know before choosing this type: irreversible choices, fees, review. */
  cautions: Reason[];
}

export interface Combination {
  types: AccountTypeId[];
  text: Text;
}

export interface NextStep {
  type: AccountTypeId | null;
  text: Text;
  mark?: Mark;
}

/** A companion (comp.* of CONTENT.md) the answers call for, with why, as advice. */
export interface CompanionPick {
  id: 'comp.channels' | 'comp.shop' | 'comp.wecom';
  /** What the result calls it (e.g. 视频号). */
  name: Text;
  why: Text;
}

export interface Recommendation {
  /** What to set up: the parts, how each gets built and which goals each covers, or the path to a goal out of reach. */
  setup: Setup;
  /** All four types once each: open types by score, then blocked ones; ties in ACCOUNT_TYPE_IDS order. */
  ranked: TypeFit[];
  /** Null when nothing tells the types apart yet, or when no type fits well (noGoodFit). */
  top: AccountTypeId | null;
  runnerUp: AccountTypeId | null;
  /** The needs go beyond what the four types do well (heavy native features): suggest a native app. */
  noGoodFit: boolean;
  combinations: Combination[];
  companions: CompanionPick[];
  nextSteps: NextStep[];
  notes: Text[];
}
