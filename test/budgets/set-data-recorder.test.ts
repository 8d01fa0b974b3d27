import * as path from 'path';
import type { Rendered, SimComponent } from '../helpers/simulate';
import { jsonBytes, recordSetData, renderRecorded } from '../helpers/set-data-recorder';
import { wxmlStats } from '../helpers/wxml-stats';

// miniprogram-simulate ships no types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const simulate = require('miniprogram-simulate') as {
  load(file: string, options: Record<string, unknown>): string;
  render(id: string): SimComponent;
  sleep(ms: number): Promise<void>;
};

// The fixture lives outside miniprogram/ so it never ships, hence its own loader (renderPage's root is miniprogram/).
const COUNTER = path.join(__dirname, 'fixtures/counter/counter');

async function renderFixture(file: string, query: Record<string, string>): Promise<Rendered> {
  let comp: SimComponent | undefined;
  jest.isolateModules(() => {
    comp = simulate.render(simulate.load(file, { rootPath: path.dirname(file) }));
  });
  if (!comp) throw new Error(`could not render ${file}`);
  const c = comp;
  const parent = document.createElement('div');
  document.body.appendChild(parent);
  c.attach(parent);
  (c.instance.onLoad as (q: Record<string, string>) => void).call(c.instance, query);
  await simulate.sleep(0);
  const $ = (s: string) => c.querySelector(s);
  return {
    comp: c,
    page: c.instance,
    text: () => c.dom.textContent ?? '',
    $,
    $$: (s) => c.querySelectorAll(s),
    async tap(s) {
      $(s)?.dispatchEvent('tap');
      await simulate.sleep(0);
    },
    detach: () => c.detach(),
  };
}

describe('setData recorder and WXML stats (on a fixture page)', () => {
  it('counts the onLoad setData of the first load', async () => {
    const { rendered, load, initialDataBytes } = await renderRecorded(COUNTER, { start: '7' }, renderFixture);
    expect(rendered.$('.count')?.dom.textContent).toBe('7');
    expect(load.calls).toBe(1);
    expect(load.payloads).toEqual([{ count: 7 }]);
    expect(load.bytes).toBe(jsonBytes({ count: 7 }));
    expect(initialDataBytes).toBe(jsonBytes({ count: 0, items: [] }));
    rendered.detach();
  });

  it('separates actions with take() and counts every call and byte (UTF-8)', async () => {
    const { rendered, recorder } = await renderRecorded(COUNTER, {}, renderFixture);
    await rendered.tap('.more');
    const more = recorder.take();
    expect(more.calls).toBe(2);
    expect(more.bytes).toBe(jsonBytes({ count: 1 }) + jsonBytes({ items: ['a', 'b'] }));
    await rendered.tap('.big');
    const big = recorder.take();
    expect(big.calls).toBe(1);
    // Chinese characters are 3 bytes each in UTF-8: the budget is on bytes, not string length.
    expect(big.bytes).toBeGreaterThan(JSON.stringify(big.payloads[0]).length);
    expect(recorder.take()).toEqual({ calls: 0, bytes: 0, payloads: [] });
    rendered.detach();
  });

  it('wraps an already rendered page too, and stop() restores it', async () => {
    const { rendered, recorder } = await renderRecorded(COUNTER, {}, renderFixture);
    recorder.stop();
    const again = recordSetData(rendered);
    await rendered.tap('.more');
    expect(again.take().calls).toBe(2);
    again.stop();
    await rendered.tap('.more');
    expect(again.take().calls).toBe(0);
    rendered.detach();
  });

  it('counts element nodes and depth below the page', async () => {
    const { rendered, recorder } = await renderRecorded(COUNTER, {}, renderFixture);
    // root > (count, more, big): 4 elements, depth 2.
    expect(wxmlStats(rendered)).toEqual({ nodes: 4, depth: 2 });
    await rendered.tap('.big');
    recorder.take();
    expect(wxmlStats(rendered)).toEqual({ nodes: 54, depth: 2 });
    rendered.detach();
  });
});
