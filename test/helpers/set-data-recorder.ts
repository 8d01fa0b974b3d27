import { Buffer } from 'buffer';
import { renderPage, type Rendered } from './simulate';

/** What the page sent to the view layer during one user action. */
export interface SetDataTake {
  calls: number;
  /** UTF-8 bytes of the JSON payloads, summed: what crosses from the logic to the view layer. */
  bytes: number;
  payloads: Record<string, unknown>[];
}

export interface SetDataRecorder {
  /** The calls since the previous take() (or since recording started), then starts a new action. */
  take(): SetDataTake;
  /** Puts the page's own setData back. */
  stop(): void;
}

type SetData = (data: Record<string, unknown>, callback?: () => void) => void;
type Instance = { setData: SetData; data: Record<string, unknown> };

export const jsonBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');

/**
 * Wraps a rendered page's instance-level setData:
 * `const rec = recordSetData(rendered); await rendered.tap('.next'); rec.take() // → { calls, bytes }`.
 */
export function recordSetData(target: { page: Rendered['page'] }): SetDataRecorder {
  const instance = target.page as unknown as Instance;
  const original = instance.setData;
  let payloads: Record<string, unknown>[] = [];
  instance.setData = function recordedSetData(this: unknown, data, callback) {
    // A copy, so later mutation by the page does not change what was measured.
    payloads.push(JSON.parse(JSON.stringify(data)) as Record<string, unknown>);
    return original.call(this, data, callback);
  };
  return {
    take() {
      const taken = payloads;
      payloads = [];
      return { calls: taken.length, bytes: taken.reduce((sum, p) => sum + jsonBytes(p), 0), payloads: taken };
    },
    stop() {
      instance.setData = original;
    },
  };
}

interface ComponentDefinition {
  methods?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface RecordedRender {
  rendered: Rendered;
  recorder: SetDataRecorder;
  /** setData during the first load (onLoad then onShow). */
  load: SetDataTake;
  /** Bytes of the page's initial `data` (sent with the first render, before onLoad). */
  initialDataBytes: number;
}

/**
 * renderPage with the recorder in place before onLoad runs, so the first load counts as an action.
 * It hooks the global Component() registration of the page while it loads; only the page's own onLoad is
 * ever called by renderPage, so that is the instance that gets recorded.
 */
export async function renderRecorded(
  relPath: string,
  query: Record<string, string> = {},
  render: (relPath: string, query: Record<string, string>) => Promise<Rendered> = renderPage,
): Promise<RecordedRender> {
  const g = globalThis as unknown as { Component: (definition: ComponentDefinition) => unknown };
  const register = g.Component;
  let recorder: SetDataRecorder | undefined;
  let initialDataBytes = -1;
  g.Component = (definition) => {
    const onLoad = definition.methods?.onLoad;
    if (typeof onLoad !== 'function') return register(definition);
    return register({
      ...definition,
      methods: {
        ...definition.methods,
        onLoad(this: Rendered['page'], ...args: unknown[]) {
          if (!recorder) {
            initialDataBytes = jsonBytes(this.data);
            recorder = recordSetData({ page: this });
          }
          return (onLoad as (...a: unknown[]) => unknown).apply(this, args);
        },
      },
    });
  };
  let rendered: Rendered;
  try {
    rendered = await render(relPath, query);
  } finally {
    g.Component = register;
  }
  if (!recorder) {
    initialDataBytes = jsonBytes(rendered.page.data);
    recorder = recordSetData(rendered);
  }
  return { rendered, recorder, load: recorder.take(), initialDataBytes };
}
