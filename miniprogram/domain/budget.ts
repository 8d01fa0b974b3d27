/**
 * setData budget helpers (DESIGN.md: under 4 KiB per action). Pages size what they send with these, so a
 * growing knowledge base shows up as "load more" instead of a slow page.
 */
export const SETDATA_BUDGET_BYTES = 4096;

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
