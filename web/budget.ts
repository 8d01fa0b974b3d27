/**
 * The web page's budgets (npm run bench): what a phone downloads for a scanned link before it can show anything.
 * The page is one self-contained HTML file, so that is its whole transfer and its only request. Measured
 * 2026-12-02 with content edition 3: 81.4 KiB gzip (233 KiB raw; the domain's facts in both languages are most
 * of it). The budget leaves about 10% for content to grow; more has to be a decision. DESIGN.md's aim for a
 * first screen is under 150 KiB gzip.
 */
export const WEB_BUDGET = {
  /** index.html (= 404.html) after gzip -9, as a host would send it. */
  gzipBytes: 90 * 1024,
  /** Requests to show a page: the document itself, nothing more. */
  requests: 1,
} as const;
