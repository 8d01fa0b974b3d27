// The recommendation subpackage (app.json root domain/recommendation): the rules, the recommender and the views of
// a result. Home and the quiz never download it; the result, the comparison and the plan load it with
// require.async (platform/subpackages.ts) and wait for it. This file is the package's one door: what code outside
// the package uses of it, through the loaded module.
export { recommend } from './recommender';
export { decidingTypes } from './deciding';
export { browseOnlyData, noticeData, resultLoadData } from './result-view';
export { cardContent, posterContent } from './share-content';
// An English reader's texts go in through the engine (platform/subpackages.ts loadEngine), to the modules its views
// read: on a phone the text module is the main package's one copy, in jest's stand-ins the engine's own.
export { addEnglish } from '../text';
export { addEnglishStrings } from './i18n/strings';
