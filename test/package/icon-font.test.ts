/**
 * @jest-environment node
 */
import * as fs from 'fs';
import * as path from 'path';
import { ACCOUNT_TYPE_IDS } from '../../miniprogram/domain/account-types';
import { ACCOUNT_TYPES } from '../../miniprogram/domain/guide/knowledge';

// Plain JS run by build npm (scripts/lib/compile-package.js packNpm); its shape is declared here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { iconWords, trimIconFont } = require('../../scripts/lib/icon-font') as {
  iconWords: (root: string) => Set<string>;
  trimIconFont: (css: string, keep: Set<string>) => { css: string; kept: string[]; dropped: number };
};

const ROOT = path.resolve(__dirname, '../../miniprogram');
const VANT_CSS = fs.readFileSync(path.resolve(__dirname, '../../node_modules/@vant/weapp/lib/icon/index.wxss'), 'utf8');
const glyphs = (css: string): string[] => [...css.matchAll(/\.van-icon-([a-z0-9-]+):before/g)].map((m) => m[1]);

/** Every icon our WXML names by a literal (`icon="question-o"`, `name="success"`). */
function wxmlIcons(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'miniprogram_npm' ? [] : wxmlIcons(file);
    if (!entry.name.endsWith('.wxml')) return [];
    return [...fs.readFileSync(file, 'utf8').matchAll(/<van-[a-z-]+[^>]*?\s(?:icon|name)="([a-z0-9-]+)"/g)].map(
      (m) => m[1],
    );
  });
}

describe("vant's icon font, trimmed to the glyphs the app can name", () => {
  const trimmed = trimIconFont(VANT_CSS, iconWords(ROOT));
  const kept = new Set(glyphs(trimmed.css));

  it('keeps every icon a page, a component or the domain names, and those vant composes', () => {
    const named = [
      ...wxmlIcons(ROOT),
      ...ACCOUNT_TYPE_IDS.map((id) => ACCOUNT_TYPES[id].icon),
      // vant's own: the checkbox's and radio's tick, the tag's close, the cell's arrow in each direction.
      ...['success', 'cross', 'arrow', 'arrow-up', 'arrow-down'],
    ];
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((name) => !kept.has(name))).toEqual([]);
  });

  it('drops the rest, and leaves every other rule as vant wrote it', () => {
    expect(glyphs(VANT_CSS).length).toBeGreaterThan(250);
    expect(trimmed.dropped).toBeGreaterThan(150);
    expect(kept.size).toBe(trimmed.kept.length);
    const withoutGlyphs = (css: string) => css.replace(/\.van-icon-[a-z0-9-]+:before\{content:"\\[0-9a-f]+"\}/g, '');
    expect(withoutGlyphs(trimmed.css)).toBe(withoutGlyphs(VANT_CSS));
  });

  it('keeps a shared rule for the names it keeps, and drops it when none is named', () => {
    const css =
      '.van-icon{font-size:inherit}.van-icon-a:before,.van-icon-b:before{content:"\\e001"}.van-icon-c:before{content:"\\e002"}';
    expect(trimIconFont(css, new Set(['b'])).css).toBe(
      '.van-icon{font-size:inherit}.van-icon-b:before{content:"\\e001"}',
    );
    expect(trimIconFont(css, new Set()).css).toBe('.van-icon{font-size:inherit}');
  });
});
