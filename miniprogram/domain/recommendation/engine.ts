// The recommendation subpackage (app.json root domain/recommendation): the rules and the recommender. Home and the
// quiz never download it; the result, the comparison and the plan load it with require.async
// (platform/subpackages.ts) and wait for it. What a result shows of it is built by the result's views
// (domain/result-views), which only the result downloads. This file is the package's one door: what code outside
// the package uses of it, through the loaded module.
export { recommend } from './recommender';
export { decidingTypes } from './deciding';
