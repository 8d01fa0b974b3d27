import { AccountTypeId, isAccountTypeId } from '../../domain/account-types';
import { accountPageData, accountSectionItems, accountTypeName } from '../../domain/account-views';
import { t } from '../../domain/i18n/strings';
import { typePath } from '../../domain/share-codec';
import { datasetOf, definePage } from '../../platform/define-page';
import { goBack, HOME_URL, openPage, replacePage } from '../../platform/navigation';

/** One account type's page; an unknown or tampered type shows a notice and the four types. */
interface AccountState {
  type: AccountTypeId | null;
}

interface SectionData {
  open: boolean;
  items: unknown[];
}

definePage<AccountState>({
  init: (query) => ({ type: isAccountTypeId(query.type) ? query.type : null }),
  view: (state, lang) => accountPageData(state.type, lang),
  title: (state, lang) => accountTypeName(state.type, lang) || t('page.account.title', lang),
  share: (state, lang) =>
    state.type
      ? { title: t('share.account', lang, { name: accountTypeName(state.type, lang) }), path: `/${typePath(state.type)}` }
      : { title: t('share.home', lang), path: HOME_URL },
  handlers: {
    /** Opens or closes a section; its items load the first time it opens. */
    onToggle(ctx, event) {
      const index = Number(datasetOf(event).index);
      const section = (ctx.data.sections as SectionData[] | undefined)?.[index];
      if (!section) return;
      if (section.open || section.items.length > 0) {
        ctx.setData({ [`sections[${index}].open`]: !section.open });
        return;
      }
      const items = accountSectionItems(ctx.state.type, index, ctx.lang);
      if (items) ctx.setData({ [`sections[${index}].open`]: true, [`sections[${index}].items`]: items });
    },
    onOpenType(_ctx, event) {
      const id = (event.detail as { id?: unknown } | undefined)?.id;
      if (isAccountTypeId(id)) replacePage(`/${typePath(id)}`);
    },
    onCompare() {
      openPage('/pages/compare/compare');
    },
    onFindMyType() {
      openPage('/pages/quiz/quiz');
    },
    onBackHome() {
      goBack();
    },
  },
});
