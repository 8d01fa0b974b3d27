/**
 * @jest-environment node
 */
import * as fs from 'fs';
import * as path from 'path';
import { literals, tsFiles as files } from '../helpers/source-literals';

/**
 * Every word a user reads comes from the string tables (domain/i18n) or the content tables (facts, knowledge,
 * rules, comparison, plan …). Page, component and platform code, and the view modules that only map content to
 * a page, hold none: a Chinese string or an English phrase there fails this test, naming the file and the text.
 */
const ROOT = path.resolve(__dirname, '../../miniprogram');
const CODE_DIRS = ['pages', 'components', 'platform'];
/**
 * A domain module builds visible text when it takes words from the string table (`t`) or picks a language out of
 * content (`pick`): whatever its name (guide/account-views.ts, guide/comparison.ts …), its own words would reach
 * the screen untranslated. Content tables (facts, knowledge, rules) define words and do neither.
 */
const BUILDS_TEXT = /import \{[^}]*\b(t|pick)\b[^}]*\} from '(?:\.\.?\/)+(i18n\/strings|text)'/;
const builds = (file: string): boolean => BUILDS_TEXT.test(fs.readFileSync(file, 'utf8'));
/**
 * Words given in both languages side by side (`{ zh: '…', en: '…' }`) or in Chinese with their English in a catalog
 * (`zhText('…')`, e.g. the questionnaire's) are content.
 */
const withoutPairs = (source: string): string =>
  source
    .replace(/\b(zh|en):\s*(['"`])(?:\\.|(?!\2).)*\2/g, '$1: 0')
    .replace(/\bzhText\(\s*(['"`])(?:\\.|(?!\1).)*\1\s*\)/g, 'zhText(0)');

const USER_TEXT = (s: string): boolean => /[\u4e00-\u9fff]/.test(s) || /[A-Za-z]{2,} [A-Za-z]{2,}/.test(s);

it('page, component, platform and text-building domain code holds no user-visible text of its own', () => {
  const checked = [
    path.join(ROOT, 'app.ts'),
    ...CODE_DIRS.flatMap((dir) => files(path.join(ROOT, dir))),
    ...files(path.join(ROOT, 'domain')).filter(builds),
  ];
  // The modules named in issue 23, which the old selection by file name (-view.ts) let through.
  for (const name of ['library/guide/account-views.ts', 'guide-views/comparison.ts', 'result-views/share-content.ts'])
    expect(checked).toContain(path.join(ROOT, 'domain', name));
  expect(checked.length).toBeGreaterThan(30);
  const found = checked.flatMap((file) =>
    literals(withoutPairs(fs.readFileSync(file, 'utf8')))
      .filter(USER_TEXT)
      .map((text) => `${path.relative(ROOT, file)}: ${text}`),
  );
  expect(found).toEqual([]);
});

it('would catch one, and lets words given in both languages pass', () => {
  expect(literals(withoutPairs("const q = { zh: '谁来申请？', en: 'Who is applying?' }; const x = '你好';"))).toEqual([
    '你好',
  ]);
  expect(literals(withoutPairs("const q = zhText('谁来申请？'); const x = '你好';"))).toEqual(['你好']);
  expect(literals("const a = '你好'; // '注释'\nconst b = \"Not open\";").filter(USER_TEXT)).toEqual([
    '你好',
    'Not open',
  ]);
});
