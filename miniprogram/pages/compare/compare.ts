import { AccountTypeId } from '../../domain/account-types';
import { comparePageData, compareShare, toggleType, typesFromLink } from '../../domain/guide/comparison';
import { t } from '../../domain/i18n/strings';
import { datasetOf, definePage } from '../../platform/define-page';

/** Compare: the selected types side by side, optionally only where they differ. */
interface CompareState {
  selected: AccountTypeId[];
  onlyDiff: boolean;
}

definePage<CompareState>({
  init: (query) => ({ selected: typesFromLink(query.types), onlyDiff: query.diff === '1' }),
  view: (state, lang) => comparePageData(state.selected, state.onlyDiff, lang),
  title: (_state, lang) => t('page.compare.title', lang),
  share: (state, lang) => compareShare(state.selected, state.onlyDiff, lang),
  handlers: {
    onToggleType(ctx, event) {
      ctx.state = { ...ctx.state, selected: toggleType(ctx.state.selected, datasetOf(event).id) };
      ctx.setData(comparePageData(ctx.state.selected, ctx.state.onlyDiff, ctx.lang));
    },
    // van-switch sends the new value itself as the detail.
    onOnlyDiff(ctx, event) {
      ctx.state = { ...ctx.state, onlyDiff: event.detail === true };
      ctx.setData(comparePageData(ctx.state.selected, ctx.state.onlyDiff, ctx.lang));
    },
  },
});
