import {
  comparePageData,
  compareShare,
  CompareMode,
  CompareState,
  compareStateOf,
  toggleType,
} from '../../domain/guide/comparison';
import { t } from '../../domain/i18n/strings';
import { decidingTypes } from '../../domain/recommendation/deciding';
import { datasetOf, definePage } from '../../platform/define-page';
import { loadProgress } from '../../platform/quiz-progress';

/**
 * Compare: two types side by side (from the link, or the two the reader's own result weighs), or all four one
 * dimension at a time; "only differences" drops what the two share, or merges the four's shared answers.
 */
definePage<CompareState>({
  init: (query) => compareStateOf(query.types, query.diff, decidingTypes(loadProgress()?.answers)),
  view: (state, lang) => comparePageData(state, lang),
  title: (_state, lang) => t('page.compare.title', lang),
  share: (state, lang) => compareShare(state, lang),
  handlers: {
    onToggleType(ctx, event) {
      ctx.state = { ...ctx.state, pair: toggleType(ctx.state.pair, datasetOf(event).id) };
      ctx.setData(comparePageData(ctx.state, ctx.lang));
    },
    onMode(ctx, event) {
      const mode: CompareMode = datasetOf(event).mode === 'all' ? 'all' : 'pair';
      if (mode === ctx.state.mode) return;
      ctx.state = { ...ctx.state, mode };
      ctx.setData(comparePageData(ctx.state, ctx.lang));
    },
    // van-switch sends the new value itself as the detail.
    onOnlyDiff(ctx, event) {
      ctx.state = { ...ctx.state, onlyDiff: event.detail === true };
      ctx.setData(comparePageData(ctx.state, ctx.lang));
    },
  },
});
