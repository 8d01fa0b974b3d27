// The library subpackage (app.json root domain/library): the launch plan, the rows' registry and the item, fact
// and source views built on the rows, and the library's strings; the rows come from the steps and facts
// subpackages, handed in as they arrive (addRows). The comparison and the other pages' views are a package of their
// own (domain/guide-views), which reads the library through the parts below.
// No cold start of home, the quiz or a result downloads it; those pages load it with require.async
// (platform/subpackages.ts) and wait for it. This file is the package's one door: what code outside the package
// uses of it, through the loaded module.
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
// The rows, handed in once the facts subpackage arrives (platform/subpackages.ts loadFacts).
export { addRows } from './rows';
// What the guide views read of the library (domain/guide-views/library-parts.ts).
export { itemViews, openWithinBudget, sectionViews } from './guide/account-views';
export { factLabels } from './guide/fact-view';
export { typePlan } from './plan/launch-plan';
export { timeText } from './plan/plan-view';
export { allRows } from './rows';
export { t, tCount } from './i18n/strings';
// An English reader's texts (domain/library-en) go in through the library, to the modules its views read: on a phone
// the text module is the main package's one copy, in jest's stand-ins the library's own.
export { addEnglish } from '../text';
export { addEnglishStrings } from './i18n/strings';
