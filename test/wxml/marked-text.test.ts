/**
 * @jest-environment node
 */
import * as fs from 'fs';
import * as path from 'path';
import { filesEnding } from '../helpers/source-literals';

const ROOT = path.resolve(__dirname, '../../miniprogram');

const files = filesEnding(ROOT, '.wxml').map((file) => path.relative(ROOT, file));

it('writes the 据报道 / 建议 badge once, in templates/marked.wxml, and every page and component uses it', () => {
  const writing = files.filter((file) => /class="badge badge-/.test(fs.readFileSync(path.join(ROOT, file), 'utf8')));
  expect(writing).toEqual(['templates/marked.wxml']);
  const using = files.filter((file) => fs.readFileSync(path.join(ROOT, file), 'utf8').includes('is="marked"'));
  expect(using.length).toBeGreaterThanOrEqual(6);
});

it('lets no component stylesheet copy a shared class of app.wxss (components take them with addGlobalClass)', () => {
  const shared = [
    '.section',
    '.muted',
    '.badge',
    '.badge-reported',
    '.badge-inference',
    '.tap-hover',
    '.part-inference',
  ];
  const components = fs.readdirSync(path.join(ROOT, 'components'));
  const copies = components.flatMap((name) => {
    const wxss = fs.readFileSync(path.join(ROOT, 'components', name, `${name}.wxss`), 'utf8');
    return shared.filter((cls) => new RegExp(`^\\${cls} \\{`, 'm').test(wxss)).map((cls) => `${name}: ${cls}`);
  });
  expect(copies).toEqual([]);
  for (const name of components) {
    const ts = fs.readFileSync(path.join(ROOT, 'components', name, `${name}.ts`), 'utf8');
    expect(`${name}: ${/\bdefineComponent\(/.test(ts) && !/^Component\(/m.test(ts)}`).toBe(`${name}: true`);
  }
});
