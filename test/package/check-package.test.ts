/**
 * @jest-environment node
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// Plain JS run by the build; its shape is declared here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkPackage } = require('../../scripts/lib/check-package') as {
  checkPackage: (dir: string) => { problems: string[]; files: number; references: number };
};

const VANT = 'miniprogram_npm/@vant/weapp';

/** A small upload package with one of every kind of reference the check follows. */
const FILES: Record<string, string> = {
  'app.json': JSON.stringify({ pages: ['pages/home/home'], sitemapLocation: 'sitemap.json', usingComponents: {} }),
  'app.js': 'App({});',
  'sitemap.json': '{}',
  'pages/home/home.js':
    '"use strict";var e=require("../../domain/knowledge"),t=require("../../domain/text.js");Component({});',
  'pages/home/home.json': JSON.stringify({
    usingComponents: { card: '/components/card/card', 'van-button': `../../${VANT}/button/index` },
  }),
  'pages/home/home.wxml':
    '<import src="../../templates/row.wxml"/><include src="/templates/foot"/><card/><van-button/>',
  'pages/home/home.wxss': '@import "/styles/base.wxss";.home{}',
  'domain/knowledge.js': 'require("./facts/all");',
  'domain/facts/all.js': '',
  'domain/facts/index.js': '',
  'domain/text.js': '',
  'templates/row.wxml': '<template name="row"><view/></template>',
  'templates/foot.wxml': '<view/>',
  'styles/base.wxss': '.base{}',
  'components/card/card.js': 'Component({});',
  'components/card/card.json': '{"component":true}',
  'components/card/card.wxml': '<wxs src="./format.wxs" module="f"/><view>{{f.x}}</view>',
  'components/card/format.wxs': 'var u = require("./util.wxs");\nmodule.exports = { x: u };',
  'components/card/util.wxs': 'module.exports = 1;',
  [`${VANT}/button/index.js`]: '"use strict";var e=require("../common/component");',
  [`${VANT}/button/index.json`]: JSON.stringify({ component: true, usingComponents: { 'van-icon': '../icon/index' } }),
  [`${VANT}/button/index.wxml`]: '<wxs src="../wxs/utils.wxs" module="utils"/><view/>',
  [`${VANT}/button/index.wxss`]: '@import "../common/index.wxss";.van-button{}',
  [`${VANT}/common/component.js`]: '',
  [`${VANT}/common/index.wxss`]: '.van-ellipsis{}',
  [`${VANT}/wxs/utils.wxs`]: 'module.exports = {};',
  [`${VANT}/icon/index.js`]: '',
  [`${VANT}/icon/index.json`]: '{"component":true}',
  [`${VANT}/icon/index.wxml`]: '<view/>',
};

let dir: string;

/** Writes the package, with some files changed (a string) or removed (null). */
function makePackage(changes: Record<string, string | null> = {}): string {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [rel, text] of Object.entries({ ...FILES, ...changes })) {
    if (text === null) continue;
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return dir;
}

beforeEach(() => {
  dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'check-package-')), 'dist');
});

afterEach(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

it('passes a package whose every reference lands on a file inside it', () => {
  const result = checkPackage(makePackage());
  expect(result.problems).toEqual([]);
  // 2 page requires + 1 domain + 1 vant; 2 usingComponents + 1 vant; import, include, 2 wxs; wxs require; 2 @import; page; sitemap
  expect(result.references).toBe(16);
});

it('fails for a required file that is missing, naming both ends', () => {
  expect(checkPackage(makePackage({ 'domain/knowledge.js': null })).problems).toEqual([
    expect.stringMatching(/^pages\/home\/home\.js → '\.\.\/\.\.\/domain\/knowledge': no such file/),
  ]);
});

it('fails for a folder require, even when the folder has an index.js', () => {
  expect(checkPackage(makePackage({ 'domain/knowledge.js': 'require("./facts");' })).problems).toEqual([
    expect.stringMatching(/^domain\/knowledge\.js → '\.\/facts': it is a folder \(with index\.js\)/),
  ]);
});

it("fails for a usingComponents target the package lacks, in our JSON and in vant's", () => {
  expect(checkPackage(makePackage({ 'components/card/card.wxml': null })).problems).toEqual([
    "pages/home/home.json → '/components/card/card': the package has no components/card/card.wxml",
  ]);
  expect(checkPackage(makePackage({ [`${VANT}/icon/index.js`]: null })).problems).toEqual([
    `${VANT}/button/index.json → '../icon/index': the package has no ${VANT}/icon/index.js`,
  ]);
});

it('fails for a missing wxs src and a missing WXS require', () => {
  expect(checkPackage(makePackage({ 'components/card/format.wxs': null })).problems).toEqual([
    "components/card/card.wxml → './format.wxs': the package has no components/card/format.wxs",
  ]);
  expect(checkPackage(makePackage({ 'components/card/util.wxs': null })).problems).toEqual([
    "components/card/format.wxs → './util.wxs': the package has no components/card/util.wxs",
  ]);
});

it('fails for a missing WXSS @import and a missing WXML import or include', () => {
  expect(checkPackage(makePackage({ [`${VANT}/common/index.wxss`]: null })).problems).toEqual([
    `${VANT}/button/index.wxss → '../common/index.wxss': the package has no ${VANT}/common/index.wxss`,
  ]);
  expect(checkPackage(makePackage({ 'templates/foot.wxml': null, 'templates/row.wxml': null })).problems).toEqual([
    "pages/home/home.wxml → '../../templates/row.wxml': the package has no templates/row.wxml",
    "pages/home/home.wxml → '/templates/foot': the package has no templates/foot or templates/foot.wxml",
  ]);
});

it('fails for a page in app.json without its .js, .json or .wxml', () => {
  expect(checkPackage(makePackage({ 'pages/home/home.js': null })).problems).toEqual([
    "app.json → 'pages/home/home': the package has no pages/home/home.js",
  ]);
});

it('fails for a preloadRule that names a page or a package app.json does not declare', () => {
  const appJson = JSON.stringify({
    pages: ['pages/home/home'],
    sitemapLocation: 'sitemap.json',
    preloadRule: {
      'pages/home/home': { network: 'all', packages: ['__APP__', 'quiz'] },
      'pages/gone/gone': { packages: [] },
    },
  });
  expect(checkPackage(makePackage({ 'app.json': appJson })).problems).toEqual([
    'app.json preloadRule for pages/home/home preloads package quiz, which app.json does not declare with pages',
    'app.json preloadRule names page pages/gone/gone, which app.json does not list',
  ]);
});

it('fails for references that leave the package', () => {
  expect(checkPackage(makePackage({ 'pages/home/home.wxss': '@import "../../../outside.wxss";' })).problems).toEqual([
    "pages/home/home.wxss → '../../../outside.wxss': it points outside the package (../outside.wxss)",
  ]);
});
