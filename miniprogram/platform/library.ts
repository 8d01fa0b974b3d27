import type * as LibraryModule from '../domain/library/library';
import { requireLibrary } from './async-modules';

/** The library subpackage's module (domain/library/library.ts): facts, sources and the views built on them. */
export type Library = typeof LibraryModule;

let loaded: Library | null = null;

/**
 * Loads the library subpackage (require.async; WeChat downloads it unless preloadRule already did) and calls
 * `done` with whether it is there: at once when it is already loaded, else when the download ends. A failed
 * download or a base library without require.async gives false; the page says so and offers a retry.
 */
export function loadLibrary(done: (ok: boolean) => void): void {
  if (loaded) {
    done(true);
    return;
  }
  try {
    // `.then` only, no Promise wrapper: a module that is already there (jest's stand-in) answers synchronously.
    requireLibrary().then(
      (mod) => {
        loaded = mod;
        done(true);
      },
      () => done(false),
    );
  } catch {
    done(false);
  }
}

/** The loaded library. Only for code that runs after loadLibrary said true (a page's spec with waitFor). */
export function lib(): Library {
  // A programming error (a spec without waitFor), never shown: definePage runs the spec only once it loaded.
  if (!loaded) throw new Error('library.notLoaded');
  return loaded;
}

/** The loaded library, or null before it loads (a component that may be tapped early). */
export function libIfLoaded(): Library | null {
  return loaded;
}

/**
 * Starts the library's download in the background, for the pages a reader is likely to open next. preloadRule
 * would do it, but WeChat preloads only subpackages with pages, and this one has none.
 */
export function prefetchLibrary(): void {
  loadLibrary(() => undefined);
}
