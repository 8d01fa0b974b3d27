import { CERTIFICATION_FACTS } from './certification';
import { COMMON_FACTS } from './common';
import { ENTERPRISE_FACTS } from './enterprise';
import { MINIPROGRAM_FACTS } from './miniprogram';
import { SERVICE_FACTS } from './service';
import { SUBSCRIPTION_FACTS } from './subscription';
import { Fact } from './types';

export { CHECKED } from './types';
export type { Fact, Source } from './types';
export { ARTICLE } from './sources';
export { MINIPROGRAM_STEPS } from './miniprogram';

/** Every fact, in CONTENT.md order. */
export const ALL_FACTS: readonly Fact[] = [
  ...COMMON_FACTS,
  ...SERVICE_FACTS,
  ...SUBSCRIPTION_FACTS,
  ...CERTIFICATION_FACTS,
  ...ENTERPRISE_FACTS,
  ...MINIPROGRAM_FACTS,
];

const BY_ID = new Map<string, Fact>(ALL_FACTS.map((fact) => [fact.id, fact]));

/** The fact with this CONTENT.md id, or undefined (a Map, so '__proto__' and friends are just unknown). */
export function getFact(id: string): Fact | undefined {
  return BY_ID.get(id);
}
