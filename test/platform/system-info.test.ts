import * as fs from 'fs';
import * as path from 'path';
import { guardSystemInfo } from '../../miniprogram/platform/system-info';
import { renderPage } from '../helpers/simulate';
import { installWxMock } from '../helpers/wx-mock';

const g = globalThis as unknown as { wx: Record<string, unknown> };
const PAGES = (
  JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../miniprogram/app.json'), 'utf8')) as { pages: string[] }
).pages;
const failing = () => {
  throw new Error('getSystemInfoSync:fail');
};

beforeEach(() => {
  installWxMock();
});

describe('a failing wx.getSystemInfoSync', () => {
  it('would stop vant loading without the guard (why app.ts installs it)', () => {
    g.wx.getSystemInfoSync = failing;
    expect(() =>
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require('@vant/weapp/lib/common/utils');
      }),
    ).toThrow('getSystemInfoSync:fail');
  });

  it('answers from the newer APIs once guarded, and from defaults where they fail too', () => {
    g.wx.getSystemInfoSync = failing;
    guardSystemInfo(g.wx as unknown as WechatMiniprogram.Wx);
    const read = () => (g.wx.getSystemInfoSync as () => Record<string, unknown>)();
    expect(read()).toMatchObject({ windowWidth: 375, SDKVersion: '3.7.12', language: 'zh_CN' });
    g.wx.getWindowInfo = failing;
    g.wx.getDeviceInfo = failing;
    g.wx.getAppBaseInfo = failing;
    expect(read()).toMatchObject({ platform: 'unknown', SDKVersion: '3.6.0', windowWidth: 375 });
  });

  it('leaves a working one as it is', () => {
    const info = { platform: 'ios', SDKVersion: '3.8.0' };
    g.wx.getSystemInfoSync = () => info;
    guardSystemInfo(g.wx as unknown as WechatMiniprogram.Wx);
    expect((g.wx.getSystemInfoSync as () => unknown)()).toBe(info);
  });

  it.each(PAGES)('lets %s render', async (page) => {
    g.wx.getSystemInfoSync = failing;
    guardSystemInfo(g.wx as unknown as WechatMiniprogram.Wx);
    const rendered = await renderPage(page);
    expect(rendered.text().length).toBeGreaterThan(10);
    rendered.detach();
  });
});
