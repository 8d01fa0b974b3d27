import type * as FactsEnModule from '../../miniprogram/domain/facts-en/facts-en';
import { t } from '../helpers/strings';
import { renderPage, sleep } from '../helpers/simulate';
import { installWxMock, WxMock } from '../helpers/wx-mock';

/**
 * The facts' English is a subpackage of its own (domain/facts-en): an English reader's page that shows facts loads
 * it beside the library, a Chinese reader never does. If it does not download, the page still renders, its own
 * words in English and the facts in Chinese, and the next page that loads the library tries again.
 */
const requireFactsEn = jest.fn<PromiseLike<typeof FactsEnModule>, []>();
// Each page gets a library of its own, without the English test/setup.ts adds for the tests that read the domain.
jest.mock('../../miniprogram/platform/async-modules', () => ({
  ...jest.requireActual('../helpers/async-modules'),
  requireLibrary: () => {
    let library: unknown;
    jest.isolateModules(() => {
      library = jest.requireActual('../../miniprogram/domain/library/library');
    });
    return Promise.resolve(library);
  },
  requireFactsEn: () => requireFactsEn(),
}));
const FACTS_EN = jest.requireActual<typeof FactsEnModule>('../../miniprogram/domain/facts-en/facts-en');

let wxMock: WxMock;
beforeEach(() => {
  wxMock = installWxMock();
  requireFactsEn.mockReset();
});

/** The next download, ending when the test says so. */
function nextDownload(): { finish(): void; fail(): void } {
  let finish = (): void => undefined;
  let fail = (): void => undefined;
  requireFactsEn.mockReturnValueOnce(
    new Promise((resolve, reject) => {
      finish = () => resolve(FACTS_EN);
      fail = () => reject({ mod: 'domain/facts-en/facts-en.js', errMsg: 'loadSubpackage: fail timeout' });
    }),
  );
  return { finish: () => finish(), fail: () => fail() };
}

// The service account's first fact ("what it is"), in each language.
const WHO_ZH = '为企业和组织提供业务服务和用户管理';
const WHO_EN = 'Gives enterprises and organisations business services';

describe("an English reader's facts", () => {
  it('wait for their English beside the library, then read in English', async () => {
    wxMock.storage.set('lang.v1', 'en');
    const download = nextDownload();
    const page = await renderPage('pages/account/account', { type: 'service' });
    expect(page.text()).toContain(t('notice.loading', 'en'));
    download.finish();
    await sleep();
    expect(page.text()).toContain(t('section.decide', 'en'));
    expect(page.text()).toContain(WHO_EN);
    expect(page.text()).not.toContain(WHO_ZH);
    page.detach();
  });

  it('read in Chinese under English headings when their English does not download; the next page tries again', async () => {
    wxMock.storage.set('lang.v1', 'en');
    nextDownload().fail();
    const page = await renderPage('pages/account/account', { type: 'service' });
    await sleep();
    expect(page.text()).not.toContain(t('notice.loading', 'en'));
    expect(page.text()).not.toContain(t('notice.loadFailed', 'en'));
    expect(page.text()).toContain(t('section.decide', 'en'));
    expect(page.text()).toContain(WHO_ZH);
    page.detach();
    nextDownload().finish();
    const again = await renderPage('pages/account/account', { type: 'service' });
    await sleep();
    expect(again.text()).toContain(WHO_EN);
    again.detach();
  });

  it('are never downloaded for a Chinese reader', async () => {
    wxMock.storage.set('lang.v1', 'zh');
    const page = await renderPage('pages/account/account', { type: 'service' });
    expect(page.text()).toContain(WHO_ZH);
    expect(requireFactsEn).not.toHaveBeenCalled();
    page.detach();
  });
});
