import { installWxMock } from '../helpers/wx-mock';

/**
 * platform/subpackages.ts: a subpackage without pages loads once, whoever asks; a failed download is tried again by
 * the next request; a module already there answers at once.
 */
const requireLibrary = jest.fn<PromiseLike<unknown>, []>();
const requireFacts = jest.fn<PromiseLike<unknown>, []>();
const requireSteps = jest.fn<PromiseLike<unknown>, []>();
const requireEngine = jest.fn<PromiseLike<unknown>, []>();
const requirePlanEn = jest.fn<PromiseLike<unknown>, []>();
jest.mock('../../miniprogram/platform/async-modules', () => ({
  requireLibrary: () => requireLibrary(),
  requireFacts: () => requireFacts(),
  requireSteps: () => requireSteps(),
  requireEngine: () => requireEngine(),
  requirePlanEn: () => requirePlanEn(),
  requireSources: () => Promise.reject(new Error('unused')),
  requireLibraryEn: () => Promise.reject(new Error('unused')),
  requireEngineEn: () => Promise.reject(new Error('unused')),
}));

function freshPackages(): typeof import('../../miniprogram/platform/subpackages') {
  let mod: typeof import('../../miniprogram/platform/subpackages') | undefined;
  jest.isolateModules(() => {
    mod = jest.requireActual<typeof import('../../miniprogram/platform/subpackages')>(
      '../../miniprogram/platform/subpackages',
    );
  });
  return mod!;
}

/** Downloads that each end when the test calls its `ends[i]`, in the order they were asked for. */
function slowDownloads(): { ends: (() => void)[]; slow: (value: unknown) => Promise<unknown> } {
  const ends: (() => void)[] = [];
  return { ends, slow: (value) => new Promise((resolve) => ends.push(() => resolve(value))) };
}

/** A download that ends when the test says so. */
function download(): { finish(): void; fail(): void } {
  let finish = (): void => undefined;
  let fail = (): void => undefined;
  requireLibrary.mockReturnValueOnce(
    new Promise((resolve, reject) => {
      finish = () => resolve({ marker: 'library' });
      fail = () => reject({ errMsg: 'loadSubpackage: fail' });
    }),
  );
  return { finish: () => finish(), fail: () => fail() };
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  requireLibrary.mockReset();
  requireFacts.mockReset();
  requireSteps.mockReset();
  requireEngine.mockReset();
  requirePlanEn.mockReset();
});

it('serves a prefetch and a page with one download', async () => {
  const { loadLibrary, prefetchLibrary, libIfLoaded } = freshPackages();
  const first = download();
  const page = jest.fn();
  prefetchLibrary();
  loadLibrary(page);
  expect(requireLibrary).toHaveBeenCalledTimes(1);
  expect(page).not.toHaveBeenCalled();
  first.finish();
  await tick();
  expect(page).toHaveBeenCalledWith(true);
  expect(libIfLoaded()).toEqual({ marker: 'library' });
  const again = jest.fn();
  loadLibrary(again);
  expect(again).toHaveBeenCalledWith(true);
  expect(requireLibrary).toHaveBeenCalledTimes(1);
});

it('tells every waiter of a failed download, and the next request downloads again', async () => {
  const { loadLibrary, libIfLoaded } = freshPackages();
  const first = download();
  const a = jest.fn();
  const b = jest.fn();
  loadLibrary(a);
  loadLibrary(b);
  first.fail();
  await tick();
  expect([a.mock.calls, b.mock.calls]).toEqual([[[false]], [[false]]]);
  expect(libIfLoaded()).toBeNull();
  const second = download();
  const c = jest.fn();
  loadLibrary(c);
  second.finish();
  await tick();
  expect(c).toHaveBeenCalledWith(true);
  expect(requireLibrary).toHaveBeenCalledTimes(2);
});

it('says false at once where require.async is missing (the call throws)', () => {
  const { loadLibrary } = freshPackages();
  requireLibrary.mockImplementation(() => {
    throw new TypeError('require.async is not a function');
  });
  const done = jest.fn();
  loadLibrary(done);
  expect(done).toHaveBeenCalledWith(false);
});

it('downloads the rows beside the library and hands them in once it is there; a failed download is tried again', async () => {
  const { loadFacts, loadSteps, rowsIfLoaded } = freshPackages();
  const addRows = jest.fn();
  let library = (): void => undefined;
  requireLibrary.mockReturnValueOnce(new Promise((resolve) => (library = () => resolve({ addRows }))));
  const STEPS = [{ id: 'lp.svc.1' }];
  const FACTS = [{ id: 'svc.who' }];
  requireSteps.mockReturnValue(Promise.resolve({ STEP_ROWS: STEPS }));
  let fail = (): void => undefined;
  requireFacts.mockReturnValueOnce(new Promise((_, reject) => (fail = () => reject({ errMsg: 'fail' }))));
  const first = jest.fn();
  loadFacts(first);
  // All three download at once; the steps are there first, but wait for the library to go in.
  expect([requireLibrary, requireSteps, requireFacts].map((f) => f.mock.calls.length)).toEqual([1, 1, 1]);
  await tick();
  expect(addRows).not.toHaveBeenCalled();
  expect(rowsIfLoaded(['lp.svc.1'])).toBe(false);
  library();
  fail();
  await tick();
  expect(first).toHaveBeenCalledWith(false);
  expect(addRows.mock.calls).toEqual([['steps', STEPS]]);
  // A plan's rows are there; a type's are not.
  expect([rowsIfLoaded(['lp.svc.1', 'comp.shop']), rowsIfLoaded(['svc.who'])]).toEqual([true, false]);
  const plan = jest.fn();
  loadSteps(plan);
  expect(plan).toHaveBeenCalledWith(true);
  requireFacts.mockReturnValue(Promise.resolve({ ALL_FACTS: FACTS }));
  const [a, b] = [jest.fn(), jest.fn()];
  loadFacts(a);
  loadFacts(b);
  await tick();
  expect([a.mock.calls, b.mock.calls]).toEqual([[[true]], [[true]]]);
  expect(addRows.mock.calls).toEqual([
    ['steps', STEPS],
    ['facts', FACTS],
  ]);
  expect(rowsIfLoaded(['svc.who'])).toBe(true);
  loadFacts(jest.fn());
  expect(addRows).toHaveBeenCalledTimes(2);
  expect([requireLibrary, requireSteps, requireFacts].map((f) => f.mock.calls.length)).toEqual([1, 1, 2]);
});

it("starts a plan's downloads together, so a cold start waits for the slowest, not for their sum", async () => {
  const { loadPlan, onLateRows, stepsWait } = freshPackages();
  const { ends, slow } = slowDownloads();
  requireEngine.mockReturnValueOnce(slow({}));
  requireLibrary.mockReturnValueOnce(slow({ addRows: jest.fn() }));
  requireSteps.mockReturnValueOnce(slow({ STEP_ROWS: [] }));
  const done = jest.fn();
  const late = jest.fn();
  onLateRows(late);
  loadPlan(done);
  // The engine, the library and the steps are all asked for before any has arrived.
  expect(ends).toHaveLength(3);
  ends[0]();
  await tick();
  expect(done).not.toHaveBeenCalled();
  // A Chinese reader's plan renders once the engine and the library are there; its steps say they load.
  ends[1]();
  await tick();
  expect(done.mock.calls).toEqual([[true]]);
  expect(stepsWait()).toBe('loading');
  expect(late).not.toHaveBeenCalled();
  // They fill in as they come.
  ends[2]();
  await tick();
  expect(late).toHaveBeenCalledTimes(1);
  expect(stepsWait()).toBe('');
});

it("says a Chinese reader's plan steps failed, and fetches them again on a retry", async () => {
  const { loadPlan, fetchSteps, stepsWait } = freshPackages();
  requireEngine.mockReturnValue(Promise.resolve({}));
  requireLibrary.mockReturnValue(Promise.resolve({ addRows: jest.fn() }));
  requireSteps.mockReturnValueOnce(Promise.reject({ errMsg: 'loadSubpackage: fail' }));
  const done = jest.fn();
  loadPlan(done);
  await tick();
  expect(done.mock.calls).toEqual([[true]]);
  expect(stepsWait()).toBe('failed');
  requireSteps.mockReturnValueOnce(Promise.resolve({ STEP_ROWS: [] }));
  fetchSteps();
  expect(stepsWait()).toBe('loading');
  await tick();
  expect(stepsWait()).toBe('');
});

it("waits for the English of an English reader's plan words, not for its steps", async () => {
  installWxMock().storage.set('lang.v1', 'en');
  const { loadPlan, stepsWait } = freshPackages();
  const { ends, slow } = slowDownloads();
  const library = { addRows: jest.fn(), addEnglish: jest.fn(), addEnglishStrings: jest.fn() };
  requireEngine.mockReturnValueOnce(slow({}));
  requireLibrary.mockReturnValueOnce(slow(library));
  requirePlanEn.mockReturnValueOnce(slow({ PLAN_EN: { 'plan.title': 'Your launch plan' }, PREPARE_EN: {} }));
  requireSteps.mockReturnValueOnce(new Promise(() => undefined));
  const done = jest.fn();
  loadPlan(done);
  ends[0]();
  ends[1]();
  await tick();
  expect(done).not.toHaveBeenCalled();
  ends[2]();
  await tick();
  expect(done.mock.calls).toEqual([[true]]);
  expect(library.addEnglishStrings).toHaveBeenCalledWith({ 'plan.title': 'Your launch plan' });
  expect(stepsWait()).toBe('loading');
});
