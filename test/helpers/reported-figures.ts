import { getRow } from '../../miniprogram/domain/library/rows';
import { rowParts } from '../../scripts/lib/row-parts';
import { numbersIn } from './content-md';
import { pick } from '../../miniprogram/domain/text';

/** The figures in the English text of these rows' parts, those marked reported or the rest. */
function figures(factIds: readonly string[], reported: boolean): Set<string> {
  const parts = factIds.flatMap((id) => rowParts(getRow(id)!));
  const english = parts.filter((p) => (p.mark === 'reported') === reported).map((p) => pick(p, 'en'));
  return new Set(numbersIn(english.join(' ')));
}

/** Whether `text` states a figure that its rows give only as reported (so it must carry 据报道 itself). */
export function statesReportedFigure(text: string, factIds: readonly string[]): boolean {
  const plain = figures(factIds, false);
  const reported = figures(factIds, true);
  return numbersIn(text).some((n) => reported.has(n) && !plain.has(n));
}
