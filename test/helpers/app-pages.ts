import * as fs from 'fs';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own reading of app.json (plain JS)
const { allPages } = require('../../scripts/lib/wechat-resolve') as { allPages: (appJson: unknown) => string[] };

/** Every page of the app.json in `root` (main package first, then each subpackage's): what WeChat can open. */
export function appPagesAt(root: string): string[] {
  return allPages(JSON.parse(fs.readFileSync(path.join(root, 'app.json'), 'utf8')));
}

/** Every page of the sources' app.json. */
export const APP_PAGES: readonly string[] = appPagesAt(path.resolve(__dirname, '../../miniprogram'));

/**
 * What a page's spec waits for, as its source writes it (`waitFor: loadLibrary` gives 'loadLibrary',
 * platform/subpackages.ts); undefined for a page that waits for nothing.
 */
export function waitForOf(page: string): string | undefined {
  const source = fs.readFileSync(path.resolve(__dirname, '../../miniprogram', `${page}.ts`), 'utf8');
  return /\bwaitFor: ([^,\n]+)/.exec(source)?.[1];
}
