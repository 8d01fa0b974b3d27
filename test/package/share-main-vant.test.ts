/**
 * @jest-environment node
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

interface Reference {
  ref: string;
  component: boolean;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own step (plain JS)
const share = require('../../scripts/lib/share-main-vant') as {
  shareMainVant: (copyLib: string, own: string[], mainLib: string, shown: string[]) => string[];
  closureOf: (lib: string, names: string[]) => Set<string>;
  referencesOf: (file: string, text: string) => Reference[];
  filesOf: (dir: string, reference: Reference) => string[];
  vantOfMain: (mp: string, copyRoots: string[]) => string[];
  vantOfCopy: (mp: string, root: string) => string[];
};
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own reading of package.json (plain JS)
const { npmOf } = require('../../scripts/lib/wechat-resolve') as {
  npmOf: (root: string) => { copies: Record<string, string[]> };
};

const PROJECT = path.resolve(__dirname, '../..');
const MP = path.join(PROJECT, 'miniprogram');
const VANT_LIB = path.join(PROJECT, 'node_modules/@vant/weapp/lib');
const ROOTS = Object.keys(npmOf(PROJECT).copies);
const SHOWN = share.vantOfMain(MP, ROOTS);

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build scripts' walk of a folder (plain JS)
const { filesUnder: filesIn } = require('../../scripts/lib/files-under') as { filesUnder: (dir: string) => string[] };

/** A mini program folder with vant packed for the main package and, as build npm packs it, for `root`. */
function packed(root: string): { mp: string; mainLib: string; copyLib: string } {
  const mp = fs.mkdtempSync(path.join(os.tmpdir(), 'share-main-vant-'));
  const mainLib = path.join(mp, 'miniprogram_npm/@vant/weapp');
  const copyLib = path.join(mp, root, 'miniprogram_npm/@vant/weapp');
  fs.cpSync(VANT_LIB, mainLib, { recursive: true });
  fs.cpSync(VANT_LIB, copyLib, { recursive: true });
  return { mp, mainLib, copyLib };
}

describe("a subpackage's copy of vant", () => {
  it("knows what the main package ships: home's and what a subpackage names by absolute path", () => {
    expect(SHOWN).toEqual(['button', 'cell', 'cell-group', 'icon', 'loading']);
    expect(Object.fromEntries(ROOTS.map((root) => [root, share.vantOfCopy(MP, root)]))).toEqual({
      'pages/account': ['tag'],
      'pages/compare': ['switch'],
      'pages/plan': ['checkbox'],
      'pages/quiz': ['checkbox', 'checkbox-group', 'progress', 'radio', 'radio-group'],
    });
  });

  it('keeps the plan only its checkbox, and the relation script the main package does not ship', () => {
    const { mp, mainLib, copyLib } = packed('pages/plan');
    try {
      const dropped = share.shareMainVant(copyLib, ['checkbox'], mainLib, SHOWN);
      expect(
        filesIn(copyLib)
          .map((f) => path.relative(copyLib, f))
          .sort(),
      ).toEqual([
        'checkbox/index.js',
        'checkbox/index.json',
        'checkbox/index.wxml',
        'checkbox/index.wxs',
        'checkbox/index.wxss',
        'common/relation.js',
      ]);
      expect(dropped).toEqual(expect.arrayContaining(['icon/index.wxss', 'common/component.js', 'wxs/utils.wxs']));
      const json = JSON.parse(fs.readFileSync(path.join(copyLib, 'checkbox/index.json'), 'utf8')) as {
        usingComponents: Record<string, string>;
      };
      expect(json.usingComponents).toEqual({ 'van-icon': '/miniprogram_npm/@vant/weapp/icon/index' });
    } finally {
      fs.rmSync(mp, { recursive: true, force: true });
    }
  });

  it.each(ROOTS)('of %s names only files that are there: its own, or those the main package ships', (root) => {
    const { mp, mainLib, copyLib } = packed(root);
    try {
      const own = share.vantOfCopy(MP, root);
      share.shareMainVant(copyLib, own, mainLib, SHOWN);
      const mainShips = share.closureOf(mainLib, SHOWN);
      const kept = new Set(filesIn(copyLib));
      // What the copy's components need, followed through both packages.
      const needed = share.closureOf(copyLib, own);
      expect(needed.size).toBeGreaterThan(own.length);
      for (const file of needed) {
        const dir = path.dirname(file);
        for (const reference of share.referencesOf(file, fs.readFileSync(file, 'utf8'))) {
          const target = reference.ref.startsWith('/')
            ? path.join(mp, reference.ref)
            : path.resolve(dir, reference.ref);
          const files = share.filesOf(path.dirname(target), { ...reference, ref: `./${path.basename(target)}` });
          expect(`${path.relative(mp, file)} → ${reference.ref}: ${files.length > 0}`).toMatch(/true$/);
          for (const f of files) expect(kept.has(f) || mainShips.has(f)).toBe(true);
        }
      }
      // The components it takes from the main package, by absolute path, are ones the main package ships.
      const absolute = [...kept]
        .filter((file) => file.endsWith('.json'))
        .flatMap((file) =>
          Object.values(
            (JSON.parse(fs.readFileSync(file, 'utf8')) as { usingComponents?: Record<string, string> })
              .usingComponents ?? {},
          ),
        )
        .filter((ref) => ref.startsWith('/'));
      expect(absolute.length).toBeGreaterThan(0);
      for (const ref of absolute) expect(mainShips.has(path.join(mp, `${ref}.js`))).toBe(true);
    } finally {
      fs.rmSync(mp, { recursive: true, force: true });
    }
  });
});
