/**
 * @jest-environment node
 */
import * as fs from 'fs';
import * as path from 'path';
import { filesEnding } from '../helpers/source-literals';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { wrap, MAX_TAG } = require('../../scripts/wrap-wxml.js') as {
  wrap(text: string): { text: string; count: number };
  MAX_TAG: number;
};

const ROOT = path.resolve(__dirname, '../../miniprogram');

it('has no start tag over the line limit left unwrapped (npm run format:wxml wraps them)', () => {
  const long = filesEnding(ROOT, '.wxml').filter((file) => wrap(fs.readFileSync(file, 'utf8')).count > 0);
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
