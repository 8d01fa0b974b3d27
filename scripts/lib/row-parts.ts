import type { ContentRow, Part } from '../../miniprogram/domain/row-types';

// Only the tests and the scripts read a row part by part; the app shows rows through the library's views.

/** Every part of a row, in CONTENT.md's column order. */
export function rowParts(row: ContentRow): Part[] {
  switch (row.kind) {
    case 'fact':
      return [...row.now, ...(row.list ?? []).reduce<Part[]>((all, item) => all.concat(item), [])];
    case 'step':
      return [...row.step, ...row.needs, ...row.time, ...row.fee];
    default:
      return [...row.what, ...row.who, ...row.how];
  }
}

/** The row rests, at least in part, on a reported figure. */
export function isReported(row: ContentRow): boolean {
  return rowParts(row).some((part) => part.mark === 'reported');
}
