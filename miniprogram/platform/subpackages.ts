import type * as EngineModule from '../domain/recommendation/engine';
import type * as LibraryModule from '../domain/library/library';
import type * as SourcesModule from '../domain/sources/sources';
import type * as PosterModule from './poster/poster';
import {
  requireEngine,
  requireEngineEn,
  requireLibrary,
  requireLibraryEn,
  requirePoster,
  requireSources,
} from './async-modules';
import { currentLang } from './language';

/** The library subpackage's module (domain/library/library.ts): facts, sources and the views built on them. */
export type Library = typeof LibraryModule;
/** The recommendation subpackage's module (domain/recommendation/engine.ts): the rules and the result's views. */
export type Engine = typeof EngineModule;
/** The sources subpackage's module (domain/sources/sources.ts): the Sources table, for drawers and the about page. */
export type Sources = typeof SourcesModule;
/** The poster subpackage's module (platform/poster/poster.ts): the share images' drawing and the QR encoder. */
export type Poster = typeof PosterModule;

/**
 * A subpackage with no pages of its own, loaded with require.async (WeChat downloads it on first use; preloadRule
 * cannot name a subpackage without pages, so pages prefetch it). `load` calls `done` with whether it is there: at
 * once when it already is, else when the download ends; a failed download or a base library without
 * require.async gives false, and the page says so and offers a retry.
 */
function asyncPackage<T>(requireIt: () => PromiseLike<T>) {
  let loaded: T | null = null;
  // Who waits for the download under way (a prefetch and a page may ask at once): one require.async serves them all.
  let pending: ((ok: boolean) => void)[] | null = null;
  const settle = (ok: boolean): void => {
    const waiting = pending ?? [];
    pending = null;
    for (const done of waiting) done(ok);
  };
  return {
    load(done: (ok: boolean) => void): void {
      if (loaded) {
        done(true);
        return;
      }
      if (pending) {
        pending.push(done);
        return;
      }
      pending = [done];
      try {
        // `.then` only, no Promise wrapper: a module that is already there (jest's stand-in) answers synchronously.
        requireIt().then(
          (mod) => {
            loaded = mod;
            settle(true);
          },
          () => settle(false),
        );
      } catch {
        settle(false);
      }
    },
    /** The loaded module. Only for code that runs after `load` said true (a page's spec with waitFor). */
    get(): T {
      // A programming error (a spec without waitFor), never shown: definePage runs the spec only once it loaded.
      if (!loaded) throw new Error('subpackage.notLoaded');
      return loaded;
    },
    ifLoaded: (): T | null => loaded,
  };
}

const LIBRARY = asyncPackage(requireLibrary);
const ENGINE = asyncPackage(requireEngine);
const SOURCES = asyncPackage(requireSources);
const LIBRARY_EN = asyncPackage(requireLibraryEn);
const ENGINE_EN = asyncPackage(requireEngineEn);
const POSTER = asyncPackage(requirePoster);

/**
 * The library, and for an English reader its English (domain/library-en) beside it. Only the library decides:
 * when the English does not download, the facts read in Chinese and the next load tries again.
 */
export function loadLibrary(done: (ok: boolean) => void): void {
  LIBRARY.load((ok) => {
    if (!ok || currentLang() !== 'en') {
      done(ok);
      return;
    }
    LIBRARY_EN.load((english) => {
      if (english) {
        const { LIBRARY_TEXTS_EN: facts, LIBRARY_EN: strings } = LIBRARY_EN.get();
        LIBRARY.get().addEnglish(facts);
        LIBRARY.get().addEnglishStrings(strings);
      }
      done(true);
    });
  });
}
export const lib = LIBRARY.get;
/** The library, or null before it loads (a component that may be tapped early). */
export const libIfLoaded = LIBRARY.ifLoaded;

/** The engine, and for an English reader its English (domain/engine-en) beside it, as loadLibrary does for facts. */
export function loadEngine(done: (ok: boolean) => void): void {
  ENGINE.load((ok) => {
    if (!ok || currentLang() !== 'en') {
      done(ok);
      return;
    }
    ENGINE_EN.load((english) => {
      if (english) {
        const { ENGINE_TEXTS_EN, ENGINE_EN: strings } = ENGINE_EN.get();
        ENGINE.get().addEnglish(ENGINE_TEXTS_EN);
        ENGINE.get().addEnglishStrings(strings);
      }
      done(true);
    });
  });
}
export const engine = ENGINE.get;

export const loadSources = SOURCES.load;
export const sources = SOURCES.get;
/** The sources, or null before they load (a drawer opened before the prefetch ended waits for them). */
export const sourcesIfLoaded = SOURCES.ifLoaded;

/**
 * The drawing of the share images and the poster, which the result page starts once it is on screen; a failed
 * download leaves the card to WeChat (a screenshot of the page) and the next poster tap tries again.
 */
export const loadPoster = POSTER.load;
export const posterIfLoaded = POSTER.ifLoaded;

/** Both, for the plan (its steps from the library, its setup from the engine). */
export function loadEngineAndLibrary(done: (ok: boolean) => void): void {
  loadEngine((ok) => (ok ? loadLibrary(done) : done(false)));
}

/** The library and the sources, for the about page (its list of sources is the whole table). */
export function loadLibraryAndSources(done: (ok: boolean) => void): void {
  loadLibrary((ok) => (ok ? loadSources(done) : done(false)));
}

/** Starts the downloads in the background, for the pages a reader is likely to open next. */
export function prefetchLibrary(): void {
  loadLibrary(() => undefined);
}

export function prefetchEngine(): void {
  loadEngine(() => undefined);
}

/** For pages that show facts, once they rendered: a source drawer then opens without a wait. */
export function prefetchSources(): void {
  loadSources(() => undefined);
}
