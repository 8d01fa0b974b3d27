/**
 * @jest-environment node
 */
import * as fs from 'fs';
import * as path from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { wrap, MAX_TAG } = require('../../scripts/wrap-wxml.js') as {
  wrap(text: string): { text: string; count: number };
  MAX_TAG: number;
};

const ROOT = path.resolve(__dirname, '../../miniprogram');
const files = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'miniprogram_npm' ? [] : files(full);
    return e.name.endsWith('.wxml') ? [full] : [];
  });

it('has no start tag over the line limit left unwrapped (npm run format:wxml wraps them)', () => {
  const long = files(ROOT).filter((file) => wrap(fs.readFileSync(file, 'utf8')).count > 0);
  expect(long.map((file) => path.relative(ROOT, file))).toEqual([]);
});

it('moves only the attributes of a long start tag, never its text', () => {
  const attrs = Array.from({ length: 8 }, (_, i) => `data-a${i}="{{item.value${i} ? 'x' : 'y'}}"`).join(' ');
  const line = `  <view class="row" ${attrs}>{{item.t}} 文字</view>`;
  expect(line.length).toBeGreaterThan(MAX_TAG);
  const { text, count } = wrap(`<view>\n${line}\n</view>`);
  expect(count).toBe(1);
  const lines = text.split('\n');
  expect(lines[1]).toBe('  <view');
  expect(lines[2]).toBe('    class="row"');
  expect(lines[lines.length - 2]).toBe('  >{{item.t}} 文字</view>');
  expect(wrap('<view class="short">{{t}}</view>').count).toBe(0);
});
