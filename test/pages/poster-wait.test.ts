import type * as PosterModule from '../../miniprogram/platform/poster/poster';
import { POSTER_SIZE } from '../../miniprogram/platform/poster/share-image';
import { t } from '../helpers/strings';
import { loadingImage, PixelCanvas } from '../helpers/pixel-canvas';
import { Rendered, renderPage, sleep } from '../helpers/simulate';
import { installWxMock, WxMock } from '../helpers/wx-mock';

/**
 * The drawing of the share images and the poster is a subpackage of its own (platform/poster), which no cold start
 * downloads: the result page starts it once it is on screen. Here it downloads late or not at all: the page reads
 * whole, a share goes out with WeChat's own screenshot instead of a drawn or bundled image, the poster tap says
 * it could not make the poster, and the next tap tries again.
 */
const requirePoster = jest.fn<PromiseLike<typeof PosterModule>, []>();
jest.mock('../../miniprogram/platform/async-modules', () => ({
  ...jest.requireActual('../helpers/async-modules'),
  requirePoster: () => requirePoster(),
}));
const POSTER = jest.requireActual<typeof PosterModule>('../../miniprogram/platform/poster/poster');

type Fn = (...args: unknown[]) => unknown;
const g = globalThis as unknown as { wx: Record<string, unknown> };
let wxMock: WxMock;
beforeEach(() => {
  wxMock = installWxMock();
  requirePoster.mockReset();
  const canvas = new PixelCanvas(POSTER_SIZE.width, POSTER_SIZE.height);
  g.wx.createOffscreenCanvas = jest.fn(() => ({ getContext: () => canvas, createImage: loadingImage }));
  g.wx.canvasToTempFilePath = jest.fn((o: { success?: Fn }) => o.success?.({ tempFilePath: 'wxfile://drawn.png' }));
});

const CODE = '2BHqqJ';
const share = (page: Rendered) => (page.page.onShareAppMessage as () => Record<string, unknown>).call(page.page);
const timeline = (page: Rendered) => (page.page.onShareTimeline as () => Record<string, unknown>).call(page.page);
const failed = () => Promise.reject({ mod: 'platform/poster/poster.js', errMsg: 'loadSubpackage: fail' });

it('starts downloading once the result is on screen, and shares what it drew once it is there', async () => {
  let finish = (): void => undefined;
  requirePoster.mockReturnValueOnce(new Promise((resolve) => (finish = () => resolve(POSTER))));
  const page = await renderPage('pages/result/result', { a: CODE });
  expect(page.text()).toContain(t('result.headline', 'zh'));
  expect(requirePoster).toHaveBeenCalledTimes(1);
  // Asked before it arrived: WeChat's screenshot now, the drawn card through the promise.
  const early = share(page);
  expect(early.imageUrl).toBeUndefined();
  finish();
  await sleep(5);
  await expect(early.promise).resolves.toMatchObject({ imageUrl: 'wxfile://drawn.png' });
  expect(share(page).imageUrl).toBe('wxfile://drawn.png');
  page.detach();
});

it('leaves the images to WeChat when it does not download, and the poster tap tries again', async () => {
  requirePoster.mockImplementationOnce(failed);
  const page = await renderPage('pages/result/result', { a: CODE, own: '1' });
  await sleep(5);
  expect(page.text()).toContain(t('result.headline', 'zh'));
  expect(share(page)).not.toHaveProperty('imageUrl');
  expect(timeline(page)).not.toHaveProperty('imageUrl');
  requirePoster.mockImplementationOnce(failed);
  await page.tap('#poster');
  await sleep(5);
  expect(wxMock.showToast).toHaveBeenLastCalledWith(expect.objectContaining({ title: t('result.posterFailed', 'zh') }));
  expect(page.$('.poster-layer')).toBeUndefined();
  requirePoster.mockReturnValueOnce(Promise.resolve(POSTER));
  await page.tap('#poster');
  await sleep(5);
  expect(page.$('.poster-layer')).toBeDefined();
  expect(requirePoster).toHaveBeenCalledTimes(3);
  page.detach();
});
