/** Types of preview/j-component-fixes.js, for the TypeScript that uses it (the jest helper, the preview runtime). */
export interface SourcePatch {
  where: 'both' | 'browser';
  file: RegExp;
  from: string;
  to: string;
}
export const SOURCE_PATCHES: readonly SourcePatch[];
export function applySourcePatches(file: string, text: string, where: 'test' | 'browser'): string;
export function joinPath(fromDir: string, rel: string): string;
export function resolveRelations<V extends Record<string, unknown>>(
  componentPath: string,
  relations: Record<string, V> | undefined,
  idOfPath: (path: string) => string | undefined,
): { relations: Record<string, V | (V & { target: string })>; ids: Map<string, string> };
export const SEPARATE_TEMPLATE_TABLES: string;
