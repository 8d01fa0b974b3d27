import * as fs from 'fs';
import * as path from 'path';

/** The files below a folder whose names end with `ending` (miniprogram_npm left out). */
export function filesEnding(dir: string, ending: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'miniprogram_npm' ? [] : filesEnding(full, ending);
    return entry.name.endsWith(ending) ? [full] : [];
  });
}

/** The .ts files below a folder (miniprogram_npm left out). */
export function tsFiles(dir: string): string[] {
  return filesEnding(dir, '.ts');
}

/** The string literals of a TypeScript file, comments left out. */
export function literals(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  return Array.from(code.matchAll(/(['"`])((?:\\.|(?!\1).)*)\1/g), (m) => m[2]);
}
