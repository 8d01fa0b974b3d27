import type * as EngineModule from '../domain/recommendation/engine';
import type * as ResultViewsModule from '../domain/result-views/result-views';
import type * as LibraryModule from '../domain/library/library';
import type * as GuideViewsModule from '../domain/guide-views/guide-views';
import type * as SourcesModule from '../domain/sources/sources';
import type * as PosterModule from './poster/poster';
import { addAppEnglish } from '../domain/i18n/strings';
import { isStepsRow } from '../domain/row-types';
import { addEnglish } from '../domain/text';
import type { StepsWait } from '../domain/library/plan/plan-view';
import {
  requireAppEn,
  requireEngine,
  requireEngineEn,
  requireFactItem,
  requireFacts,
  requireFactsEn,
  requireGuideViews,
  requireLibrary,
  requireLibraryEn,
  requirePlanEn,
  requirePoster,
  requireQuizEn,
  requireResultViews,
  requireSources,
  requireSteps,
  requireStepsEn,
} from './async-modules';
import { currentLang } from './language';

/** The library subpackage's module (domain/library/library.ts): facts, sources and the views built on them. */
export type Library = typeof LibraryModule;
/** The guide views subpackage's module (domain/guide-views/guide-views.ts): a type's page, compare, about, overseas. */
export type GuideViews = typeof GuideViewsModule;
/** The recommendation subpackage's module (domain/recommendation/engine.ts): the rules and the recommender. */
export type Engine = typeof EngineModule;
/** The result-views subpackage's module (domain/result-views/result-views.ts): what a result shows. */
export type ResultViews = typeof ResultViewsModule;
/** The sources subpackage's module (domain/sources/sources.ts): the Sources table, for drawers and the about page. */
export type Sources = typeof SourcesModule;
/** The poster subpackage's module (platform/poster/poster.ts): the share images' drawing and the QR encoder. */
export type Poster = typeof PosterModule;

/**
 * A subpackage with no pages of its own, loaded with require.async (WeChat downloads it on first use; preloadRule
 * cannot name a subpackage without pages, so pages prefetch it). `load` calls `done` with whether it is there: at
 * once when it already is, else when the download ends; a failed download or a base library without
 * require.async gives false, and the page says so and offers a retry. `arrived` runs once, when the module is first
 * there, before anyone is told (an English package hands its texts over then).
 */
function asyncPackage<T>(requireIt: () => PromiseLike<T>, arrived?: (mod: T) => void) {
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
            arrived?.(mod);
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
const GUIDE_VIEWS = asyncPackage(requireGuideViews);
const ENGINE = asyncPackage(requireEngine);
const RESULT_VIEWS = asyncPackage(requireResultViews);
const SOURCES = asyncPackage(requireSources);
const POSTER = asyncPackage(requirePoster);
const FACT_ITEM = asyncPackage(requireFactItem);
// Handed over once, as it arrives: the main package's strings and the cards' texts.
const APP_EN = asyncPackage(requireAppEn, (en) => {
  addAppEnglish(en.APP_EN);
  addEnglish(en.APP_TEXTS_EN);
});

// The questions' English, handed over once, as it arrives (a result or plan on screen then shows it).
const QUIZ_EN = asyncPackage(requireQuizEn, (en) => {
  addEnglish(en.QUIZ_TEXTS_EN);
  englishArrived();
});

type AsyncPackage<T> = ReturnType<typeof asyncPackage<T>>;

/** What a page waits for: `done(true)` once it is there, `done(false)` when it could not download. */
export type Loader = (done: (ok: boolean) => void) => void;

/** Who is told when English arrives after what it translates: the pages on screen, which render again. */
const lateEnglish = new Set<() => void>();

/** Calls `listener` each time English arrives for what is already there; returns what stops it. */
export function onLateEnglish(listener: () => void): () => void {
  lateEnglish.add(listener);
  return () => lateEnglish.delete(listener);
}

function englishArrived(): void {
  for (const listener of [...lateEnglish]) listener();
}

/**
 * An English-only package a page waits for, for an English reader: `done` at once for a Chinese reader or once it
 * is there. It never fails a page: without it those texts read in Chinese, and the next page tries again.
 */
const forEnglishReader =
  <T>(english: AsyncPackage<T>): Loader =>
  (done) => {
    if (currentLang() !== 'en') done(true);
    else english.load(() => done(true));
  };

/**
 * The English of what a page shows, which it does not wait for: for an English reader it starts the download and
 * `done` comes at once, so the page renders as soon as the Chinese is there. It usually arrives first (it is the
 * smaller); when it comes later, it is handed over then and the pages on screen render again (onLateEnglish).
 */
const besideEnglish =
  <T>(english: AsyncPackage<T>): Loader =>
  (done) => {
    if (currentLang() === 'en') english.load(() => undefined);
    done(true);
  };

/**
 * Starts every download at once (a cold start waits for the slowest, not for their sum); `done` once all ended:
 * true when all are there.
 */
const together =
  (...loaders: Loader[]): Loader =>
  (done) => {
    let left = loaders.length;
    let all = true;
    for (const load of loaders)
      load((ok) => {
        all = all && ok;
        left -= 1;
        if (left === 0) done(all);
      });
  };

/** Runs `hand` once, the first time `ready` says it can (a package's texts or rows go in once); says whether it ran. */
function handOnce(ready: () => boolean, hand: () => void): () => boolean {
  let handed = false;
  return () => {
    if (!handed && ready()) {
      hand();
      handed = true;
    }
    return handed;
  };
}

/**
 * Loads `main`, and for an English reader starts its English beside it, handed to `main` by `add` once both are
 * there. Only `main` decides: until the English is there, or when it does not download, those texts read in
 * Chinese (and the next load tries again).
 */
function withEnglish<M, E>(
  main: AsyncPackage<M>,
  requireEnglish: () => PromiseLike<E>,
  add: (into: M, from: E) => void,
): Loader {
  const hand = handOnce(
    () => english.ifLoaded() !== null && main.ifLoaded() !== null,
    () => add(main.get(), english.get()),
  );
  const english = asyncPackage(requireEnglish, () => {
    if (hand()) englishArrived();
  });
  return (done) =>
    together(
      main.load,
      besideEnglish(english),
    )((ok) => {
      if (ok) hand();
      done(ok);
    });
}

/**
 * The English of the main package's strings and texts (domain/app-en), which every page waits for before it
 * renders (platform/define-page.ts).
 */
export const loadAppEnglish = forEnglishReader(APP_EN);

/** The English of the questions (domain/quiz-en), which the quiz waits for: its questions are all it shows. */
export const loadQuiz = forEnglishReader(QUIZ_EN);
/** The same, not waited for: a result and a plan show the answers in Chinese until it is there. */
const quizBeside = besideEnglish(QUIZ_EN);

/** The library, with its English (domain/library-en) for an English reader. */
export const loadLibrary = withEnglish(LIBRARY, requireLibraryEn, (library, en) => {
  library.addEnglish(en.LIBRARY_TEXTS_EN);
  library.addEnglishStrings(en.LIBRARY_EN);
});
export const lib = LIBRARY.get;
/** The library, or null before it loads (a component that may be tapped early). */
export const libIfLoaded = LIBRARY.ifLoaded;

/**
 * Loads the library and, with `load`, a package beside it; `hand` runs once, the first time both are there (a
 * subpackage cannot require the library, so what it needs of it, or gives it, goes across here).
 */
function besideLibrary<T>(pkg: AsyncPackage<T>, load: Loader, hand: (library: Library, mod: T) => void): Loader {
  const handed = handOnce(
    () => LIBRARY.ifLoaded() !== null && pkg.ifLoaded() !== null,
    () => hand(LIBRARY.get(), pkg.get()),
  );
  return (done) =>
    together(
      loadLibrary,
      load,
    )((ok) => {
      if (ok) handed();
      done(ok);
    });
}

/**
 * The library with the views of a type's page, compare, about and overseas (domain/guide-views), which read it
 * once it is handed in (a plan shows none of them, so they are not in the library it waits for).
 */
export const loadGuide = besideLibrary(GUIDE_VIEWS, GUIDE_VIEWS.load, (library, views) => views.useLibrary(library));
export const guide = GUIDE_VIEWS.get;

/** The engine: the recommender, whose words only a result shows (a plan and the comparison read no English of it). */
export const loadEngine = ENGINE.load;
export const engine = ENGINE.get;

/** The result's views, with the English of what they show (domain/engine-en) for an English reader. */
const loadResultViews = withEnglish(RESULT_VIEWS, requireEngineEn, (views, en) => {
  views.addEnglish(en.ENGINE_TEXTS_EN);
  views.addEnglishStrings(en.ENGINE_EN);
});
export const resultViews = RESULT_VIEWS.get;

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

/**
 * A subpackage of rows and its English, downloaded beside the library (all at once) and handed to it once they
 * and the library are there: `addRows` the rows, `addEnglish` their English (an English reader's, waited for with
 * the rows, which mostly fill a page after it rendered; without it they read in Chinese and the next load tries
 * again). `handed` says whether the rows are in the library.
 */
function rowsPackage<R, E>(
  requireRows: () => PromiseLike<R>,
  requireEnglish: () => PromiseLike<E>,
  addRows: (rows: R) => void,
  addEnglish: (en: E) => void,
) {
  const rows = asyncPackage(requireRows);
  const handed = handOnce(
    () => rows.ifLoaded() !== null && LIBRARY.ifLoaded() !== null,
    () => addRows(rows.get()),
  );
  const handEnglish = handOnce(
    () => handed() && english.ifLoaded() !== null,
    () => addEnglish(english.get()),
  );
  const english = asyncPackage(requireEnglish);
  const load: Loader = (done) =>
    together(
      loadLibrary,
      rows.load,
      forEnglishReader(english),
    )((ok) => {
      if (ok && handed()) handEnglish();
      done(ok);
    });
  return { load, handed };
}

const STEPS = rowsPackage(
  requireSteps,
  requireStepsEn,
  (steps) => lib().addRows('steps', steps.STEP_ROWS),
  (en) => {
    lib().addEnglish(en.STEPS_TEXTS_EN);
    lib().addEnglishStrings(en.ROW_PAGES_EN);
  },
);
const FACTS = rowsPackage(
  requireFacts,
  requireFactsEn,
  (facts) => lib().addRows('facts', facts.ALL_FACTS),
  (en) => lib().addEnglish(en.FACTS_TEXTS_EN),
);

/**
 * The library with the launch steps and companions (domain/steps, and domain/steps-en for an English reader, with
 * the words of the pages that wait for rows): all a plan reads.
 */
export const loadSteps = STEPS.load;

/**
 * The library with every row (the steps, and domain/facts with domain/facts-en for an English reader): what a page
 * needs that lists facts from its first render (about, overseas), and what a type page fills its sections from.
 */
export const loadFacts = together(loadSteps, FACTS.load);
/** The guide views and every row: about and overseas list facts from their first render. */
export const loadGuideAndFacts = together(loadGuide, loadFacts);
/** Whether these rows are in the library (a source drawer opened early waits for them). */
export const rowsIfLoaded = (ids: readonly string[]): boolean =>
  STEPS.handed() && (ids.every(isStepsRow) || FACTS.handed());

/** The engine and the rows, for the comparison (its fit from the engine; its words come with the rows' English). */
export const loadEngineAndFacts = together(loadEngine, loadGuideAndFacts);

/**
 * A result: the engine and its views, and the questions' English beside them (its answers are the questions'
 * options).
 */
export const loadResult = together(loadEngine, loadResultViews, quizBeside);

/** Who is told when a plan's steps arrive or fail after it rendered without them: the plans on screen. */
const lateRows = new Set<() => void>();

/** Calls `listener` each time the steps settle for a plan that did not wait for them; returns what stops it. */
export function onLateRows(listener: () => void): () => void {
  lateRows.add(listener);
  return () => lateRows.delete(listener);
}

let stepsFailed = false;

/** Where the steps are for a plan that did not wait for them (its groups say so). */
export const stepsWait = (): StepsWait => (STEPS.handed() ? '' : stepsFailed ? 'failed' : 'loading');

/** Starts the steps' download (again) for a plan on screen, which renders again when it settles. */
export function fetchSteps(): void {
  stepsFailed = false;
  loadSteps((ok) => {
    stepsFailed = !ok;
    for (const listener of [...lateRows]) listener();
  });
}

/**
 * The steps, for a plan: it renders without waiting for them (its head and summary need none; they are the smaller
 * download and mostly there first) and fills in as they come, an English reader's with their English (steps-en).
 */
const planSteps: Loader = (done) => {
  if (!STEPS.handed()) fetchSteps();
  done(true);
};

/**
 * The English of the plan's own words and of what it says to prepare (domain/plan-en), which an English reader's
 * plan waits for (at once for a Chinese reader), handed to the library once both are there.
 */
const PLAN_EN = asyncPackage(requirePlanEn);
const planEnglish = besideLibrary(PLAN_EN, forEnglishReader(PLAN_EN), (library, en) => {
  library.addEnglishStrings(en.PLAN_EN);
  library.addEnglish(en.PREPARE_EN);
});

/**
 * A plan: its setup from the engine, the library with the English of its words, its steps (above), and the
 * questions' English beside them.
 */
export const loadPlan = together(loadEngine, planEnglish, planSteps, quizBeside);

/** The rows and the sources: for the about page (its list of sources is the whole table). */
export const loadFactsAndSources = together(loadGuideAndFacts, loadSources);

/** For a source drawer: these rows, and the sources (a plan's steps and companions need none of the facts). */
export const loadRowsAndSources = (ids: readonly string[]): Loader =>
  together(ids.every(isStepsRow) ? loadSteps : loadFacts, loadSources);

/**
 * Starts the downloads in the background, for the pages a reader is likely to open next: the library with its
 * rows and the guide views, and the component that shows them (a page of facts renders its placeholder until that
 * subpackage is there).
 */
export function prefetchLibrary(): void {
  loadGuideAndFacts(() => undefined);
  FACT_ITEM.load(() => undefined);
}

/**
 * What a result waits for, and for an English reader the quiz's English: for the quiz and a result, a reader's next
 * pages.
 */
export function prefetchEngine(): void {
  loadResult(() => undefined);
  loadQuiz(() => undefined);
}

/** For pages that show facts, once they rendered: a source drawer then opens without a wait. */
export function prefetchSources(): void {
  loadSources(() => undefined);
}
