/**
 * @jest-environment node
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

type Resolve = (
  request: string,
  options: { basedir: string; defaultResolver: (request: string, options: unknown) => string },
) => string;
// A plain JS module (jest loads it as the `resolver`); its shape is declared here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createWechatResolver } = require('../wechat-resolver') as {
  createWechatResolver: (project: string) => Resolve;
};

let project: string;
let resolve: Resolve;
const DEFAULT = 'resolved the usual way';

function write(rel: string, text = ''): void {
  const file = path.join(project, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** Resolves from a file's folder; a rule violation comes back as the text of the module that throws it. */
function from(importer: string, request: string): string {
  const out = resolve(request, { basedir: path.dirname(path.join(project, importer)), defaultResolver: () => DEFAULT });
  if (out === DEFAULT) return out;
  const rel = path.relative(project, out);
  return rel.startsWith('..') ? fs.readFileSync(out, 'utf8') : rel;
}

beforeAll(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'wechat-rule-'));
  write(
    'package.json',
    JSON.stringify({ dependencies: { '@vant/weapp': '1.0.0' }, devDependencies: { jest: '30.0.0' } }),
  );
  write('miniprogram/domain/facts/index.ts', "export * from './all';");
  write('miniprogram/domain/facts/all.ts', 'export const A = 1;');
  write(
    'miniprogram/domain/knowledge.ts',
    "import { A } from './facts';\nimport { B } from './facts/all';\nexport const K = A;",
  );
  write('miniprogram/domain/data.json', '{}');
  write('miniprogram/pages/home/home.ts', "import '../../domain/knowledge';");
  write('miniprogram/miniprogram_npm/@vant/weapp/common/utils.js');
  write('test/helper.ts');
  write('dist/domain/knowledge.js', 'require("./facts");');
  write('dist/domain/facts/all.js');
  write('dist/domain/facts/index.js');
  write('dist/pages/home/home.js', 'require("../../domain/knowledge");');
  write('dist/miniprogram_npm/@vant/weapp/common/utils.js');
  write('dist/miniprogram_npm/@vant/weapp/index.js');
  resolve = createWechatResolver(project);
});

afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

describe('imports from mini program sources', () => {
  it('resolve a relative path to a file, with or without the extension', () => {
    expect(from('miniprogram/domain/knowledge.ts', './facts/all')).toBe('miniprogram/domain/facts/all.ts');
    expect(from('miniprogram/domain/knowledge.ts', './facts/all.ts')).toBe('miniprogram/domain/facts/all.ts');
    expect(from('miniprogram/domain/knowledge.ts', './facts/all.js')).toBe('miniprogram/domain/facts/all.ts');
    expect(from('miniprogram/pages/home/home.ts', '../../domain/knowledge')).toBe('miniprogram/domain/knowledge.ts');
  });

  it('fail for a folder, naming the importing file and the specifier', () => {
    const message = from('miniprogram/domain/knowledge.ts', './facts');
    expect(message).toContain("miniprogram/domain/knowledge.ts imports './facts'");
    expect(message).toMatch(/folder \(with index\.ts\).*'\.\/facts\/index'/);
  });

  it('fail for a missing file, a non-code file, an absolute path and a path out of miniprogram/', () => {
    expect(from('miniprogram/domain/knowledge.ts', './nothing')).toMatch(/imports '\.\/nothing': no such file/);
    expect(from('miniprogram/domain/knowledge.ts', './data.json')).toMatch(/not a \.ts or \.js file/);
    expect(from('miniprogram/domain/knowledge.ts', '/domain/facts/all')).toMatch(/absolute path/);
    expect(from('miniprogram/domain/knowledge.ts', '../../test/helper')).toMatch(/leaves the mini program/);
  });

  it('take bare names only from package.json dependencies', () => {
    expect(from('miniprogram/domain/knowledge.ts', '@vant/weapp/common/utils')).toBe(DEFAULT);
    expect(from('miniprogram/domain/knowledge.ts', 'jest')).toMatch(/'jest' is not one of them \(@vant\/weapp\)/);
    expect(from('miniprogram/domain/knowledge.ts', 'path')).toMatch(/miniprogram_npm/);
  });

  it('leave tests and packed vendor code alone', () => {
    expect(from('test/helper.ts', '../miniprogram/domain/facts')).toBe(DEFAULT);
    expect(from('miniprogram/miniprogram_npm/@vant/weapp/common/utils.js', './anything')).toBe(DEFAULT);
  });
});

describe('imports from the built package (dist/)', () => {
  it('resolve .js files and bare names inside its miniprogram_npm/', () => {
    expect(from('dist/pages/home/home.js', '../../domain/knowledge')).toBe('dist/domain/knowledge.js');
    expect(from('dist/pages/home/home.js', '../../domain/knowledge.js')).toBe('dist/domain/knowledge.js');
    expect(from('dist/pages/home/home.js', '@vant/weapp/common/utils')).toBe(
      'dist/miniprogram_npm/@vant/weapp/common/utils.js',
    );
    expect(from('dist/pages/home/home.js', '@vant/weapp')).toBe('dist/miniprogram_npm/@vant/weapp/index.js');
  });

  it('fail for a folder, a file the package lacks and a package it lacks', () => {
    expect(from('dist/domain/knowledge.js', './facts')).toContain(
      "dist/domain/knowledge.js imports './facts': it is a folder (with index.js)",
    );
    expect(from('dist/pages/home/home.js', '../../domain/dropped')).toMatch(
      /imports '\.\.\/\.\.\/domain\/dropped': no such file/,
    );
    expect(from('dist/pages/home/home.js', 'lodash')).toMatch(/no miniprogram_npm\/lodash/);
  });
});
