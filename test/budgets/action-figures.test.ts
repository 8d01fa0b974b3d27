import * as fs from 'fs';
import * as path from 'path';
import { renderRecorded, SetDataTake } from '../helpers/set-data-recorder';
import { tapIn } from '../helpers/simulate';
import { BUDGET } from './limits';
import { BUDGET_QUERIES } from './page-queries';

/**
 * setData per user action on the quiz and result pages (DESIGN.md budgets: at most one call under 4 KiB per
 * action). With ACTIONS_OUT set (npm run bench does), the figures are written there as JSON for the bench.
 */
interface ActionFigure {
  calls: number;
  bytes: number;
}
const figures: Record<string, ActionFigure> = {};

function record(label: string, take: SetDataTake): void {
  figures[label] = { calls: take.calls, bytes: take.bytes };
  expect(take.calls).toBeLessThanOrEqual(BUDGET.setDataCalls);
  expect(take.bytes).toBeLessThan(BUDGET.setDataBytes);
}

afterAll(() => {
  const out = process.env.ACTIONS_OUT;
  if (!out) return;
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify({ budget: BUDGET, actions: figures }, null, 2)}\n`);
});

it('quiz: load, answer taps, Next, Back and Skip each stay within one setData under 4 KiB', async () => {
  const { rendered: quiz, recorder, load } = await renderRecorded('pages/quiz/quiz');
  record('quiz: load', load);
  await tapIn(quiz, '#step', '#opt-enterprise');
  record('quiz: answer (single choice, moves on)', recorder.take());
  await quiz.tap('#back');
  recorder.take();
  await tapIn(quiz, '#step', '#opt-individual');
  record('quiz: change answer', recorder.take());
  await quiz.tap('#back');
  recorder.take();
  await quiz.tap('#next');
  record('quiz: next', recorder.take());
  await tapIn(quiz, '#step', '#opt-service');
  record('quiz: answer (multiple choice)', recorder.take());
  await quiz.tap('#back');
  record('quiz: back', recorder.take());
  await quiz.tap('#next');
  recorder.take();
  // The trade, right after the goals, is optional.
  await quiz.tap('#next');
  record('quiz: next to an optional question', recorder.take());
  await quiz.tap('#skip');
  record('quiz: skip', recorder.take());
  quiz.detach();
});

it('result: load of the largest result and opening the poster stay within one setData under 4 KiB', async () => {
  const g = globalThis as unknown as { wx: Record<string, unknown> };
  g.wx.createOffscreenCanvas = () => ({
    getContext: () => new Proxy({}, { get: () => () => ({ width: 10 }) }),
    createImage: () => ({}),
  });
  g.wx.canvasToTempFilePath = (o: { success: (r: { tempFilePath: string }) => void }) =>
    o.success({ tempFilePath: 'wxfile://poster.png' });
  const { rendered, recorder, load } = await renderRecorded(
    'pages/result/result',
    BUDGET_QUERIES['pages/result/result'],
  );
  record('result: load (largest zh result)', load);
  await rendered.tap('#poster');
  await new Promise((r) => setTimeout(r, 5));
  record('result: open poster', recorder.take());
  await rendered.tap('#poster-close');
  record('result: close poster', recorder.take());
  rendered.detach();
});
