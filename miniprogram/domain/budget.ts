/**
 * DESIGN.md "Budgets", the one place they are written: the tests, the bench and the build read them here, and the
 * domain sizes what pages send with them, so a growing knowledge base shows up as "load more", not a slow page.
 * All are sizes and counts, never times.
 */
export const BUDGET = {
  /**
   * The whole upload, every package together (WeChat's limits: 2 MiB per package, 30 MB in all), checked by npm run
   * build and the bench. 442.8 KiB measured with content edition 3 (2026-12-01) and the advisor; 451.0 KiB before
   * subpackages. The total may grow with content (README "Package size"): what is judged per download is
   * `entryBytes`, below; this keeps growth a decision. It was 512 KiB, about an eighth above edition 3; 576 KiB since
   * the quiz, the plan and the comparison carry their own copy of the vant components only they show (package.json
   * miniprogramSubpackageCopies): 39 KiB more in all, 20 KiB less in every cold start (517.3 KiB measured).
   */
  packageBytes: 576 * 1024,
  /**
   * The cold start (issue 22): the bytes a phone downloads before the first page a newcomer opens can render, the
   * main package plus that page's subpackage, for every entry (home from a scan, a shared result, a type page, a plan
   * link, the quiz). Checked by the build and the bench (scripts/lib/cold-start.js).
   */
  entryBytes: 160 * 1024,
  /** WXML element nodes per page at first render (WeChat audits flag 1000). */
  wxmlNodes: 300,
  /** Depth of the rendered tree below the page. */
  wxmlDepth: 30,
  /** setData payload per user action. */
  setDataBytes: 4 * 1024,
  /** setData calls per user action. */
  setDataCalls: 1,
} as const;

/**
 * What the domain may put in a page's first setData, where it trims or closes to fit (the result, the plan). The
 * 296 bytes below the budget (this was RESULT_LOAD_BYTES = 3800, a round figure) are for what travels in the same
 * setData beside the domain's payload: what the page convention adds (define-page's overlays, closed on a
 * language change: the result's `poster: ''`, 12 bytes), flags a page sets beside the view, and the JSON of the
 * object keys around it; the rest is room for a translation edit to lengthen labels without a page crossing the
 * budget unnoticed. The budget tests (test/budgets) measure every page's load against the whole 4 KiB.
 */
export const LOAD_MARGIN_BYTES = 296;
export const LOAD_BYTES = BUDGET.setDataBytes - LOAD_MARGIN_BYTES;

/**
 * What one tap loads of a long list (about's sources) or what a page opens of its sections at first. A tap's
 * setData carries the chunk under key paths (`sources[12]`, `sections[3].items`: about 15–25 bytes each) plus the
 * "show N more" label and the open flag: 3000 bytes of items leave 1096 bytes of the 4 KiB action budget for
 * those and for the one item that may overrun the chunk (countWithinBudget takes at least one). Measured
 * (2026-12, edition 3): the largest about chunk is 3222 bytes, of which 289 are key paths and the label (16 items).
 * The page tests tap through every list and check each action against the whole budget.
 */
export const CHUNK_BYTES = 3000;

/** UTF-8 length of a string without TextEncoder or Buffer (neither exists in every WeChat base library). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair is one 4-byte code point.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of the value as setData serialises it (JSON). */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? '');
}

/** How many items from `start` fit in `budget` bytes (always at least one, so a page never stalls). */
export function countWithinBudget(items: readonly unknown[], start: number, budget: number): number {
  let used = 0;
  let count = 0;
  for (let i = start; i < items.length; i++) {
    used += jsonBytes(items[i]) + 1;
    if (used > budget && count > 0) break;
    count++;
  }
  return count;
}
