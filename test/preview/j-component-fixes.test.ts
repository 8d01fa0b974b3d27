import * as fs from 'fs';
import * as path from 'path';
import { applySourcePatches, joinPath, resolveRelations, SOURCE_PATCHES } from '../../preview/j-component-fixes';

/** The installed j-component's source file, as jest and the preview bundler see it. */
const source = (rel: string): string => path.join(__dirname, '../../node_modules/j-component/src', rel);

describe('the j-component fixes shared by the tests and the preview', () => {
  it('patch the installed j-component: each text to replace is there', () => {
    const files = ['componentmanager.js', 'tool/utils.js', 'render/render.js'].map(source);
    for (const patch of SOURCE_PATCHES) {
      const file = files.find((f) => patch.file.test(f));
      expect(file).toBeDefined();
      const text = fs.readFileSync(file as string, 'utf8');
      expect(applySourcePatches(file as string, text, 'browser')).toContain(patch.to);
    }
  });

  it("give getRelationNodes WeChat's [] in tests too, and leave the browser-only patches to the preview", () => {
    const file = source('tool/utils.js');
    const text = fs.readFileSync(file, 'utf8');
    expect(applySourcePatches(file, text, 'test')).toBe(text);
    expect(applySourcePatches(file, text, 'browser')).toContain('var(--rpx)');
  });

  it('fail loudly when j-component changed under a patch', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const version = (require('j-component/package.json') as { version: string }).version;
    expect(() => applySourcePatches('/x/j-component/src/componentmanager.js', 'something else', 'test')).toThrow(
      `j-component ${version} changed: cannot patch /x/j-component/src/componentmanager.js, the text to replace is gone`,
    );
  });

  it('resolve relations by path, as WeChat links them', () => {
    expect(joinPath('a/radio', '../radio-group/index')).toBe('a/radio-group/index');
    const ids: Record<string, string> = { 'lib/radio-group/index': 'id7' };
    const { relations, ids: keys } = resolveRelations(
      '/lib/radio/index',
      { '../radio-group/index': { type: 'ancestor' }, '../nowhere/index': { type: 'parent' } },
      (p) => ids[p],
    );
    expect(relations).toEqual({ id7: { type: 'ancestor', target: 'id7' }, '../nowhere/index': { type: 'parent' } });
    expect([...keys]).toEqual([['../radio-group/index', 'id7']]);
  });
});
