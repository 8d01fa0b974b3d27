// The library subpackage (app.json root domain/library): every fact row with its sources, and the views built
// from them, for the pages that show facts (a type, about, overseas, a plan). No cold start of home, the quiz or a
// result downloads it; those pages load it with require.async (platform/library.ts) and wait for it. This file is
// the package's one door: what code outside the package uses of it, through the loaded module.
export { accountPageData, accountSectionItems } from './guide/account-page';
export { aboutListChunk, aboutPageData } from './guide/about-view';
export { overseasPageData, overseasSectionItems } from './guide/overseas-view';
export { sourceView } from './guide/fact-view';
export { planStateOf } from './plan/plan-state';
export {
  groupSteps,
  planCompanions,
  planNoticeData,
  planNames,
  planPageData,
  progressText,
  stepDetail,
} from './plan/plan-view';
