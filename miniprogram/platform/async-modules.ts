import type * as PosterModule from './poster/poster';
import type * as EngineModule from '../domain/recommendation/engine';
import type * as ResultViewsModule from '../domain/result-views/result-views';
import type * as LibraryModule from '../domain/library/library';
import type * as GuideViewsModule from '../domain/guide-views/guide-views';
import type * as SourcesModule from '../domain/sources/sources';
import type * as LibraryEnModule from '../domain/library-en/library-en';
import type * as EngineEnModule from '../domain/engine-en/engine-en';
import type * as FactItemProps from '../components/fact-item/props';
import type * as AppEnModule from '../domain/app-en/app-en';
import type * as FactsModule from '../domain/facts/facts';
import type * as QuizEnModule from '../domain/quiz-en/quiz-en';
import type * as FactsEnModule from '../domain/facts-en/facts-en';
import type * as StepsModule from '../domain/steps/steps';
import type * as StepsEnModule from '../domain/steps-en/steps-en';
import type * as PlanEnModule from '../domain/plan-en/plan-en';

// The modules that live in a subpackage no cold start downloads, each loaded by require.async (分包异步化) from a
// literal path, which is what WeChat's compiler follows into the other package. Throws (require.async is not a
// function) on a base library older than 2.11.2; callers fall back (platform/subpackages.ts). jest and the
// preview load the same files their own way (test/helpers/async-modules.ts, scripts/lib/wechat-esbuild-plugin.js).

export function requirePoster(): Promise<typeof PosterModule> {
  return require.async('./poster/poster.js') as Promise<typeof PosterModule>;
}

export function requireLibrary(): Promise<typeof LibraryModule> {
  return require.async('../domain/library/library.js') as Promise<typeof LibraryModule>;
}

export function requireGuideViews(): Promise<typeof GuideViewsModule> {
  return require.async('../domain/guide-views/guide-views.js') as Promise<typeof GuideViewsModule>;
}

export function requireEngine(): Promise<typeof EngineModule> {
  return require.async('../domain/recommendation/engine.js') as Promise<typeof EngineModule>;
}

export function requireResultViews(): Promise<typeof ResultViewsModule> {
  return require.async('../domain/result-views/result-views.js') as Promise<typeof ResultViewsModule>;
}

export function requireSources(): Promise<typeof SourcesModule> {
  return require.async('../domain/sources/sources.js') as Promise<typeof SourcesModule>;
}

export function requireLibraryEn(): Promise<typeof LibraryEnModule> {
  return require.async('../domain/library-en/library-en.js') as Promise<typeof LibraryEnModule>;
}

export function requireEngineEn(): Promise<typeof EngineEnModule> {
  return require.async('../domain/engine-en/engine-en.js') as Promise<typeof EngineEnModule>;
}

/** Any module of the fact-item subpackage brings the component down with it (its pages take it by placeholder). */
export function requireFactItem(): Promise<typeof FactItemProps> {
  return require.async('../components/fact-item/props.js') as Promise<typeof FactItemProps>;
}

export function requireAppEn(): Promise<typeof AppEnModule> {
  return require.async('../domain/app-en/app-en.js') as Promise<typeof AppEnModule>;
}

export function requireSteps(): Promise<typeof StepsModule> {
  return require.async('../domain/steps/steps.js') as Promise<typeof StepsModule>;
}

export function requireStepsEn(): Promise<typeof StepsEnModule> {
  return require.async('../domain/steps-en/steps-en.js') as Promise<typeof StepsEnModule>;
}

export function requireFacts(): Promise<typeof FactsModule> {
  return require.async('../domain/facts/facts.js') as Promise<typeof FactsModule>;
}

export function requireFactsEn(): Promise<typeof FactsEnModule> {
  return require.async('../domain/facts-en/facts-en.js') as Promise<typeof FactsEnModule>;
}

export function requireQuizEn(): Promise<typeof QuizEnModule> {
  return require.async('../domain/quiz-en/quiz-en.js') as Promise<typeof QuizEnModule>;
}

export function requirePlanEn(): Promise<typeof PlanEnModule> {
  return require.async('../domain/plan-en/plan-en.js') as Promise<typeof PlanEnModule>;
}
