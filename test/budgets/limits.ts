import { BUDGET } from '../../miniprogram/domain/budget';
import type { SetDataTake } from '../helpers/set-data-recorder';

export { BUDGET } from '../../miniprogram/domain/budget';

/** For page tests that record an action: `expectWithinSetDataBudget(rec.take())`. */
export function expectWithinSetDataBudget(take: SetDataTake): void {
  expect(take.calls).toBeLessThanOrEqual(BUDGET.setDataCalls);
  expect(take.bytes).toBeLessThan(BUDGET.setDataBytes);
}
