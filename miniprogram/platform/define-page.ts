import { waitingData } from '../domain/guide/opening-view';
import { t } from '../domain/i18n/strings';
import { Lang } from '../domain/text';
import { currentLang, saveLang, setPageTitle } from './language';
import { loadAppEnglish, onLateEnglish, onLateRows } from './subpackages';

/**
 * The one way a page is written. Pages are Component()s (so miniprogram-simulate renders them), and this
 * wrapper gives each the same behaviour: it reads the language on load and again on onShow (it may have been
 * switched on another page), keeps the page's own state out of `data` (only what is rendered crosses to the
 * view layer), sets the title and answers WeChat's share hooks from the page's domain-built payloads.
 * A page supplies only its mapping: state from the query, data from the state, and its handlers.
 */
export type Query = Record<string, string | undefined>;
export type Data = Record<string, unknown>;

/**
 * A page's context. `V` is what its handlers read back from `data`: the view's fields they use, plus any a handler
 * adds (declared optional), so handlers read typed data instead of casting it.
 */
export interface PageContext<S, V extends object = Data> {
  lang: Lang;
  state: S;
  /** What the page rendered (read it, change it through setData). */
  readonly data: Readonly<V>;
  setData(patch: Data, callback?: () => void): void;
  /** Switches the app's language (saved for every page) and shows this page in it. */
  setLang(lang: Lang): void;
}

export interface PageSpec<S, V extends object = Data> {
  /**
   * The state of a page opened with this query; odd queries give a usable state, never an exception. It may read
   * (the query, storage) but never writes: what the page does on opening goes in ready().
   */
  init(query: Query, lang: Lang): S;
  /** Everything the page shows for a state, in one setData (with at least the fields V names). */
  view(state: S, lang: Lang): V & Data;
  title(state: S, lang: Lang): string;
  /** The state to show after the language changed on another page (default: the same state). */
  relang?(state: S, lang: Lang): S;
  /**
   * What handlers show over the view (an open dialog, a drawn poster), with the values that close it. The view
   * does not carry these, so a language change would leave them on screen, built in the old language: it closes them.
   */
  overlays?: Data;
  /**
   * A subpackage the page needs before anything else runs (platform/subpackages.ts loadLibrary): init, view and the
   * handlers wait until `waitFor` says it is there. Meanwhile the page shows `waiting` (domain/guide/opening-view),
   * and after a failed download the same line with a retry (the onRetryWaiting handler). Already there: no wait.
   */
  waitFor?(done: (ok: boolean) => void): void;
  /** After each full render (load, language change): e.g. open the page a QR code asked for, draw the share card. */
  ready?(ctx: PageContext<S, V>): void;
  share?(
    state: S,
    lang: Lang,
  ): WechatMiniprogram.Page.ICustomShareContent | WechatMiniprogram.Page.IAsyncCustomShareContent;
  timeline?(state: S, lang: Lang): WechatMiniprogram.Page.ICustomTimelineContent;
  /** Event handlers from the WXML, by name; each gets the page context and the event. */
  handlers?: Record<string, (ctx: PageContext<S, V>, event: PageEvent) => unknown>;
}

/** What handlers read from WeChat events: the tapped element's data-* and a component event's detail. */
export interface PageEvent {
  currentTarget?: { dataset?: Record<string, unknown> };
  detail?: unknown;
}

export function datasetOf(event: PageEvent): Record<string, unknown> {
  return (event && event.currentTarget && event.currentTarget.dataset) || {};
}

// What WeChat's page instance holds: the data the view set (V, as definePage checks it) and setData.
type Instance<V> = { data: V; setData(patch: Data, callback?: () => void): void };

export function definePage<S, V extends object = Data>(spec: PageSpec<S, V>): void {
  type Ctx = PageContext<S, V>;
  type This = Instance<V>;
  const contexts = new WeakMap<object, Ctx>();
  const contextOf = (page: This): Ctx | undefined => contexts.get(page);
  // Pages waiting for their subpackage (spec.waitFor): the query to start with, and whether the line is shown.
  const waiting = new WeakMap<object, { query: Query; shown: boolean }>();
  // Every page waits for the English of the app's strings when the reader reads English (at once otherwise, or
  // once it is there), then for what its spec needs.
  const waitFor = (done: (ok: boolean) => void): void =>
    loadAppEnglish(() => (spec.waitFor ? spec.waitFor(done) : done(true)));

  // What each page last rendered in full, as JSON: English that arrives late renders a page again only if it changes it.
  const rendered = new WeakMap<Ctx, string>();
  const show = (ctx: Ctx, extra?: Data, callback?: () => void, view = spec.view(ctx.state, ctx.lang)): void => {
    rendered.set(ctx, JSON.stringify(view));
    ctx.setData({ ...view, ...extra }, callback);
    setPageTitle(spec.title(ctx.state, ctx.lang));
  };
  const ready = (ctx: Ctx): (() => void) | undefined => (spec.ready ? () => spec.ready?.(ctx) : undefined);
  /**
   * English that arrived after the page rendered its Chinese (platform/subpackages.ts besideEnglish): the page
   * renders again as after a language change, when what it shows changes (a result's reasons, not home's cards).
   */
  const englishCame = (ctx: Ctx): void => {
    if (ctx.lang === 'en') cameLate(ctx);
  };
  /** Rows that arrived (or failed) after the page rendered without them (a Chinese reader's plan, its steps). */
  const cameLate = (ctx: Ctx): void => {
    const state = spec.relang ? spec.relang(ctx.state, ctx.lang) : ctx.state;
    const view = spec.view(state, ctx.lang);
    if (JSON.stringify(view) === rendered.get(ctx)) return;
    ctx.state = state;
    show(ctx, spec.overlays, ready(ctx), view);
  };
  const changeLang = (ctx: Ctx, lang: Lang): void => {
    ctx.lang = lang;
    if (spec.relang) ctx.state = spec.relang(ctx.state, lang);
    const render = (): void => show(ctx, spec.overlays, ready(ctx));
    // What the new language needs of the page's subpackages comes first (an English reader's facts, which a
    // Chinese reader never downloaded); the page is already there, so it renders whatever the answer.
    waitFor(render);
  };

  // What stops a rendered page hearing of English that arrives after its Chinese (it then renders again).
  const unhear = new WeakMap<object, () => void>();
  const leave = (page: This): void => {
    unhear.get(page)?.();
    unhear.delete(page);
  };

  const methods: Record<string, (this: This, ...args: never[]) => unknown> = {
    onLoad(this: This, query?: Query) {
      waitThenStart(this, query ?? {});
    },
    onUnload(this: This) {
      leave(this);
    },
    /** The retry of a failed download (the waiting line's button). */
    onRetryWaiting(this: This) {
      const pending = waiting.get(this);
      if (pending && !contextOf(this)) waitThenStart(this, pending.query);
    },
    onShow(this: This) {
      const ctx = contextOf(this);
      const lang = currentLang();
      if (ctx && lang !== ctx.lang) changeLang(ctx, lang);
    },
  };

  /**
   * Waits for what the page needs (its English, its subpackage), then starts it; says that it loads only when the
   * wait is not over at once.
   */
  function waitThenStart(page: This, query: Query): void {
    const pending = { query, shown: false };
    waiting.set(page, pending);
    let settled = false;
    waitFor((ok) => {
      settled = true;
      if (ok) {
        waiting.delete(page);
        // The first full render also takes the waiting line away, when one was shown.
        start(page, query, pending.shown ? { waiting: null } : undefined);
      } else {
        pending.shown = true;
        page.setData(waitingData(currentLang(), true));
      }
    });
    if (!settled) {
      pending.shown = true;
      page.setData(waitingData(currentLang(), false));
      // The page's own title needs its state; until then the app's name, in the reader's language.
      setPageTitle(t('app.title', currentLang()));
    }
  }

  function start(page: This, query: Query, extra?: Data): void {
    const lang = currentLang();
    const ctx: Ctx = {
      lang,
      state: spec.init(query, lang),
      get data() {
        return page.data;
      },
      setData: (patch, callback) => page.setData(patch, callback),
      setLang(next) {
        saveLang(next);
        if (next !== ctx.lang) changeLang(ctx, next);
      },
    };
    contexts.set(page, ctx);
    // An English reader's page renders once its Chinese is there; English that comes later shows as it comes.
    const unhearEnglish = onLateEnglish(() => englishCame(ctx));
    const unhearRows = onLateRows(() => cameLate(ctx));
    unhear.set(page, () => {
      unhearEnglish();
      unhearRows();
    });
    show(ctx, extra, ready(ctx));
  }
  if (spec.share) {
    const share = spec.share;
    methods.onShareAppMessage = function onShareAppMessage(this: This) {
      const ctx = contextOf(this);
      return ctx ? share(ctx.state, ctx.lang) : undefined;
    };
  }
  if (spec.timeline) {
    const timeline = spec.timeline;
    methods.onShareTimeline = function onShareTimeline(this: This) {
      const ctx = contextOf(this);
      return ctx ? timeline(ctx.state, ctx.lang) : undefined;
    };
  }
  for (const [name, handler] of Object.entries(spec.handlers ?? {})) {
    methods[name] = function handle(this: This, event?: PageEvent) {
      const ctx = contextOf(this);
      return ctx ? handler(ctx, event ?? {}) : undefined;
    };
  }
  // A page unloads as a component detaches (miniprogram-simulate's pages only detach).
  Component({
    methods,
    lifetimes: {
      detached(this: This) {
        leave(this);
      },
    },
  });
}
