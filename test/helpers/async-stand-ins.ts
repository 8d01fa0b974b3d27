import * as path from 'path';
import type * as EngineModule from '../../miniprogram/domain/recommendation/engine';
import type * as ResultViewsModule from '../../miniprogram/domain/result-views/result-views';
import type * as LibraryModule from '../../miniprogram/domain/library/library';
import type * as GuideViewsModule from '../../miniprogram/domain/guide-views/guide-views';
import type * as PosterModule from '../../miniprogram/platform/poster/poster';
import type * as SourcesModule from '../../miniprogram/domain/sources/sources';
import type * as LibraryEnModule from '../../miniprogram/domain/library-en/library-en';
import type * as EngineEnModule from '../../miniprogram/domain/engine-en/engine-en';
import type * as FactItemProps from '../../miniprogram/components/fact-item/props';
import type * as AppEnModule from '../../miniprogram/domain/app-en/app-en';
import type * as FactsModule from '../../miniprogram/domain/facts/facts';
import type * as FactsEnModule from '../../miniprogram/domain/facts-en/facts-en';
import type * as StepsModule from '../../miniprogram/domain/steps/steps';
import type * as StepsEnModule from '../../miniprogram/domain/steps-en/steps-en';
import type * as QuizEnModule from '../../miniprogram/domain/quiz-en/quiz-en';
import type * as PlanEnModule from '../../miniprogram/domain/plan-en/plan-en';

/**
 * A thenable that hands over `value` synchronously: a subpackage module that is already there, as require.async
 * gives it once WeChat has the subpackage.
 */
function present<T>(value: T): PromiseLike<T> {
  return {
    then(onFulfilled) {
      // The chained result is never used by the code under test; a real promise keeps the type honest.
      return Promise.resolve(onFulfilled ? onFulfilled(value) : value) as never;
    },
  };
}

/**
 * Stand-ins for platform/async-modules.ts over the mini program at `root` (the sources or dist/): jest's require
 * has no .async, so each module is required from there. Each comes as a module already downloaded (its `then`
 * answers at once), so pages that wait for one render on load as they do once it is prefetched.
 */
export function asyncModulesAt(root: string) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on call, as require.async does
  const load = <T>(rel: string): T => require(path.join(root, rel)) as T;
  return {
    requireLibrary: (): PromiseLike<typeof LibraryModule> => present(load('domain/library/library')),
    requireGuideViews: (): PromiseLike<typeof GuideViewsModule> => present(load('domain/guide-views/guide-views')),
    requireEngine: (): PromiseLike<typeof EngineModule> => present(load('domain/recommendation/engine')),
    requireResultViews: (): PromiseLike<typeof ResultViewsModule> => present(load('domain/result-views/result-views')),
    requireSources: (): PromiseLike<typeof SourcesModule> => present(load('domain/sources/sources')),
    requireLibraryEn: (): PromiseLike<typeof LibraryEnModule> => present(load('domain/library-en/library-en')),
    requireEngineEn: (): PromiseLike<typeof EngineEnModule> => present(load('domain/engine-en/engine-en')),
    requirePoster: (): PromiseLike<typeof PosterModule> => present(load('platform/poster/poster')),
    requireFactItem: (): PromiseLike<typeof FactItemProps> => present(load('components/fact-item/props')),
    requireAppEn: (): PromiseLike<typeof AppEnModule> => present(load('domain/app-en/app-en')),
    requireFacts: (): PromiseLike<typeof FactsModule> => present(load('domain/facts/facts')),
    requireFactsEn: (): PromiseLike<typeof FactsEnModule> => present(load('domain/facts-en/facts-en')),
    requireSteps: (): PromiseLike<typeof StepsModule> => present(load('domain/steps/steps')),
    requireStepsEn: (): PromiseLike<typeof StepsEnModule> => present(load('domain/steps-en/steps-en')),
    requirePlanEn: (): PromiseLike<typeof PlanEnModule> => present(load('domain/plan-en/plan-en')),
    requireQuizEn: (): PromiseLike<typeof QuizEnModule> => present(load('domain/quiz-en/quiz-en')),
  };
}
