// The library subpackage (app.json root domain/library): the comparison table, the launch plan and the views of the
// pages that show facts (a type, the comparison, about, overseas, a plan); the rows they read come from the facts
// subpackage, handed in as it arrives (addRows).
// No cold start of home, the quiz or a result downloads it; those pages load it with require.async
// (platform/subpackages.ts) and wait for it. This file is the package's one door: what code outside the package
// uses of it, through the loaded module.
export { accountPageData, accountSectionItems } from './guide/account-page';
export { aboutListChunk, aboutPageData } from './guide/about-view';
export { overseasPageData, overseasSectionItems } from './guide/overseas-view';
export { sourceView } from './guide/fact-view';
export { comparePageData, compareShare, compareStateOf, toggleType } from './guide/comparison';
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
// The rows, handed in once the facts subpackage arrives (platform/subpackages.ts loadFacts).
export { addRows } from './rows';
// An English reader's texts (domain/library-en) go in through the library, to the modules its views read: on a phone
// the text module is the main package's one copy, in jest's stand-ins the library's own.
export { addEnglish } from '../text';
export { addEnglishStrings } from './i18n/strings';
