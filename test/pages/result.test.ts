import fc from 'fast-check';
import { QUESTIONS, sanitizeAnswers } from '../../miniprogram/domain/quiz/questionnaire';
import { resultLoadData } from '../../miniprogram/domain/result-views/result-view';
import { recommend } from '../../miniprogram/domain/recommendation/recommender';
import { decodeAnswers, encodeAnswers } from '../../miniprogram/domain/links/share-codec';
import { encodeScene } from '../helpers/scene';
import { resultPath } from '../../miniprogram/domain/links/routes';
import { PROGRESS_KEY } from '../../miniprogram/platform/quiz-progress';
import { answersArb } from '../domain/answers-arbitrary';
import { renderRecorded } from '../helpers/set-data-recorder';
import { renderPage, Rendered } from '../helpers/simulate';
import { installWxMock, WxMock } from '../helpers/wx-mock';
import { queryOf } from './quiz-walk';
import { SAMPLE } from './sample-result';
import { PERSONAS } from '../domain/personas';

type Fn = (...args: unknown[]) => unknown;
const g = globalThis as unknown as { wx: Record<string, unknown> };

let mock: WxMock;
beforeEach(() => {
  mock = installWxMock();
});

const completeAnswersArb = answersArb.filter((a) => QUESTIONS.every((q) => q.optional || a[q.id] !== undefined));
const CODE = encodeAnswers(SAMPLE);
const OWN_PROGRESS = { v: 1, step: 2, answers: { entity: 'media', goals: ['content'] } };

interface ShareMessage {
  title: string;
  path: string;
  imageUrl?: string;
  promise?: Promise<{ title: string; path: string; imageUrl: string }>;
}
const share = (page: Rendered): ShareMessage => (page.page.onShareAppMessage as () => ShareMessage).call(page.page);

/** A fake 2d offscreen canvas whose export succeeds with the given temp path. */
function fakeCanvas(tempFilePath: string, texts: string[] = [], images: string[] = []): void {
  const ctx = new Proxy(
    {
      measureText: (s: string) => ({ width: Array.from(s).length * 20 }),
      fillText: (s: string) => texts.push(s),
      drawImage: (img: { src: string }) => images.push(img.src),
    } as Record<string, unknown>,
    { get: (target, key: string) => (key in target ? target[key] : () => undefined), set: () => true },
  );
  g.wx.createOffscreenCanvas = jest.fn(() => ({
    getContext: () => ctx,
    createImage: () =>
      new Proxy({} as Record<string, unknown>, {
        set(target, key: string, value) {
          target[key] = value;
          if (key === 'src') setTimeout(() => (target.onload as Fn)(), 0);
          return true;
        },
      }),
  }));
  g.wx.canvasToTempFilePath = jest.fn((o: { success: Fn }) => o.success({ tempFilePath }));
}

const flush = () => new Promise((r) => setTimeout(r, 5));

describe('result page', () => {
  it('shows the top pick with score and reasons, blockers and cautions, runner-up, why not the others, combinations and next steps', async () => {
    const page = await renderPage('pages/result/result', { a: CODE, own: '1' });
    const view = resultLoadData(recommend(SAMPLE), SAMPLE, 'zh', false).payload.view;
    const text = page.text();
    expect(view.top).not.toBeNull();
    expect(text).toContain('推荐你开通');
    expect(text).toContain(`${view.top?.name}匹配度 ${view.top?.score}`);
    expect(text).toContain('因为你说');
    for (const reason of view.top?.reasons ?? []) expect(text).toContain(reason.t);
    for (const caution of view.cautions) expect(text).toContain(caution.t);
    expect(text).toContain(`备选${view.runnerUp?.name}`);
    expect(text).toContain('为什么不是其他类型');
    for (const other of view.others) expect(text).toContain(other.why.t);
    for (const line of view.combinations) expect(text).toContain(line);
    for (const step of view.nextSteps) expect(text).toContain(step.line.t);
    expect(text).not.toContain('这是朋友分享给你的结果');
    page.detach();
  });

  it('links each next step to its type page, and retake restarts the quiz, which asks before clearing', async () => {
    mock.storage.set(PROGRESS_KEY, OWN_PROGRESS);
    const page = await renderPage('pages/result/result', { a: CODE, own: '1' });
    const links = page.$$('.step-link');
    expect(links.length).toBeGreaterThan(0);
    links[0].dispatchEvent('tap');
    await flush();
    const type = resultLoadData(recommend(SAMPLE), SAMPLE, 'zh', false).payload.view.nextSteps.find(
      (s) => s.type,
    )?.type;
    expect(mock.navigateTo).toHaveBeenCalledWith(
      expect.objectContaining({ url: `/pages/account/account?type=${type}` }),
    );
    await page.tap('#retake');
    // The unfinished quiz is the quiz page's to clear, after asking (test/pages/quiz.test.ts).
    expect(mock.storage.get(PROGRESS_KEY)).toEqual(OWN_PROGRESS);
    expect(mock.reLaunch).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/quiz/quiz?restart=1' }));
    page.detach();
  });

  it('shares a card whose path decodes to the same answers, with the drawn 5:4 image', async () => {
    const texts: string[] = [];
    fakeCanvas('wxfile://card.png', texts);
    await fc.assert(
      fc.asyncProperty(completeAnswersArb, async (answers) => {
        const page = await renderPage('pages/result/result', { a: encodeAnswers(answers), own: '1' });
        await flush();
        const message = share(page);
        const view = resultLoadData(recommend(answers), answers, 'zh', false);
        expect(message.title).toBe(view.title);
        expect(message.path).toBe(resultPath(encodeAnswers(answers), false));
        expect(decodeAnswers(queryOf(message.path).a)).toEqual({
          ok: true,
          answers: sanitizeAnswers(answers),
          legacy: false,
          lost: [],
        });
        if (view.view.setup.kind !== 'none') {
          expect(message.imageUrl).toBe('wxfile://card.png');
          expect(g.wx.createOffscreenCanvas).toHaveBeenCalledWith(
            expect.objectContaining({ type: '2d', width: 500, height: 400 }),
          );
          expect(texts.join('')).toContain(view.view.setup.headline.slice(0, 8));
        } else {
          expect(message.imageUrl).toBe('/platform/poster/share-card.png');
        }
        page.detach();
      }),
      { numRuns: 10 },
    );
  }, 120_000);

  it('uses the bundled card where there is no offscreen canvas', async () => {
    delete g.wx.createOffscreenCanvas;
    const page = await renderPage('pages/result/result', { a: CODE });
    await flush();
    expect(share(page)).toEqual({
      title: resultLoadData(recommend(SAMPLE), SAMPLE, 'zh', false).title,
      path: resultPath(encodeAnswers(SAMPLE), false),
      imageUrl: '/platform/poster/share-card.png',
    });
    page.detach();
  });

  it('hands WeChat a promise of the card while it is still being drawn', async () => {
    // The card is the first drawing asked for (the Moments image follows): keep its callback.
    let finish: ((r: { tempFilePath: string }) => void) | null = null;
    fakeCanvas('unused');
    g.wx.canvasToTempFilePath = jest.fn((o: { success: (r: { tempFilePath: string }) => void }) => {
      finish ??= o.success;
    });
    const page = await renderPage('pages/result/result', { a: CODE });
    await flush();
    const message = share(page);
    expect(message.imageUrl).toBe('/platform/poster/share-card.png');
    expect(message.promise).toBeInstanceOf(Promise);
    finish!({ tempFilePath: 'wxfile://late.png' });
    await expect(message.promise).resolves.toEqual({
      title: message.title,
      path: message.path,
      imageUrl: 'wxfile://late.png',
    });
    page.detach();
  });

  it('opened from a shared path shows exactly the sharer\'s result, with "take the quiz yourself"', async () => {
    await fc.assert(
      fc.asyncProperty(completeAnswersArb, async (answers) => {
        mock = installWxMock();
        const sharer = await renderPage('pages/result/result', { a: encodeAnswers(answers), own: '1' });
        const path = share(sharer).path;
        sharer.detach();
        // Another phone: its own, unrelated progress in storage.
        mock = installWxMock();
        mock.storage.set(PROGRESS_KEY, OWN_PROGRESS);
        const friend = await renderPage(path.slice(1).split('?')[0], queryOf(path));
        expect(friend.page.data.view).toEqual(sharer.page.data.view);
        expect(friend.page.data.shared).toBe(true);
        expect(friend.text()).toContain('这是朋友分享给你的结果');
        await friend.tap('#take-quiz');
        expect(mock.navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/quiz/quiz' }));
        expect(mock.storage.get(PROGRESS_KEY)).toEqual(OWN_PROGRESS);
        friend.detach();
      }),
      { numRuns: 6 },
    );
  }, 120_000);

  it('opens a result from a mini program code scene (URL-encoded), and a type scene on its type page', async () => {
    const scene = encodeURIComponent(encodeScene({ kind: 'result', answers: SAMPLE }));
    const page = await renderPage('pages/result/result', { scene });
    expect(page.page.data.view).toEqual(resultLoadData(recommend(SAMPLE), SAMPLE, 'zh', false).payload.view);
    expect(page.page.data.shared).toBe(true);
    page.detach();
    const typeScene = await renderPage('pages/result/result', { scene: encodeURIComponent('t=service') });
    expect(mock.redirectTo).toHaveBeenCalledWith(
      expect.objectContaining({ url: '/pages/account/account?type=service' }),
    );
    // Until WeChat swaps the page, it says what is happening rather than showing nothing.
    expect(typeScene.text()).toBe('正在打开链接…');
    typeScene.detach();
  });

  const damaged: [string, Record<string, string>][] = [
    ['a truncated code', { a: CODE.slice(0, 4) }],
    ['a tampered code', { a: CODE.slice(0, 2) + (CODE[2] === 'x' ? 'y' : 'x') + CODE.slice(3) }],
    ['an empty code', { a: '' }],
    ['a code with foreign characters', { a: '1%zz!' }],
    ['a future version', { a: `9${CODE.slice(1)}` }],
    ['a valid but incomplete code', { a: encodeAnswers({ entity: 'media' }) }],
    ['a damaged scene', { scene: 'r%3D1ab' }],
    ['a malformed scene encoding', { scene: '%E0%A4%A' }],
    ['an unknown scene kind', { scene: 'x=1' }],
    ['an unknown type scene', { scene: 't=weibo' }],
  ];
  it.each(damaged)(
    'shows the "link is damaged" notice and the quiz for %s, keeping the own progress',
    async (_name, query) => {
      mock.storage.set(PROGRESS_KEY, OWN_PROGRESS);
      const page = await renderPage('pages/result/result', query);
      expect(page.page.data.state).toBe('damaged');
      expect(page.text()).toContain('这个链接已损坏或不完整');
      expect(page.$('#take-quiz')).toBeDefined();
      await page.tap('#take-quiz');
      expect(mock.navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/quiz/quiz' }));
      expect(mock.storage.get(PROGRESS_KEY)).toEqual(OWN_PROGRESS);
      expect(mock.removeStorageSync).not.toHaveBeenCalled();
      page.detach();
    },
  );

  it('treats any single-character change of a share code as damaged, never as an error or another result', async () => {
    await fc.assert(
      fc.asyncProperty(
        completeAnswersArb,
        fc.nat(),
        fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-%'),
        async (answers, at, ch) => {
          const code = encodeAnswers(answers);
          const i = at % code.length;
          if (code[i] === ch) return;
          const tampered = code.slice(0, i) + ch + code.slice(i + 1);
          mock = installWxMock();
          const page = await renderPage('pages/result/result', { a: tampered });
          // The check character catches every single-character change.
          expect(page.page.data.state).toBe('damaged');
          page.detach();
        },
      ),
      { numRuns: 15 },
    );
  }, 120_000);

  it('without a code shows the own finished quiz, else an invitation to start', async () => {
    const empty = await renderPage('pages/result/result');
    expect(empty.page.data.state).toBe('empty');
    expect(empty.text()).toContain('还没有测试结果');
    empty.detach();
    mock.storage.set(PROGRESS_KEY, { v: 2, step: 8, answers: SAMPLE });
    const own = await renderPage('pages/result/result');
    expect(own.page.data.view).toEqual(resultLoadData(recommend(SAMPLE), SAMPLE, 'zh', false).payload.view);
    own.detach();
  });

  it('shares to Moments with the same query where supported, and hides Moments otherwise', async () => {
    const showShareMenu = jest.fn();
    g.wx.showShareMenu = showShareMenu;
    const page = await renderPage('pages/result/result', { a: CODE });
    // Moments asks at once: the bundled 1:1 image until the drawn one is ready.
    expect((page.page.onShareTimeline as () => unknown).call(page.page)).toEqual({
      title: resultLoadData(recommend(SAMPLE), SAMPLE, 'zh', false).title,
      query: `a=${CODE}`,
      imageUrl: '/platform/poster/share-timeline.png',
    });
    page.detach();
    expect(showShareMenu).toHaveBeenLastCalledWith(
      expect.objectContaining({ menus: ['shareAppMessage', 'shareTimeline'] }),
    );
    g.wx.canIUse = jest.fn((s: string) => s !== 'onShareTimeline');
    (await renderPage('pages/result/result', { a: CODE })).detach();
    expect(showShareMenu).toHaveBeenLastCalledWith(expect.objectContaining({ menus: ['shareAppMessage'] }));
  });

  it('shares to Moments a 1:1 image of the result, drawn like the card', async () => {
    const texts: string[] = [];
    fakeCanvas('wxfile://moments.png', texts);
    const page = await renderPage('pages/result/result', { a: CODE });
    await flush();
    expect(g.wx.createOffscreenCanvas).toHaveBeenCalledWith(expect.objectContaining({ width: 500, height: 500 }));
    expect((page.page.onShareTimeline as () => { imageUrl: string }).call(page.page).imageUrl).toBe(
      'wxfile://moments.png',
    );
    expect(texts.join('')).toContain(
      resultLoadData(recommend(SAMPLE), SAMPLE, 'zh', false).view.setup.headline.slice(0, 8),
    );
    page.detach();
  });

  it.each([
    [
      'the Moments scene, on a base library without getApiCategory',
      () => {
        delete g.wx.getApiCategory;
        g.wx.getLaunchOptionsSync = () => ({ path: 'pages/result/result', query: {}, scene: 1154 });
      },
    ],
    ['wx.getApiCategory', () => (g.wx.getApiCategory = () => 'browseOnly')],
  ])('opened from Moments (%s), shows the result with one line instead of every action', async (_name, enter) => {
    enter();
    g.wx.showShareMenu = jest.fn();
    const page = await renderPage('pages/result/result', { a: CODE });
    await flush();
    const text = page.text();
    expect(text).toContain(resultLoadData(recommend(SAMPLE), SAMPLE, 'zh', true).view.setup.headline);
    expect(text).toContain('在小程序里打开，测一测自己的结果');
    for (const id of ['#take-quiz', '#open-plan', '#share', '#poster', '#retake']) expect(page.$(id)).toBeUndefined();
    expect(page.$$('.step-link')).toHaveLength(0);
    // A stray event does nothing: no navigation is tried in single-page mode.
    for (const handler of ['onOpenPlan', 'onTakeQuiz', 'onRetake', 'onPoster'])
      await (page.page[handler] as (e?: unknown) => unknown).call(page.page);
    (page.page.onOpenType as (e: unknown) => void).call(page.page, { currentTarget: { dataset: { type: 'service' } } });
    expect(mock.navigateTo).not.toHaveBeenCalled();
    expect(mock.reLaunch).not.toHaveBeenCalled();
    expect(g.wx.showShareMenu).not.toHaveBeenCalled();
    page.detach();
    // The next test starts from an ordinary launch.
    delete g.wx.getApiCategory;
    g.wx.getLaunchOptionsSync = () => ({ path: 'pages/home/home', query: {}, scene: 1001 });
  });

  it('keeps the load within one setData under 4 KiB for the largest English result too', async () => {
    g.wx.getAppBaseInfo = () => ({ language: 'en_US' });
    const { rendered, load } = await renderRecorded('pages/result/result', { a: '10OyrD' });
    expect(rendered.text()).toContain('We recommend');
    expect(load.calls).toBe(1);
    expect(load.bytes).toBeLessThan(4096);
    rendered.detach();
  });
});

describe('what the result page shows of each type', () => {
  it('prints reasons, never drawbacks, on the chat card and the poster', async () => {
    // P2 without developers: the main part (a mini program) has drawbacks (no one to build it yet) and reasons.
    const answers = { ...PERSONAS.P2, build: 'unsure' as const };
    const view = resultLoadData(recommend(answers), answers, 'zh', false).view;
    expect(view.top!.drawbacks.length).toBeGreaterThan(0);
    const texts: string[] = [];
    fakeCanvas('wxfile://card.png', texts);
    const page = await renderPage('pages/result/result', { a: encodeAnswers(answers), own: '1' });
    await flush();
    await page.tap('#poster');
    await flush();
    const drawn = texts.join('');
    expect(drawn).toContain(`· ${view.top!.reasons[0].t.slice(0, 10)}`);
    for (const drawback of view.top!.drawbacks) expect(drawn).not.toContain(drawback.t.slice(0, 10));
    page.detach();
  });

  it('marks a blocked type as not open, never with a fit score', async () => {
    const page = await renderPage('pages/result/result', { a: encodeAnswers(PERSONAS.P1), own: '1' });
    const scores = page.$$('.other-score').map((s) => s.dom.textContent);
    expect(scores).toEqual(['匹配度 28/100', '不可选', '不可选']);
    expect(page.text()).not.toContain('匹配度 0');
    page.detach();
  });
});

describe('result poster', () => {
  async function openPoster(): Promise<Rendered> {
    fakeCanvas('wxfile://poster.png');
    const page = await renderPage('pages/result/result', { a: CODE, own: '1' });
    await page.tap('#poster');
    await flush();
    return page;
  }

  it('draws a tall poster with the result, previews it and saves it to the album', async () => {
    const texts: string[] = [];
    fakeCanvas('wxfile://poster.png', texts);
    const page = await renderPage('pages/result/result', { a: CODE, own: '1' });
    await page.tap('#poster');
    await flush();
    expect(g.wx.createOffscreenCanvas).toHaveBeenLastCalledWith(expect.objectContaining({ width: 750, height: 1200 }));
    const view = resultLoadData(recommend(SAMPLE), SAMPLE, 'zh', false).view;
    expect(texts).toEqual(
      expect.arrayContaining([view.setup.headline, `匹配度 ${view.top?.score}/100`, `备选：${view.runnerUp?.name}`]),
    );
    // No code image configured: the short link text instead.
    expect(texts.join('')).toContain('微信账号选型指南');
    expect(page.page.data.poster).toBe('wxfile://poster.png');
    g.wx.previewImage = jest.fn();
    page.$('.poster-image')?.dispatchEvent('tap');
    await flush();
    expect(g.wx.previewImage).toHaveBeenCalledWith(expect.objectContaining({ urls: ['wxfile://poster.png'] }));
    g.wx.saveImageToPhotosAlbum = jest.fn((o: { success: Fn }) => o.success({}));
    await page.tap('#poster-save');
    await flush();
    expect(g.wx.saveImageToPhotosAlbum).toHaveBeenCalledWith(
      expect.objectContaining({ filePath: 'wxfile://poster.png' }),
    );
    expect(mock.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已保存到相册' }));
    await page.tap('#poster-close');
    expect(page.page.data.poster).toBe('');
    page.detach();
  });

  it('draws the configured mini program code image on the poster', async () => {
    jest.doMock('../../miniprogram/config', () => ({ POSTER_CODE_IMAGE: '/assets/mp-code.png' }));
    try {
      const images: string[] = [];
      fakeCanvas('wxfile://poster.png', [], images);
      const page = await renderPage('pages/result/result', { a: CODE, own: '1' });
      await page.tap('#poster');
      await flush();
      expect(images).toEqual(['/assets/mp-code.png']);
      page.detach();
    } finally {
      jest.dontMock('../../miniprogram/config');
    }
  });

  it('explains a refused album permission and offers the settings, then saves once allowed', async () => {
    const page = await openPoster();
    let allowed = false;
    g.wx.saveImageToPhotosAlbum = jest.fn((o: { success: Fn; fail: Fn }) =>
      allowed ? o.success({}) : o.fail({ errMsg: 'saveImageToPhotosAlbum:fail auth deny' }),
    );
    g.wx.openSetting = jest.fn((o: { success: Fn }) => {
      allowed = true;
      o.success({ authSetting: { 'scope.writePhotosAlbum': true } });
    });
    await page.tap('#poster-save');
    await flush();
    expect(mock.showModal).toHaveBeenCalledWith(
      expect.objectContaining({ title: '需要相册权限', confirmText: '去设置' }),
    );
    expect(g.wx.openSetting).toHaveBeenCalled();
    expect(g.wx.saveImageToPhotosAlbum).toHaveBeenCalledTimes(2);
    expect(mock.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已保存到相册' }));
    page.detach();
  });

  it('does nothing more when the user declines to open the settings', async () => {
    const page = await openPoster();
    g.wx.saveImageToPhotosAlbum = jest.fn((o: { fail: Fn }) =>
      o.fail({ errMsg: 'saveImageToPhotosAlbum:fail authorize no response' }),
    );
    g.wx.openSetting = jest.fn();
    mock.showModal.mockImplementationOnce((o: { success: Fn }) => o.success({ confirm: false, cancel: true }));
    await page.tap('#poster-save');
    await flush();
    expect(mock.showModal).toHaveBeenCalledTimes(1);
    expect(g.wx.openSetting).not.toHaveBeenCalled();
    expect(g.wx.saveImageToPhotosAlbum).toHaveBeenCalledTimes(1);
    expect(page.page.data.poster).toBe('wxfile://poster.png');
    page.detach();
  });

  it('says so when the poster cannot be drawn', async () => {
    delete g.wx.createOffscreenCanvas;
    const page = await renderPage('pages/result/result', { a: CODE, own: '1' });
    await page.tap('#poster');
    await flush();
    expect(page.page.data.poster).toBeFalsy();
    expect(page.$('.poster-layer')).toBeUndefined();
    expect(mock.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '海报生成失败，请稍后再试' }));
    page.detach();
  });
});
