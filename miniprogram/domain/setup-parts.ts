import type { AccountTypeId } from './account-types';
import type { Setup } from './recommendation/setup';

// In the main package: the engine (which types a result weighs) and the result's views both name a setup's types.

/** Every type the setup names, a part's other choice included. */
export function setupTypes(setup: Setup): AccountTypeId[] {
  return setup.kind === 'setup' ? setup.parts.flatMap((p) => (p.or ? [p.type, p.or] : [p.type])) : [];
}
