/**
 * @jest-environment node
 */
import * as fs from 'fs';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own reading of app.json (plain JS)
const { npmOf, packagesOf, packageOfPath } = require('../../scripts/lib/wechat-resolve') as {
  npmOf: (root: string) => { copies: Record<string, string[]> };
  packagesOf: (appJson: unknown) => { root: string }[];
  packageOfPath: (packages: { root: string }[], rel: string) => { root: string };
};

const PROJECT = path.resolve(__dirname, '../..');
const MP = path.join(PROJECT, 'miniprogram');
const PACKAGES = packagesOf(JSON.parse(fs.readFileSync(path.join(MP, 'app.json'), 'utf8')));
const { copies } = npmOf(PROJECT);

/** Every page or component JSON of the sources (not the miniprogram_npm/ copies), relative to miniprogram/. */
function jsonFiles(dir = MP): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'miniprogram_npm' ? [] : jsonFiles(full);
    const code = ['.ts', '.js'].some((ext) => fs.existsSync(full.replace(/\.json$/, ext)));
    return entry.name.endsWith('.json') && code ? [path.relative(MP, full).split(path.sep).join('/')] : [];
  });
}

/** The vant components a JSON names: [tag, request, component ('button')]. */
function vantOf(file: string): [string, string, string][] {
  const json = JSON.parse(fs.readFileSync(path.join(MP, file), 'utf8')) as { usingComponents?: object };
  return Object.entries(json.usingComponents ?? {}).flatMap(([tag, request]: [string, string]) => {
    const m = /^(?:\/miniprogram_npm\/)?@vant\/weapp\/([a-z-]+)\/index$/.exec(request);
    return m ? [[tag, request, m[1]] as [string, string, string]] : [];
  });
}

const FILES = jsonFiles();
const inMain = (file: string) => packageOfPath(PACKAGES, file).root === '';
const VANT_LIB = path.join(PROJECT, 'node_modules/@vant/weapp/lib');

/** A vant component and the vant components it shows itself (button shows loading and icon), transitively. */
function withInner(name: string, seen = new Set<string>()): Set<string> {
  if (seen.has(name)) return seen;
  seen.add(name);
  const json = JSON.parse(fs.readFileSync(path.join(VANT_LIB, name, 'index.json'), 'utf8')) as {
    usingComponents?: Record<string, string>;
  };
  for (const request of Object.values(json.usingComponents ?? {}))
    withInner(path.basename(path.dirname(request)), seen);
  return seen;
}

/** The vant components the main package's own pages and components show, with theirs (those stay in main). */
const MAIN_VANT = new Set(
  FILES.filter(inMain).flatMap((file) => vantOf(file).flatMap(([, , name]) => [...withInner(name)])),
);

describe("the subpackages' own copies of vant", () => {
  it('are for subpackages app.json declares', () => {
    const roots = PACKAGES.map((p) => p.root);
    for (const root of Object.keys(copies)) expect(roots).toContain(root);
    expect(Object.keys(copies).length).toBeGreaterThan(0);
  });

  it("hold only what the main package does not show: the main package's are named by absolute path", () => {
    const named = FILES.filter((file) => copies[packageOfPath(PACKAGES, file).root]?.includes('@vant/weapp')).flatMap(
      (file) => vantOf(file).map(([tag, request, name]) => ({ file, tag, request, name })),
    );
    expect(named.length).toBeGreaterThan(0);
    for (const use of named) {
      const expected = MAIN_VANT.has(use.name)
        ? `/miniprogram_npm/@vant/weapp/${use.name}/index`
        : `@vant/weapp/${use.name}/index`;
      expect(`${use.file} ${use.tag}: ${use.request}`).toBe(`${use.file} ${use.tag}: ${expected}`);
    }
  });

  it('leave the quiz its radio buttons, the plan its checkboxes, the comparison its switch and a type page its tags', () => {
    const own = (root: string) =>
      FILES.filter((file) => packageOfPath(PACKAGES, file).root === root)
        .flatMap((file) => vantOf(file))
        .filter(([, request]) => !request.startsWith('/'))
        .map(([, , name]) => name)
        .sort();
    expect(own('pages/quiz')).toEqual(['checkbox', 'checkbox-group', 'progress', 'radio', 'radio-group']);
    expect(own('pages/plan')).toEqual(['checkbox']);
    expect(own('pages/compare')).toEqual(['switch']);
    expect(own('pages/account')).toEqual(['tag']);
    expect([...MAIN_VANT].sort()).toEqual(['button', 'cell', 'cell-group', 'icon', 'info', 'loading']);
  });
});
