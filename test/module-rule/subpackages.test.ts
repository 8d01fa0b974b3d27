/**
 * @jest-environment node
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { build, Plugin } from 'esbuild';

/**
 * WeChat's subpackage rule (分包), as the jest resolver, the preview's esbuild plugin and the build's package check
 * hold mini program code to it: a subpackage requires the main package and itself, never another subpackage
 * synchronously; the main package never requires into a subpackage; an independent subpackage only itself;
 * require.async may cross; a component of another subpackage only through a componentPlaceholder. Each rule is
 * shown failing on a violation, naming both files.
 */

type Resolve = (
  request: string,
  options: { basedir: string; defaultResolver: (request: string, options: unknown) => string },
) => string;
// Plain JS modules shared with jest, the preview and the build; their shapes are declared here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createWechatResolver } = require('../wechat-resolver') as {
  createWechatResolver: (project: string) => Resolve;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { wechatModuleRule } = require('../../scripts/lib/wechat-esbuild-plugin') as {
  wechatModuleRule: (root: string) => Plugin;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { collectComponents } = require('../../preview/lib/graph') as {
  collectComponents: (project: string, mpRoot: string) => { pages: string[] };
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkPackage } = require('../../scripts/lib/check-package') as {
  checkPackage: (dir: string) => { problems: string[] };
};

let project: string;
const APP_JSON = JSON.stringify({
  pages: ['pages/home/home'],
  subPackages: [
    { root: 'pkg-a', pages: ['pages/a/a'] },
    { root: 'pkg-b', pages: ['pages/b/b'] },
    { root: 'pkg-solo', pages: ['pages/s/s'], independent: true },
  ],
});

function write(rel: string, text = ''): void {
  const file = path.join(project, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

beforeAll(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'wechat-subpackages-'));
  write(
    'package.json',
    JSON.stringify({ dependencies: { 'qr-lib': '1.0.0' }, miniprogramSubpackageDependencies: { 'pkg-a': ['qr-lib'] } }),
  );
  write(
    'miniprogram/pkg-b/pages/b/lazy.ts',
    "export const load = () => require.async('../../../pkg-a/domain/a-only.js');",
  );
  write('miniprogram/app.json', APP_JSON);
  write('miniprogram/domain/shared.ts', 'export const SHARED = 1;');
  write('miniprogram/pages/home/home.ts', "import { A } from '../../pkg-a/domain/a-only';\nexport const H = A;");
  write('miniprogram/pkg-a/domain/a-only.ts', 'export const A = 2;');
  write(
    'miniprogram/pkg-a/pages/a/a.ts',
    "import { SHARED } from '../../../domain/shared';\nimport { A } from '../../domain/a-only';\nexport const X = SHARED + A;",
  );
  write('miniprogram/pkg-b/pages/b/b.ts', "import { A } from '../../../pkg-a/domain/a-only';\nexport const B = A;");
  write(
    'miniprogram/pkg-solo/pages/s/s.ts',
    "import { SHARED } from '../../../domain/shared';\nexport const S = SHARED;",
  );
});

afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

describe('the jest resolver', () => {
  const from = (importer: string, request: string): string => {
    const resolve = createWechatResolver(project);
    const out = resolve(request, {
      basedir: path.dirname(path.join(project, importer)),
      defaultResolver: () => 'default',
    });
    const rel = path.relative(project, out);
    return rel.startsWith('..') ? fs.readFileSync(out, 'utf8') : rel;
  };

  it('lets a subpackage require the main package and its own files', () => {
    expect(from('miniprogram/pkg-a/pages/a/a.ts', '../../../domain/shared')).toBe('miniprogram/domain/shared.ts');
    expect(from('miniprogram/pkg-a/pages/a/a.ts', '../../domain/a-only')).toBe('miniprogram/pkg-a/domain/a-only.ts');
  });

  it('fails a synchronous require of another subpackage, naming both files', () => {
    const message = from('miniprogram/pkg-b/pages/b/b.ts', '../../../pkg-a/domain/a-only');
    expect(message).toContain("miniprogram/pkg-b/pages/b/b.ts imports '../../../pkg-a/domain/a-only'");
    expect(message).toContain('pkg-a/domain/a-only.ts: code in subpackage pkg-b/ requires subpackage pkg-a/');
    expect(message).toMatch(/require\.async/);
  });

  it('fails the main package requiring into a subpackage', () => {
    expect(from('miniprogram/pages/home/home.ts', '../../pkg-a/domain/a-only')).toContain(
      'code in the main package requires subpackage pkg-a/',
    );
  });

  it("lets only a subpackage's own code require the npm package packed into its folder", () => {
    const resolve = createWechatResolver(project);
    const at = (importer: string) =>
      resolve('qr-lib', { basedir: path.dirname(path.join(project, importer)), defaultResolver: () => 'default' });
    expect(at('miniprogram/pkg-a/domain/a-only.ts')).toBe('default');
    expect(fs.readFileSync(at('miniprogram/pages/home/home.ts'), 'utf8')).toContain(
      "'qr-lib' is packed into pkg-a/miniprogram_npm/ (package.json miniprogramSubpackageDependencies), which only code in subpackage pkg-a/ can require",
    );
  });

  it('fails an independent subpackage requiring the main package', () => {
    expect(from('miniprogram/pkg-solo/pages/s/s.ts', '../../../domain/shared')).toMatch(
      /code in subpackage pkg-solo\/ \(independent, which downloads alone\) requires the main package/,
    );
  });
});

describe('the preview (esbuild plugin)', () => {
  const bundle = async (entry: string): Promise<string> => {
    const out = await build({
      entryPoints: [path.join(project, entry)],
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'node',
      logLevel: 'silent',
      absWorkingDir: project,
      plugins: [wechatModuleRule(project)],
    });
    return out.outputFiles?.[0]?.text ?? '';
  };

  it('bundles a subpackage page that requires the main package and itself', async () => {
    expect(await bundle('miniprogram/pkg-a/pages/a/a.ts')).toContain('SHARED');
  });

  it('bundles require.async of another subpackage as a dynamic import', async () => {
    const code = await bundle('miniprogram/pkg-b/pages/b/lazy.ts');
    expect(code).toContain('A = 2');
    expect(code).not.toContain('require.async');
  });

  it('fails a synchronous import of another subpackage, naming both files', async () => {
    await expect(bundle('miniprogram/pkg-b/pages/b/b.ts')).rejects.toThrow(
      /miniprogram\/pkg-b\/pages\/b\/b\.ts imports '\.\.\/\.\.\/\.\.\/pkg-a\/domain\/a-only': pkg-a\/domain\/a-only\.ts: code in subpackage pkg-b\//,
    );
  });
});

describe('the preview (component graph)', () => {
  const usingCard = (extra: object = {}): void =>
    write(
      'miniprogram/pkg-b/pages/b/b.json',
      JSON.stringify({ usingComponents: { card: '/pkg-a/components/card/card' }, ...extra }),
    );

  beforeAll(() => {
    for (const base of ['pages/home/home', 'pkg-a/pages/a/a', 'pkg-solo/pages/s/s'])
      write(`miniprogram/${base}.json`, '{}');
    write('miniprogram/pkg-a/components/card/card.json', '{"component":true}');
  });

  it('takes a component from another subpackage only through a componentPlaceholder, naming both files', () => {
    usingCard();
    expect(() => collectComponents(project, path.join(project, 'miniprogram'))).toThrow(
      /pkg-b\/pages\/b\/b\.json uses "card": "\/pkg-a\/components\/card\/card" \(pkg-a\/components\/card\/card\): code in subpackage pkg-b\/ uses a component from subpackage pkg-a\//,
    );
    usingCard({ componentPlaceholder: { card: 'view' } });
    expect(collectComponents(project, path.join(project, 'miniprogram')).pages).toContain('pkg-b/pages/b/b');
  });
});

describe('the package check (dist/)', () => {
  let dir: string;
  const page = (root: string, js: string, json: object = {}, wxml = '<view/>'): Record<string, string> => ({
    [`${root}.js`]: js,
    [`${root}.json`]: JSON.stringify(json),
    [`${root}.wxml`]: wxml,
  });
  const BASE: Record<string, string> = {
    'app.json': APP_JSON,
    'app.js': 'App({});',
    'domain/shared.js': '',
    ...page('pages/home/home', 'require("../../domain/shared");'),
    'pkg-a/domain/a-only.js': '',
    'pkg-a/templates/row.wxml': '<template name="row"><view/></template>',
    ...page('pkg-a/components/card/card', 'Component({});', { component: true }),
    ...page('pkg-a/pages/a/a', 'require("../../domain/a-only");require("../../../domain/shared");', {
      usingComponents: { card: '/pkg-a/components/card/card' },
    }),
    ...page('pkg-b/pages/b/b', 'Page({});'),
    ...page('pkg-solo/pages/s/s', 'Page({});'),
  };

  function problemsWith(changes: Record<string, string>): string[] {
    fs.rmSync(dir, { recursive: true, force: true });
    for (const [rel, text] of Object.entries({ ...BASE, ...changes })) {
      const file = path.join(dir, rel);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }
    return checkPackage(dir).problems;
  }

  beforeAll(() => {
    dir = path.join(project, 'dist-check');
  });

  it('passes a package whose subpackages keep to the rule', () => {
    expect(problemsWith({})).toEqual([]);
  });

  it('fails a synchronous require of another subpackage, naming both files', () => {
    expect(problemsWith({ 'pkg-b/pages/b/b.js': 'require("../../../pkg-a/domain/a-only");' })).toEqual([
      expect.stringMatching(
        /^pkg-b\/pages\/b\/b\.js → '\.\.\/\.\.\/\.\.\/pkg-a\/domain\/a-only': pkg-a\/domain\/a-only\.js: code in subpackage pkg-b\/ requires subpackage pkg-a\//,
      ),
    ]);
  });

  it('fails the main package requiring into a subpackage, and an independent one requiring the main package', () => {
    const problems = problemsWith({
      'pages/home/home.js': 'require("../../pkg-a/domain/a-only");',
      'pkg-solo/pages/s/s.js': 'require("../../../domain/shared");',
    });
    expect(problems).toEqual([
      expect.stringContaining('pages/home/home.js → '),
      expect.stringContaining('pkg-solo/pages/s/s.js → '),
    ]);
    expect(problems[0]).toContain('code in the main package requires subpackage pkg-a/');
    expect(problems[1]).toContain('(independent, which downloads alone) requires the main package');
  });

  it('lets require.async cross subpackages, but not to a file the package lacks', () => {
    expect(problemsWith({ 'pkg-b/pages/b/b.js': 'require.async("../../../pkg-a/domain/a-only.js");' })).toEqual([]);
    expect(problemsWith({ 'pkg-b/pages/b/b.js': 'require.async("../../../pkg-a/domain/gone.js");' })).toEqual([
      expect.stringMatching(/^pkg-b\/pages\/b\/b\.js → '\.\.\/\.\.\/\.\.\/pkg-a\/domain\/gone\.js': no such file/),
    ]);
  });

  it('takes a component from another subpackage only through a componentPlaceholder', () => {
    const using = { usingComponents: { card: '/pkg-a/components/card/card' } };
    expect(problemsWith(page('pkg-b/pages/b/b', 'Page({});', using))).toEqual([
      expect.stringMatching(
        /^pkg-b\/pages\/b\/b\.json → '\/pkg-a\/components\/card\/card': pkg-a\/components\/card\/card: code in subpackage pkg-b\/ uses a component from subpackage pkg-a\/.*componentPlaceholder/,
      ),
    ]);
    expect(
      problemsWith(page('pkg-b/pages/b/b', 'Page({});', { ...using, componentPlaceholder: { card: 'view' } })),
    ).toEqual([]);
  });

  it('fails a template imported from another subpackage', () => {
    expect(
      problemsWith(page('pkg-b/pages/b/b', 'Page({});', {}, '<import src="/pkg-a/templates/row.wxml"/><view/>')),
    ).toEqual([
      expect.stringMatching(/^pkg-b\/pages\/b\/b\.wxml → .*imports a template or style from subpackage pkg-a\//),
    ]);
  });
});
