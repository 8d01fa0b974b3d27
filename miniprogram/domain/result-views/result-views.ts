// The result-views subpackage (app.json root domain/result-views): what a result page shows of a recommendation
// (its setup, reasons, advice, the share images' words) and the strings they use, in Chinese. Only the result
// downloads it, beside the engine (platform/subpackages.ts loadResult): a plan and the comparison read the engine
// and none of this. This file is the package's one door: what code outside the package uses of it, through the
// loaded module.
export { browseOnlyData, noticeData, resultLoadData } from './result-view';
export { cardContent, posterContent } from './share-content';
// An English reader's texts (domain/engine-en: the reasons', advice's and setups' English, and these strings') go in
// through the views, which are what picks them: on a phone the text module is the main package's one copy, in
// jest's stand-ins the views' own.
export { addEnglish } from '../text';
export { addEnglishStrings } from './i18n/strings';
