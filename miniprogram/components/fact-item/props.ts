import type { ItemView } from '../../domain/library/guide/account-views';
import type { FactLabels } from '../../domain/library/guide/fact-view';
import { Lang } from '../../domain/text';

/** How an item stands out: irreversible choices as warnings, highlights as notices, the rest plain. */
export type FactItemTone = '' | 'warn' | 'notice';

/** fact-item's properties, typed (TDesign's props.ts convention); empty defaults render nothing. */
export const factItemProps = {
  item: { type: Object, value: {} as Partial<ItemView> },
  labels: { type: Object, value: {} as Partial<FactLabels> },
  lang: { type: String, value: 'zh' as Lang },
  tone: { type: String, value: '' as FactItemTone },
};
