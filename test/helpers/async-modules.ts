import * as path from 'path';
import { asyncModulesAt } from './async-stand-ins';

// jest's stand-in for miniprogram/platform/async-modules.ts (jest.config.js moduleNameMapper): the subpackage
// modules from the sources. Tests of a slow or failed download mock this file.
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
} = asyncModulesAt(path.resolve(__dirname, '../../miniprogram'));
