import * as path from 'path';
import { asyncModulesAt } from './async-stand-ins';

// The dist smoke run's stand-in for dist/platform/async-modules.js (jest.dist.config.js moduleNameMapper): the
// subpackage modules as the upload compile wrote them, from dist/, required by WeChat's rule.
export const {
  requireLibrary,
  requireGuideViews,
  requireEngine,
  requireResultViews,
  requireSources,
  requireLibraryEn,
  requireEngineEn,
  requirePoster,
  requireFactItem,
  requireAppEn,
  requireFacts,
  requireFactsEn,
  requireSteps,
  requireStepsEn,
  requireQuizEn,
  requirePlanEn,
} = asyncModulesAt(path.resolve(__dirname, '../../dist'));
