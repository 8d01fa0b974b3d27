import { decodeAnswers } from '../../miniprogram/domain/links/share-codec';
import { recommend } from '../../miniprogram/domain/recommendation/recommender';
import { resultLoadData, resultView } from '../../miniprogram/domain/result-views/result-view';
import { cardContent, posterContent } from '../../miniprogram/domain/result-views/share-content';

/**
 * The card and the poster print the whole result, not the copy the page got trimmed to its setData budget.
 * 28pKOY (an individual who wants to sell, serve and build a tool, in English) is long enough to be trimmed where
 * the share images read (found by sampling the answer space).
 */
describe('share images of a long result', () => {
  const decoded = decodeAnswers('28pKOY');
  if (!decoded.ok) throw new Error('28pKOY no longer decodes');
  const answers = decoded.answers;
  const config = { linkBase: null, codeImage: null };

  it('print from the untrimmed view, which the trimmed payload would have cut', () => {
    const load = resultLoadData(recommend(answers), answers, 'en', false);
    const whole = resultView(recommend(answers), 'en', answers);
    expect(posterContent(load.view, 'x', 'en', config)).toEqual(posterContent(whole, 'x', 'en', config));
    expect(cardContent(load.view, 'en')).toEqual(cardContent(whole, 'en'));
    // The case matters: from the trimmed payload the poster would print less.
    expect(posterContent(load.payload.view, 'x', 'en', config)).not.toEqual(posterContent(whole, 'x', 'en', config));
    // And the page still gets the trimmed copy.
    expect(JSON.stringify(load.payload.view).length).toBeLessThan(JSON.stringify(whole).length);
  });
});
