import { Text } from '../text';

/** A public source as CONTENT.md names it. `url` only where CONTENT.md names a site or domain. */
export interface Source {
  title: string;
  url?: string;
  date?: string;
}

/** One row of CONTENT.md: what the 2017 article said, what holds now, and where that comes from. */
export interface Fact {
  id: string;
  /** What the 2017 article said; null where CONTENT.md has none (—). */
  seed: Text | null;
  /** What holds now. Restates the claim in full where CONTENT.md says "Same", so it reads on its own. */
  now: Text;
  /** CONTENT.md says the rule changed, or the claim differs materially from 2017. */
  changed: boolean;
  /** The row is marked unverified: the UI must say "reported / 据报道". */
  reported: boolean;
  sources: Source[];
  /** YYYY-MM-DD: when the row was last checked against its sources. */
  checked: string;
}

/** The `checked` date of every row in this edition of CONTENT.md. */
export const CHECKED = '2026-11-23';
