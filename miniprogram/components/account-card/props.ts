import { AccountTypeId, isAccountTypeId } from '../../domain/account-types';
import { AccountCardLabels, AccountCardView } from '../../domain/guide/account-cards';

/**
 * account-card's properties with the types of what pages pass (TDesign's props.ts convention): `this.data` is
 * typed from these. Defaults are empty, hence Partial: WXML renders an empty card, never a missing field.
 */
export const accountCardProps = {
  card: { type: Object, value: {} as Partial<AccountCardView> },
  labels: { type: Object, value: {} as Partial<AccountCardLabels> },
};

/** The `open` event: the tapped card's type id. */
export interface AccountCardOpenDetail {
  id: AccountCardView['id'] | undefined;
}

/** The type an `open` event's detail asks for; null for anything else (a binding can carry anything). */
export function openedType(detail: unknown): AccountTypeId | null {
  const id = (detail as Partial<AccountCardOpenDetail> | null | undefined)?.id;
  return isAccountTypeId(id) ? id : null;
}
