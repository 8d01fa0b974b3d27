// What the bench's payload sizes are built from, in one bundle (scripts/lib/load-ts.js bundles each entry apart),
// with the English an English reader downloads apart added: English payloads are measured in English.
import { addAllEnglish } from '../lib/all-english';
import { addAllRows } from '../lib/all-rows';

addAllEnglish();
addAllRows();

export { forEachCompleteAnswers } from '../../miniprogram/domain/quiz/answer-space';
export { encodeAnswers } from '../../miniprogram/domain/links/share-codec';
export { resultLoadData } from '../../miniprogram/domain/result-views/result-view';
export { launchPlan } from '../../miniprogram/domain/library/plan/launch-plan';
export { planPageData } from '../../miniprogram/domain/library/plan/plan-view';
export { recommend } from '../../miniprogram/domain/recommendation/recommender';
