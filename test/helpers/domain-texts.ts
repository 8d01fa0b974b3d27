import * as path from 'path';
import { tsFiles } from './source-literals';

/** Every string in one language that a domain module exports: facts, sources, rules, questions, tables. */
export function exportedTexts(lang: 'zh' | 'en'): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown): void => {
    if (!value || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    for (const [key, item] of Object.entries(value)) {
      if (key === lang && typeof item === 'string') out.push(item);
      else walk(item);
    }
  };
  // Every module of the folder, whatever it exports: a static import list would miss a new one.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  for (const file of tsFiles(path.resolve(__dirname, '../../miniprogram/domain'))) walk(require(file) as unknown);
  return out;
}

/** Every string below a value (a page's data), keys named in `skip` left out. */
export function stringsIn(
  value: unknown,
  skip: readonly string[] = [],
  out: string[] = [],
  seen = new Set<unknown>(),
): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const [key, item] of Object.entries(value)) if (!skip.includes(key)) stringsIn(item, skip, out, seen);
  }
  return out;
}
