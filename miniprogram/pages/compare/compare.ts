import type { CompareMode, CompareState } from '../../domain/guide-views/comparison';
import { t } from '../../domain/i18n/strings';
import { datasetOf, definePage } from '../../platform/define-page';
import { loadProgress } from '../../platform/quiz-progress';
import { engine, guide, loadEngineAndFacts } from '../../platform/subpackages';

/**
 * Compare: two types side by side (from the link, or the two the reader's own result weighs), or all four one
 * dimension at a time; "only differences" drops what the two share, or merges the four's shared answers.
 */
definePage<CompareState>({
  // The table is the library's (its words' English comes with the rows', domain/facts-en); with no link, the two
  // types a finished quiz weighs open, which the recommender (its own subpackage) says: the page waits for both.
  waitFor: loadEngineAndFacts,
  init: (query) => guide().compareStateOf(query.types, query.diff, engine().decidingTypes(loadProgress()?.answers)),
  view: (state, lang) => guide().comparePageData(state, lang),
  title: (_state, lang) => t('page.compare.title', lang),
  share: (state, lang) => guide().compareShare(state, lang),
  handlers: {
    onToggleType(ctx, event) {
      ctx.state = { ...ctx.state, pair: guide().toggleType(ctx.state.pair, datasetOf(event).id) };
      ctx.setData(guide().comparePageData(ctx.state, ctx.lang));
    },
    onMode(ctx, event) {
      const mode: CompareMode = datasetOf(event).mode === 'all' ? 'all' : 'pair';
      if (mode === ctx.state.mode) return;
      ctx.state = { ...ctx.state, mode };
      ctx.setData(guide().comparePageData(ctx.state, ctx.lang));
    },
    // van-switch sends the new value itself as the detail.
    onOnlyDiff(ctx, event) {
      ctx.state = { ...ctx.state, onlyDiff: event.detail === true };
      ctx.setData(guide().comparePageData(ctx.state, ctx.lang));
    },
  },
});
