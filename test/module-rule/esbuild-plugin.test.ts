/**
 * @jest-environment node
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { build, buildSync, Metafile, Plugin } from 'esbuild';

// Plain JS shared with the preview and the scripts; its shape is declared here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { wechatModuleRule, wechatImportViolations } = require('../../scripts/lib/wechat-esbuild-plugin') as {
  wechatModuleRule: (root: string) => Plugin;
  wechatImportViolations: (metafile: Metafile, root: string) => string[];
};

let project: string;

function write(rel: string, text: string): void {
  const file = path.join(project, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

const options = (entry: string) => ({
  entryPoints: [path.join(project, entry)],
  bundle: true,
  write: false,
  format: 'cjs' as const,
  platform: 'node' as const,
  logLevel: 'silent' as const,
  absWorkingDir: project,
});

/** The preview's way: an async build with the plugin. */
async function bundle(entry: string): Promise<string> {
  const out = await build({ ...options(entry), plugins: [wechatModuleRule(project)] });
  return out.outputFiles?.[0]?.text ?? '';
}

/** The scripts' way (load-ts): a synchronous build, then the rule over its metafile. */
function violations(entry: string): string[] {
  const { metafile } = buildSync({ ...options(entry), metafile: true });
  return metafile ? wechatImportViolations(metafile, project) : ['no metafile'];
}

beforeAll(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'wechat-esbuild-'));
  write('package.json', JSON.stringify({ dependencies: {} }));
  write('miniprogram/domain/facts/index.ts', "export * from './all';");
  write('miniprogram/domain/facts/all.ts', 'export const A = 41;');
  write('miniprogram/domain/good.ts', "import { A } from './facts/all';\nexport const B = A + 1;");
  write('miniprogram/domain/bad.ts', "import { A } from './facts';\nexport const B = A + 1;");
  write('preview/entry.ts', "export { A } from '../miniprogram/domain/facts';");
});

afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

describe('the plugin (browser preview)', () => {
  it('bundles mini program code that imports files', async () => {
    expect(await bundle('miniprogram/domain/good.ts')).toContain('41');
  });

  it('fails on a folder import from mini program code, naming both ends', async () => {
    await expect(bundle('miniprogram/domain/bad.ts')).rejects.toThrow(
      /miniprogram\/domain\/bad\.ts imports '\.\/facts': it is a folder/,
    );
  });

  it('leaves imports from outside miniprogram/ alone', async () => {
    expect(await bundle('preview/entry.ts')).toContain('41');
  });
});

describe('the metafile check (scripts TypeScript loader)', () => {
  it('finds nothing wrong with file imports, or with imports from outside miniprogram/', () => {
    expect(violations('miniprogram/domain/good.ts')).toEqual([]);
    expect(violations('preview/entry.ts')).toEqual([]);
  });

  it('names both ends of a folder import', () => {
    expect(violations('miniprogram/domain/bad.ts')).toEqual([
      expect.stringMatching(/miniprogram\/domain\/bad\.ts imports '\.\/facts': it is a folder/),
    ]);
  });
});
