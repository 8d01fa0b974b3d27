import { ItemView } from '../../domain/guide/account-views';
import { FactLabels } from '../../domain/guide/fact-view';
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
