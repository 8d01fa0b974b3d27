import * as fs from 'fs';
import * as path from 'path';
import { renderRecorded } from '../helpers/set-data-recorder';
import { wxmlStats } from '../helpers/wxml-stats';
import { APP_PAGES } from '../helpers/app-pages';
import { BUDGET } from './limits';
import { BUDGET_QUERIES } from './page-queries';

/**
 * Per-page budgets at first render (DESIGN.md "Budgets"): element nodes, depth, and the setData of the first
 * load. With BUDGETS_OUT set (npm run bench does), the measured figures are also written there as JSON.
 */
interface PageFigures {
  query: Record<string, string>;
  nodes: number;
  depth: number;
  loadCalls: number;
  loadBytes: number;
  initialDataBytes: number;
  /** Loading and rendering the page in miniprogram-simulate, its modules included (printed, not judged). */
  renderMs: number;
}

const figures: Record<string, PageFigures> = {};

afterAll(() => {
  const out = process.env.BUDGETS_OUT;
  if (!out) return;
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify({ budget: BUDGET, pages: figures }, null, 2)}\n`);
});

describe.each([...APP_PAGES])('%s at first render', (page) => {
  it(`stays under ${BUDGET.wxmlNodes} WXML nodes and depth ${BUDGET.wxmlDepth}, with at most ${BUDGET.setDataCalls} setData under ${BUDGET.setDataBytes} bytes on load`, async () => {
    const query = BUDGET_QUERIES[page] ?? {};
    // The time is printed by npm run bench, never judged: the machines are shared and noisy.
    const started = performance.now();
    const { rendered, load, initialDataBytes } = await renderRecorded(page, query);
    const renderMs = performance.now() - started;
    const { nodes, depth } = wxmlStats(rendered);
    figures[page] = { query, nodes, depth, loadCalls: load.calls, loadBytes: load.bytes, initialDataBytes, renderMs };
    rendered.detach();

    expect(nodes).toBeLessThan(BUDGET.wxmlNodes);
    expect(depth).toBeLessThan(BUDGET.wxmlDepth);
    expect(load.calls).toBeLessThanOrEqual(BUDGET.setDataCalls);
    expect(load.bytes).toBeLessThan(BUDGET.setDataBytes);
  });
});
