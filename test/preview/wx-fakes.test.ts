/**
 * Two fakes of wx: jest's (test/helpers/wx-mock.ts) and the browser preview's (preview/runtime/wx-shim.ts). Every
 * wx API the mini program's own code calls must be in both, and both must answer those calls alike: the same
 * values for the getters and storage where the app reads values, the same shapes (keys and types) where a fake
 * only stands in for a device, and success with the same result shape for the async APIs.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import * as fc from 'fast-check';
import { tsFiles } from '../helpers/source-literals';
import { createWxMock } from '../helpers/wx-mock';
import { createWxShim, ShimHost } from '../../preview/runtime/wx-shim';

const MP = path.resolve(__dirname, '../../miniprogram');

/**
 * What the app's code asks of wx, read from its syntax (comments and strings that mention `wx.x` do not count):
 * every `wx.<name>`, every name picked from `WechatMiniprogram.Wx` (code that takes wx as a parameter), and every
 * schema passed to canUse(…) or wx.canIUse(…).
 */
function scanApp(): { apis: Set<string>; schemas: Set<string> } {
  const apis = new Set<string>();
  const schemas = new Set<string>();
  for (const file of tsFiles(MP)) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2020, true);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'wx')
        apis.add(node.name.text);
      if (
        ts.isTypeReferenceNode(node) &&
        node.typeName.getText(source) === 'Pick' &&
        node.typeArguments?.[0].getText(source) === 'WechatMiniprogram.Wx'
      ) {
        const picked = node.typeArguments[1];
        const literals = ts.isUnionTypeNode(picked) ? picked.types : [picked];
        for (const t of literals)
          if (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal)) apis.add(t.literal.text);
      }
      if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteral(node.arguments[0])) {
        const callee = node.expression.getText(source);
        if (callee === 'canUse' || callee === 'wx.canIUse') schemas.add(node.arguments[0].text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { apis, schemas };
}

type Api = Record<string, unknown>;
type Fn = (...args: unknown[]) => unknown;

function fnOf(api: Api, name: string): Fn {
  const fn = api[name];
  if (typeof fn !== 'function') throw new Error(`wx.${name} is not a function in this fake`);
  return (...args: unknown[]) => (fn as Fn).apply(api, args);
}

/** A value's shape: its type, and for objects and arrays the shapes of what they hold, keys sorted. */
function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shapeOf);
  if (value === null) return 'null';
  if (typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((k) => [k, shapeOf((value as Api)[k])]),
    );
  return typeof value;
}

function fakes(): { mock: Api; shim: Api; shimOwn: string[] } {
  const host: ShimHost = {
    navigate: () => undefined,
    navigateBack: () => undefined,
    setTitle: () => undefined,
    toast: () => undefined,
    loading: () => undefined,
    modal: async () => true,
    showImage: () => undefined,
    settings: () => ({ language: 'zh_CN', theme: 'light', width: 375, height: 667 }),
    launchOptions: () => ({ path: 'pages/home/home', query: {}, scene: 1001, referrerInfo: {} }),
    selectorQuery: () => ({}),
    log: () => undefined,
  };
  localStorage.clear();
  const shim = createWxShim(host, localStorage);
  // The shim answers every other name with a soft "not available" stub: what it implements are its own keys.
  return { mock: createWxMock(), shim, shimOwn: Object.keys(shim) };
}

/** Calls an async API with callbacks; resolves with the callback that fired and its result. */
function callAsync(api: Api, name: string, opts: Api): Promise<{ callback: string; res: unknown }> {
  return new Promise((resolve) => {
    fnOf(
      api,
      name,
    )({
      ...opts,
      success: (res: unknown) => resolve({ callback: 'success', res }),
      fail: (res: unknown) => resolve({ callback: 'fail', res }),
    });
  });
}

/** How the app calls each async API (the options it passes); a canvas comes from the same fake. */
const ASYNC_CALLS: Record<string, (api: Api) => Api> = {
  navigateTo: () => ({ url: '/pages/quiz/quiz' }),
  redirectTo: () => ({ url: '/pages/result/result?a=x' }),
  reLaunch: () => ({ url: '/pages/home/home' }),
  navigateBack: () => ({ delta: 1 }),
  setNavigationBarTitle: () => ({ title: '选型' }),
  showToast: () => ({ title: '已保存', icon: 'success' }),
  showModal: () => ({ title: '标题', content: '内容', showCancel: true }),
  showShareMenu: () => ({ withShareTicket: false, menus: ['shareAppMessage', 'shareTimeline'] }),
  setClipboardData: () => ({ data: 'https://developers.weixin.qq.com/' }),
  requirePrivacyAuthorize: () => ({}),
  saveImageToPhotosAlbum: () => ({ filePath: 'wxfile://tmp/poster.png' }),
  previewImage: () => ({ urls: ['wxfile://tmp/poster.png'], current: 'wxfile://tmp/poster.png' }),
  openSetting: () => ({}),
  canvasToTempFilePath: (api) => ({
    canvas: fnOf(api, 'createOffscreenCanvas')({ type: '2d', width: 20, height: 10 }),
    x: 0,
    y: 0,
    width: 20,
    height: 10,
    destWidth: 20,
    destHeight: 10,
    fileType: 'png',
  }),
};

/** The synchronous getters, called as the app calls them. */
const GETTERS: Record<string, unknown[]> = {
  getAppBaseInfo: [],
  getSystemInfoSync: [],
  getWindowInfo: [],
  getDeviceInfo: [],
  getLaunchOptionsSync: [],
  getApiCategory: [],
};

/** Called with arguments the other tables cannot give: checked on their own below. */
const OTHERS = ['getStorageSync', 'setStorageSync', 'removeStorageSync', 'canIUse', 'createOffscreenCanvas'];

const { apis, schemas } = scanApp();

describe('the wx APIs the mini program calls', () => {
  it('are found in its code, not in its comments or texts', () => {
    for (const name of ['getStorageSync', 'navigateTo', 'showToast', 'getWindowInfo']) expect(apis).toContain(name);
    // Named in facts and comments only (wx.login, wx.qy.…, wx.zhishifufei.com.cn, onNeedPrivacyAuthorization).
    for (const name of ['login', 'qy', 'zhishifufei', 'onNeedPrivacyAuthorization']) expect(apis).not.toContain(name);
    expect(schemas).toEqual(new Set(['onShareTimeline', 'saveImageToPhotosAlbum', 'requirePrivacyAuthorize']));
  });

  it('are each called below the way the app calls them (a new one is added to both fakes and here)', () => {
    const known = new Set([...Object.keys(ASYNC_CALLS), ...Object.keys(GETTERS), ...OTHERS]);
    expect([...apis].filter((name) => !known.has(name))).toEqual([]);
  });

  it.each([...apis].sort())('has wx.%s in both fakes', (name) => {
    const { mock, shim, shimOwn } = fakes();
    expect(typeof mock[name]).toBe('function');
    expect(shimOwn).toContain(name);
    expect(typeof shim[name]).toBe('function');
  });
});

describe('both wx fakes answer alike', () => {
  it.each(Object.keys(GETTERS).filter((n) => apis.has(n)))('%s: the same shape', (name) => {
    const { mock, shim } = fakes();
    const fromMock = fnOf(mock, name)(...GETTERS[name]);
    const fromShim = fnOf(shim, name)(...GETTERS[name]);
    expect(shapeOf(fromMock)).toEqual(shapeOf(fromShim));
  });

  it('getApiCategory and getLaunchOptionsSync: the same ordinary launch', () => {
    const { mock, shim } = fakes();
    expect(fnOf(mock, 'getApiCategory')()).toBe('default');
    expect(fnOf(shim, 'getApiCategory')()).toBe('default');
    expect(fnOf(mock, 'getLaunchOptionsSync')()).toEqual(fnOf(shim, 'getLaunchOptionsSync')());
  });

  it('getAppBaseInfo and getSystemInfoSync: the same language and base library', () => {
    const { mock, shim } = fakes();
    for (const name of ['getAppBaseInfo', 'getSystemInfoSync']) {
      const pick = (api: Api) => {
        const info = fnOf(api, name)() as Api;
        return { language: info.language, SDKVersion: info.SDKVersion };
      };
      expect(pick(mock)).toEqual(pick(shim));
    }
  });

  it.each([...schemas].sort())('canIUse(%s): the same answer', (schema) => {
    const { mock, shim } = fakes();
    expect(fnOf(mock, 'canIUse')(schema)).toBe(true);
    expect(fnOf(shim, 'canIUse')(schema)).toBe(true);
  });

  it('createOffscreenCanvas: a canvas of the size asked for, with getContext and createImage', () => {
    const { mock, shim } = fakes();
    for (const api of [mock, shim]) {
      const canvas = fnOf(api, 'createOffscreenCanvas')({ type: '2d', width: 20, height: 10 }) as Api;
      expect([canvas.width, canvas.height, typeof canvas.getContext, typeof canvas.createImage]).toEqual([
        20,
        10,
        'function',
        'function',
      ]);
    }
  });

  describe('storage', () => {
    const VALUES: unknown[] = [
      'en',
      '',
      0,
      42.5,
      true,
      false,
      null,
      [],
      ['lp.svc.3', 'lp.mp.1'],
      { v: 3, answers: { who: 'enterprise', goals: ['sell', 'publish'] }, at: 2 },
      { nested: [{ a: [1, { b: null }] }] },
    ];

    it.each(VALUES.map((v) => [JSON.stringify(v), v]))('gives back %s as stored, in both', (_label, value) => {
      const { mock, shim } = fakes();
      for (const api of [mock, shim]) {
        fnOf(api, 'setStorageSync')('k', value);
        expect(fnOf(api, 'getStorageSync')('k')).toEqual(value);
      }
    });

    it('gives back any JSON value as stored, in both', () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          const { mock, shim } = fakes();
          fnOf(mock, 'setStorageSync')('k', value);
          fnOf(shim, 'setStorageSync')('k', value);
          const fromMock = fnOf(mock, 'getStorageSync')('k');
          expect(fromMock).toEqual(value);
          expect(fromMock).toEqual(fnOf(shim, 'getStorageSync')('k'));
        }),
        { numRuns: 50 },
      );
    });

    it('answers "" for a key never stored and for a removed one, in both', () => {
      const { mock, shim } = fakes();
      for (const api of [mock, shim]) {
        expect(fnOf(api, 'getStorageSync')('never')).toBe('');
        fnOf(api, 'setStorageSync')('gone', { a: 1 });
        fnOf(api, 'removeStorageSync')('gone');
        expect(fnOf(api, 'getStorageSync')('gone')).toBe('');
      }
    });

    it('keeps a copy: changing a value after storing it, or what was read, changes nothing stored', () => {
      const { mock, shim } = fakes();
      for (const api of [mock, shim]) {
        const record = { ticks: ['a'] };
        fnOf(api, 'setStorageSync')('k', record);
        record.ticks.push('b');
        (fnOf(api, 'getStorageSync')('k') as { ticks: string[] }).ticks.push('c');
        expect(fnOf(api, 'getStorageSync')('k')).toEqual({ ticks: ['a'] });
      }
    });

    it('refuses an empty key, in both', () => {
      const { mock, shim } = fakes();
      for (const api of [mock, shim]) expect(() => fnOf(api, 'setStorageSync')('', 1)).toThrow('setStorageSync:fail');
    });
  });

  describe('async APIs', () => {
    beforeEach(() => {
      // jsdom draws nothing: the shim's export reads an empty image.
      jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
      jest.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue('data:image/png;base64,');
    });
    afterEach(() => jest.restoreAllMocks());

    it.each(Object.keys(ASYNC_CALLS).filter((n) => apis.has(n)))(
      '%s: succeeds in both with the same result shape and errMsg',
      async (name) => {
        const { mock, shim } = fakes();
        const fromMock = await callAsync(mock, name, ASYNC_CALLS[name](mock));
        const fromShim = await callAsync(shim, name, ASYNC_CALLS[name](shim));
        expect(fromMock.callback).toBe('success');
        expect(fromShim).toMatchObject({ callback: 'success', res: { errMsg: `${name}:ok` } });
        expect(shapeOf(fromMock.res)).toEqual(shapeOf(fromShim.res));
        expect((fromMock.res as Api).errMsg).toBe(`${name}:ok`);
      },
    );
  });
});
