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
const VIEW_MODULE = /(-view|share-content)\.ts$/;

const USER_TEXT = (s: string): boolean => /[\u4e00-\u9fff]/.test(s) || /[A-Za-z]{2,} [A-Za-z]{2,}/.test(s);

it('page, component, platform and view code holds no user-visible text of its own', () => {
  const checked = [
    path.join(ROOT, 'app.ts'),
    ...CODE_DIRS.flatMap((dir) => files(path.join(ROOT, dir))),
    ...files(path.join(ROOT, 'domain')).filter((file) => VIEW_MODULE.test(file)),
  ];
  expect(checked.length).toBeGreaterThan(30);
  const found = checked.flatMap((file) =>
    literals(fs.readFileSync(file, 'utf8'))
      .filter(USER_TEXT)
      .map((text) => `${path.relative(ROOT, file)}: ${text}`),
  );
  expect(found).toEqual([]);
});

it('would catch one', () => {
  expect(literals("const a = '你好'; // '注释'\nconst b = \"Not open\";").filter(USER_TEXT)).toEqual([
    '你好',
    'Not open',
  ]);
});
