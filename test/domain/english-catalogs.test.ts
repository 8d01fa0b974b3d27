/**
 * @jest-environment node
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { LIBRARY_TEXTS_EN } from '../../miniprogram/domain/library-en/library-en';
import { FACTS_TEXTS_EN } from '../../miniprogram/domain/facts-en/facts-en';
import { STEPS_TEXTS_EN } from '../../miniprogram/domain/steps-en/steps-en';
import { PREPARE_EN } from '../../miniprogram/domain/plan-en/plan-en';
import type * as FactsModule from '../../miniprogram/domain/facts/facts';
import type * as RowsModule from '../../miniprogram/domain/library/rows';
import { ENGINE_TEXTS_EN } from '../../miniprogram/domain/engine-en/engine-en';
import { APP_TEXTS_EN } from '../../miniprogram/domain/app-en/app-en';
import { QUIZ_TEXTS_EN } from '../../miniprogram/domain/quiz-en/quiz-en';
import { textKey } from '../../miniprogram/domain/text';
import type * as AccountPage from '../../miniprogram/domain/guide-views/account-page';
import type * as LibraryParts from '../../miniprogram/domain/guide-views/library-parts';

/**
 * The fact tables, the recommendation's reasons, advice and setups, the questions and the types' cards are written in
 * Chinese only; their English is a catalog under a key of the Chinese (domain/text.ts textKey), in a package of its
 * own that only an English reader downloads (platform/subpackages.ts loadLibrary, loadSteps, loadFacts, loadEngine, loadAppEnglish). test/setup.ts adds both catalogs for the tests that
 * read the domain directly; the last test here reads the tables without them.
 */
const DOMAIN = path.resolve(__dirname, '../../miniprogram/domain');
/** The builders that take a Chinese text, and the argument it is. */
/** Tables of Chinese strings by key. */
const WORD_TABLES = ['REASON_WORDS'];
const BUILDERS: Record<string, number> = { p: 0, reported: 0, inference: 0, zhText: 0, words: 0, cell: 1 };

/** Every text a table writes: the builders' arguments (`p('中文')`) and `{ zh, en }` objects, from the source. */
function writtenTexts(files: string[]): { zh: string; en: string | null; file: string }[] {
  return files.flatMap((file) => {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const found: { zh: string; en: string | null; file: string }[] = [];
    const text = (node: ts.Node | undefined): string | null =>
      node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : null;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text in BUILDERS) {
        const at = BUILDERS[node.expression.text];
        const zh = text(node.arguments[at]);
        if (zh !== null) found.push({ zh, en: text(node.arguments[at + 1]), file });
      }
      // A table of words by key (result-views/reason-words.ts): each value is a text.
      if (
        ts.isVariableDeclaration(node) &&
        ts.isIdentifier(node.name) &&
        WORD_TABLES.includes(node.name.text) &&
        node.initializer &&
        ts.isObjectLiteralExpression(node.initializer)
      )
        for (const prop of node.initializer.properties) {
          const zh = ts.isPropertyAssignment(prop) ? text(prop.initializer) : null;
          if (zh !== null) found.push({ zh, en: null, file });
        }
      if (ts.isObjectLiteralExpression(node)) {
        const prop = (name: string) =>
          node.properties.find(
            (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === name,
          );
        const zh = text(prop('zh')?.initializer);
        if (zh !== null) found.push({ zh, en: text(prop('en')?.initializer), file });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  });
}

const tsFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));

const CATALOGS = [
  {
    name: 'the fact tables',
    tables: tsFiles(path.join(DOMAIN, 'facts')).filter((f) => !/\/(all|facts)\.ts$/.test(f)),
    catalog: FACTS_TEXTS_EN,
    dir: path.join(DOMAIN, 'facts-en'),
    least: 50,
  },
  {
    name: 'the launch steps and the companions',
    tables: tsFiles(path.join(DOMAIN, 'steps')).filter((f) => !/\/(all|steps)\.ts$/.test(f)),
    catalog: STEPS_TEXTS_EN,
    dir: path.join(DOMAIN, 'steps-en'),
    least: 30,
  },
  {
    name: 'what a plan says to prepare',
    tables: [path.join(DOMAIN, 'library/plan/prepare.ts')],
    catalog: PREPARE_EN,
    dir: path.join(DOMAIN, 'plan-en'),
    least: 10,
  },
  {
    name: 'the comparison',
    tables: [path.join(DOMAIN, 'guide-views/comparison-table.ts')],
    catalog: LIBRARY_TEXTS_EN,
    dir: path.join(DOMAIN, 'library-en'),
    least: 50,
  },
  {
    name: "the recommendation's reasons, advice and setups",
    tables: [
      path.join(DOMAIN, 'result-views/reason-words.ts'),
      path.join(DOMAIN, 'recommendation/advice.ts'),
      path.join(DOMAIN, 'recommendation/setup.ts'),
      path.join(DOMAIN, 'result-views/setup-view.ts'),
    ],
    catalog: ENGINE_TEXTS_EN,
    dir: path.join(DOMAIN, 'engine-en'),
    least: 50,
  },
  {
    name: 'the questions',
    tables: [path.join(DOMAIN, 'quiz/questionnaire.ts')],
    catalog: QUIZ_TEXTS_EN,
    dir: path.join(DOMAIN, 'quiz-en'),
    least: 50,
  },
  {
    name: "the four types' cards",
    tables: [path.join(DOMAIN, 'guide/knowledge.ts')],
    catalog: APP_TEXTS_EN,
    dir: path.join(DOMAIN, 'app-en'),
    least: 30,
  },
];

describe.each(CATALOGS)('the English of $name', ({ tables, catalog, dir, least }) => {
  const texts = writtenTexts(tables);

  it('is nowhere in the tables themselves, so a Chinese reader never downloads it', () => {
    expect(texts.length).toBeGreaterThan(least);
    expect(texts.filter((t) => t.en).map((t) => ({ file: path.basename(t.file), zh: t.zh }))).toEqual([]);
  });

  it('has an entry for every Chinese text, under its key, and none that no text uses', () => {
    const used = new Map(texts.map((t) => [textKey(t.zh), t.zh]));
    // A text whose Chinese changed needs its English again, under this key.
    expect([...used].filter(([key]) => !catalog[key]?.trim()).map(([key, zh]) => ({ key, zh }))).toEqual([]);
    expect(Object.keys(catalog).filter((key) => !used.has(key))).toEqual([]);
    // No two texts share a key.
    expect(new Set(texts.map((t) => t.zh)).size).toBe(used.size);
  });

  it('shows above each entry the Chinese it translates, each once, so the catalog reads in both languages', () => {
    const entries = fs
      .readdirSync(dir)
      .filter((file) => /\.ts$/.test(file) && file !== path.basename(dir) + '.ts' && file !== 'strings.ts')
      .flatMap((file) => [
        ...fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/^ {2}\/\/ (.+)\n {2}'?([0-9a-z]+)'?:/gm),
      ]);
    expect(entries.length).toBe(Object.keys(catalog).length);
    expect(entries.filter(([, zh, key]) => textKey(zh) !== key).map(([, zh, key]) => ({ key, zh }))).toEqual([]);
  });

  it('is English: no entry is its Chinese again (a Chinese name in brackets aside)', () => {
    const english = (en: string) => en.replace(/[（(][^）)]*[）)]/g, '');
    expect(Object.values(catalog).filter((en) => /[\u4e00-\u9fff]/.test(english(en)))).toEqual([]);
  });
});

it('reads as Chinese, never blank, in an English view before it is there', () => {
  let page: typeof AccountPage | undefined;
  jest.isolateModules(() => {
    page = jest.requireActual<typeof AccountPage>('../../miniprogram/domain/guide-views/account-page');
    // The library the views read, as the loader hands it in (platform/subpackages.ts loadGuide).
    jest
      .requireActual<typeof LibraryParts>('../../miniprogram/domain/guide-views/library-parts')
      .useLibrary(jest.requireActual('../../miniprogram/domain/library/library'));
    // The rows, as the facts subpackage hands them in (their English is not there yet).
    jest
      .requireActual<typeof RowsModule>('../../miniprogram/domain/library/rows')
      .addRows('facts', jest.requireActual<typeof FactsModule>('../../miniprogram/domain/facts/facts').ALL_FACTS);
  });
  const before = page!.accountPageData('service', 'en');
  const after = jest
    .requireActual<typeof AccountPage>('../../miniprogram/domain/guide-views/account-page')
    .accountPageData('service', 'en');
  const first = (data: typeof before) => ('sections' in data ? data.sections[0].items[0] : null);
  // Until the catalog and the library's English strings are added, the facts and the library's own words read in
  // Chinese (the main package's words are English either way); none is blank.
  expect(Object.values(before.ui).filter((label) => !label.trim())).toEqual([]);
  expect(before.ui.allTypes).toBe('全部账号类型');
  expect(after.ui.allTypes).toBe('All account types');
  expect(JSON.stringify(first(before))).toMatch(/[\u4e00-\u9fff]/);
  expect(JSON.stringify(first(after))).not.toMatch(/[\u4e00-\u9fff]{4,}/);
});
