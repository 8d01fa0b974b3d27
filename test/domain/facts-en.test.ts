/**
 * @jest-environment node
 */
import { ALL_ROWS } from '../../miniprogram/domain/library/facts/all';
import { rowParts } from '../../miniprogram/domain/library/facts/types';
import * as fs from 'fs';
import * as path from 'path';
import { Text, textKey } from '../../miniprogram/domain/text';
import { FACTS_EN } from '../../miniprogram/domain/facts-en/facts-en';
import type * as AccountPage from '../../miniprogram/domain/library/guide/account-page';

/**
 * The fact tables hold Chinese only; their English is a catalog by the Chinese text (domain/facts-en), a package of
 * its own that only an English reader downloads (platform/subpackages.ts loadLibrary). test/setup.ts adds it for
 * the tests that read the domain directly; here the tables are also read without it.
 */
function textsOf(row: (typeof ALL_ROWS)[number]): Text[] {
  const list = row.kind === 'fact' ? (row.list ?? []).flat() : [];
  const seed = row.kind === 'fact' && row.seed ? [row.seed] : [];
  return [...seed, ...rowParts(row), ...list];
}

describe("the fact tables' English", () => {
  const texts = ALL_ROWS.flatMap(textsOf);

  it('is nowhere in the tables themselves, so a Chinese reader never downloads it', () => {
    expect(texts.length).toBeGreaterThan(250);
    expect(texts.filter((text) => text.en !== '').map((text) => text.zh)).toEqual([]);
  });

  it('has an entry for every Chinese text of every row, under its key, and none that no row uses', () => {
    const used = new Map(texts.map((text) => [textKey(text.zh), text.zh]));
    // A text whose Chinese changed needs its English again, under this key.
    const missing = [...used].filter(([key]) => !FACTS_EN[key]?.trim()).map(([key, zh]) => ({ key, zh }));
    expect(missing).toEqual([]);
    expect(Object.keys(FACTS_EN).filter((key) => !used.has(key))).toEqual([]);
    // No two texts share a key.
    expect(new Set(texts.map((text) => text.zh)).size).toBe(used.size);
  });

  it('shows above each entry the Chinese it translates, so the catalog reads in both languages', () => {
    const dir = path.resolve(__dirname, '../../miniprogram/domain/facts-en');
    const files = fs.readdirSync(dir).filter((file) => file !== 'facts-en.ts');
    const entries = files.flatMap((file) => [
      ...fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/^ {2}\/\/ (.+)\n {2}'?([0-9a-z]+)'?:/gm),
    ]);
    // Each once: a text two tables share has its English in one of them.
    expect(entries.length).toBe(Object.keys(FACTS_EN).length);
    expect(entries.filter(([, zh, key]) => textKey(zh) !== key).map(([, zh, key]) => ({ key, zh }))).toEqual([]);
  });

  it('is English: no entry is its Chinese again (a Chinese name in brackets aside)', () => {
    const english = (en: string) => en.replace(/[（(][^）)]*[）)]/g, '');
    expect(Object.values(FACTS_EN).filter((en) => /[\u4e00-\u9fff]/.test(english(en)))).toEqual([]);
  });

  it('reads as Chinese, never blank, in an English view before it is there', () => {
    let page: typeof AccountPage | undefined;
    jest.isolateModules(() => {
      page = jest.requireActual<typeof AccountPage>('../../miniprogram/domain/library/guide/account-page');
    });
    const before = page!.accountPageData('service', 'en');
    const after = jest
      .requireActual<typeof AccountPage>('../../miniprogram/domain/library/guide/account-page')
      .accountPageData('service', 'en');
    const first = (data: typeof before) => ('sections' in data ? data.sections[0].items[0] : null);
    // The page's own words are English either way; the first fact reads in Chinese until the catalog is added.
    expect(before.ui).toEqual(after.ui);
    expect(JSON.stringify(first(before))).toMatch(/[\u4e00-\u9fff]/);
    expect(JSON.stringify(first(after))).not.toMatch(/[\u4e00-\u9fff]{4,}/);
  });
});
