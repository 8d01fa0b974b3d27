/**
 * The browser preview's wx shim (preview/runtime/wx-shim.ts) and page stack: storage keeps types like wx,
 * navigation follows WeChat's stack rules, and APIs the preview lacks fail softly with a clear message.
 */
import { PageStack, resolveUrl, MAX_STACK } from '../../preview/runtime/page-stack';
import { ShimHost, createWxShim, STORAGE_PREFIX } from '../../preview/runtime/wx-shim';

type Wx = Record<string, (...args: never[]) => unknown>;

function setup() {
  const events: string[] = [];
  const routes = ['pages/home/home', 'pages/quiz/quiz', 'pages/result/result'];
  const stack = new PageStack<string>(
    {
      mount: (route, query) => (events.push(`mount ${route} ${JSON.stringify(query)}`), route),
      unmount: (p) => void events.push(`unmount ${p}`),
      show: (p) => void events.push(`show ${p}`),
      hide: (p) => void events.push(`hide ${p}`),
    },
    routes,
  );
  const log = jest.fn();
  const host: ShimHost = {
    navigate: (kind, url) => void stack[kind](url),
    navigateBack: (delta) => {
      if (!stack.navigateBack(delta)) throw new Error('cannot navigate back at first page.');
    },
    setTitle: jest.fn(),
    toast: jest.fn(),
    loading: jest.fn(),
    modal: jest.fn(async () => true),
    showImage: jest.fn(),
    settings: () => ({ language: 'en', theme: 'dark', width: 375, height: 667 }),
    launchOptions: () => ({ path: 'pages/home/home', query: {}, scene: 1001, referrerInfo: {} }),
    selectorQuery: () => ({}),
    log,
  };
  localStorage.clear();
  const wx = createWxShim(host, localStorage) as unknown as Wx;
  return { wx, stack, events, log };
}

/** Calls an async wx API with callbacks and resolves with whichever one fired. */
function callback(
  fn: (opts: never) => unknown,
  opts: Record<string, unknown>,
): Promise<{ ok: boolean; errMsg: string }> {
  return new Promise((resolve) => {
    fn({
      ...opts,
      success: (r: { errMsg: string }) => resolve({ ok: true, errMsg: r.errMsg }),
      fail: (r: { errMsg: string }) => resolve({ ok: false, errMsg: r.errMsg }),
    } as never);
  });
}

describe('wx shim storage', () => {
  it('returns what was stored with its type, and "" for a missing key', () => {
    const { wx } = setup();
    wx.setStorageSync('answers' as never, { a: [1, 2], ok: true } as never);
    wx.setStorageSync('count' as never, 3 as never);
    expect(wx.getStorageSync('answers' as never)).toEqual({ a: [1, 2], ok: true });
    expect(wx.getStorageSync('count' as never)).toBe(3);
    expect(wx.getStorageSync('nothing' as never)).toBe('');
    expect(localStorage.getItem(`${STORAGE_PREFIX}count`)).toBe('{"v":3}');
    wx.removeStorageSync('count' as never);
    expect(wx.getStorageSync('count' as never)).toBe('');
    expect((wx.getStorageInfoSync() as { keys: string[] }).keys).toEqual(['answers']);
  });

  it('works promise-style when no callbacks are given', async () => {
    const { wx } = setup();
    await expect(wx.setStorage({ key: 'lang', data: 'en' } as never)).resolves.toMatchObject({
      errMsg: 'setStorage:ok',
    });
    await expect(wx.getStorage({ key: 'lang' } as never)).resolves.toMatchObject({ data: 'en' });
    await expect(wx.getStorage({ key: 'missing' } as never)).rejects.toMatchObject({
      errMsg: 'getStorage:fail data not found',
    });
  });
});

describe('wx shim navigation', () => {
  it('pushes, goes back, redirects and relaunches like the WeChat page stack', async () => {
    const { wx, stack, events } = setup();
    await callback(wx.reLaunch, { url: '/pages/home/home' });
    expect(await callback(wx.navigateTo, { url: '../quiz/quiz?step=1' })).toEqual({
      ok: true,
      errMsg: 'navigateTo:ok',
    });
    expect(stack.entries.map((e) => e.route)).toEqual(['pages/home/home', 'pages/quiz/quiz']);
    expect(stack.current()?.query).toEqual({ step: '1' });
    await callback(wx.redirectTo, { url: '/pages/result/result?r=abc' });
    expect(stack.entries.map((e) => e.route)).toEqual(['pages/home/home', 'pages/result/result']);
    await callback(wx.navigateBack, {});
    expect(stack.entries.map((e) => e.route)).toEqual(['pages/home/home']);
    expect(events).toEqual([
      'mount pages/home/home {}',
      'hide pages/home/home',
      'mount pages/quiz/quiz {"step":"1"}',
      'unmount pages/quiz/quiz',
      'mount pages/result/result {"r":"abc"}',
      'unmount pages/result/result',
      'show pages/home/home',
    ]);
  });

  it('fails (without throwing) for unknown pages, going back from the first page and a full stack', async () => {
    const { wx, stack } = setup();
    await callback(wx.reLaunch, { url: '/pages/home/home' });
    expect(await callback(wx.navigateTo, { url: '/pages/nope/nope' })).toEqual({
      ok: false,
      errMsg: 'navigateTo:fail page "pages/nope/nope" is not found',
    });
    expect((await callback(wx.navigateBack, {})).ok).toBe(false);
    for (let i = 1; i < MAX_STACK; i++) stack.navigateTo('/pages/quiz/quiz');
    expect((await callback(wx.navigateTo, { url: '/pages/quiz/quiz' })).errMsg).toMatch(/limit/);
    expect(stack.entries).toHaveLength(MAX_STACK);
  });

  it('resolves relative urls against the current route', () => {
    expect(resolveUrl('../result/result?x=1', 'pages/quiz/quiz')).toEqual({
      route: 'pages/result/result',
      query: { x: '1' },
    });
    expect(resolveUrl('/pages/home/home', 'pages/quiz/quiz')).toEqual({ route: 'pages/home/home', query: {} });
  });
});

describe('wx shim for APIs the preview lacks', () => {
  it('logs once and calls fail/complete instead of throwing', () => {
    const { wx, log } = setup();
    const fail = jest.fn();
    const complete = jest.fn();
    expect(() => wx.vibrateShort({ fail, complete } as never)).not.toThrow();
    wx.vibrateShort({} as never);
    expect(fail).toHaveBeenCalledWith({
      errMsg: 'vibrateShort:fail wx.vibrateShort is not available in the browser preview',
    });
    expect(complete).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith('wx.vibrateShort is not available in the browser preview');
  });

  it('is not mistaken for a thenable and reports what canIUse', () => {
    const { wx } = setup();
    expect((wx as Record<string, unknown>).then).toBeUndefined();
    expect('vibrateShort' in wx).toBe(false);
    expect(wx.canIUse('getStorageSync' as never)).toBe(true);
    expect(wx.canIUse('vibrateShort' as never)).toBe(false);
    expect(wx.getAppBaseInfo()).toMatchObject({ language: 'en', theme: 'dark' });
  });
});
