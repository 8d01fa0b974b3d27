import { Text } from './text';
import type { SourceKey } from './sources/source-table';

/**
 * How a piece of a fact stands: 'reported' where CONTENT.md marks it **reported** (only media, agency or
 * repost pages support it: shown as 据报道), 'inference' where it marks *inference* (our reasoning from
 * cited facts: shown as advice, never as a platform rule). Unmarked parts rest on their cited sources.
 */
export type Mark = 'reported' | 'inference';

/**
 * Text as every page shows it: localized, with its mark where CONTENT.md marks it (据报道 for reported, 建议 for
 * advice), so the badge sits on exactly those words. An unmarked text carries no `m` (or ''), which keeps long pages
 * inside the setData budget. Rendered by the one template in templates/marked.wxml.
 */
export interface Marked {
  t: string;
  m?: Mark | '';
}

/** One piece of a fact's text, in both languages. English parts are joined with a space, Chinese ones directly. */
export interface Part extends Text {
  mark?: Mark;
}

export type Parts = readonly Part[];

interface Row {
  /** The CONTENT.md id (who.entities, lp.mp.4, comp.shop …). */
  id: string;
  /** Source keys as CONTENT.md cites them, in order ([art] → 'art'). */
  sources: readonly SourceKey[];
  /** YYYY-MM-DD: when the row was last checked against its sources. */
  checked: string;
}

/** A row of the account-type tables: what the 2017 article said and what holds now. */
export interface Fact extends Row {
  kind: 'fact';
  /** What the 2017 article said; null where CONTENT.md has none (—). */
  seed: Text | null;
  /** What holds now. Restates the claim in full where CONTENT.md says "Same", so it reads on its own. */
  now: Parts;
  /** An ordered list that belongs to `now` (the access steps of mp.process). */
  list?: readonly Parts[];
  /** CONTENT.md says the row Changed since 2017: pages show the 2017 claim beside what holds now. */
  changed: boolean;
}

/** A launch-plan row (lp.*): one step from registration to first use. */
export interface StepFact extends Row {
  kind: 'step';
  step: Parts;
  /** What to prepare. */
  needs: Parts;
  time: Parts;
  fee: Parts;
}

/** A companion row (comp.*): a product beside the four types. */
export interface CompanionFact extends Row {
  kind: 'companion';
  what: Parts;
  who: Parts;
  how: Parts;
}

export type ContentRow = Fact | StepFact | CompanionFact;

/** The `checked` date of every row that CONTENT.md edition 3 neither added nor edited. */
export const CHECKED = '2026-11-24';
/** The `checked` date of every row that edition 3 added or edited ("Changes in edition 3"). */
export const CHECKED_E3 = '2026-12-01';

/**
 * Part builders that keep the row tables readable: plain, reported (据报道) and inference (advice). The tables give
 * only the Chinese: their English is in domain/facts-en and domain/steps-en, by the Chinese text, and downloads only
 * for an English reader (domain/text.ts pick). They are the main package's because both row subpackages use them.
 */
export const p = (zh: string, en = ''): Part => ({ zh, en });
export const reported = (zh: string, en = ''): Part => ({ zh, en, mark: 'reported' });
export const inference = (zh: string, en = ''): Part => ({ zh, en, mark: 'inference' });
/** A fact table's text that is not a part (a 2017 claim): its English is in domain/facts-en too. */
export { zhText } from './text';

/** A row that edition 3 added: no 2017 claim, nothing changed since, checked on edition 3's date. */
export function addedFact(id: string, now: Part[], sources: Fact['sources']): Fact {
  return { kind: 'fact', id, seed: null, now, changed: false, sources, checked: CHECKED_E3 };
}

/** A launch-plan row (lp.*), checked on `checked`. */
export function launchStep(id: string, parts: Omit<StepFact, 'kind' | 'id' | 'checked'>, checked: string): StepFact {
  return { kind: 'step', id, checked, ...parts };
}

/** A launch step's id (lp.*): a section's hint counts its steps before the rows arrive. */
export const isStepId = (id: string): boolean => id.startsWith('lp.');

/** Whether a row is a launch step's or a companion's (lp.*, comp.*): those come with a plan (domain/steps). */
export const isStepsRow = (id: string): boolean => isStepId(id) || id.startsWith('comp.');
