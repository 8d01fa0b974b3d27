import { LaunchEntry } from '../../links/launch-entry';
import { planPath, typePlanPath } from '../../links/routes';
import { EntityId } from '../../quiz/questionnaire';
import { isRoute, launchPlan, LaunchPlan, Recommend, Route, ROUTES, typePlan } from './launch-plan';

/** What the plan page keeps out of `data`: the plan it shows and where it came from, or why there is none. */
export type PlanState =
  | {
      kind: 'plan';
      plan: LaunchPlan;
      entity: EntityId | undefined;
      shared: boolean;
      /** What a share card opens: the plan without anyone's ticks. */
      path: string;
      /** The same plan, editable, for a friend who wants it as their own; null for a type's plan. */
      mine: string | null;
      ticks: string[];
      /** The saved ticks could not be read: nothing is written over them until a read succeeds. */
      ticksUnread: boolean;
      /** A mini program's generic plan offers its other route: each route's link, the one shown marked. */
      routes: { route: Route; path: string; on: boolean }[];
    }
  | { kind: 'damaged' | 'none' | 'noFit' | 'path' };

const ownTicks = (read: string[] | null): { ticks: string[]; ticksUnread: boolean } => ({
  ticks: read ?? [],
  ticksUnread: read === null,
});

/**
 * The plan a launch entry opens: a type's generic plan, the plan of a quiz's answers, or a notice. `ticksOf`
 * reads the saved ticks of a plan key (platform storage); `recommend` is the recommender's, from its subpackage.
 * Links carry answers, never ticks.
 */
export function planStateOf(
  entry: LaunchEntry,
  recommend: Recommend,
  ticksOf: (planKey: string) => string[] | null,
  route: unknown = 'self',
): PlanState {
  if (entry.kind === 'damaged' || entry.kind === 'none') return { kind: entry.kind };
  if (entry.kind === 'type') {
    // An unknown route (a tampered link) is the self-built plan, which every type has.
    const shown: Route = entry.type === 'miniprogram' && isRoute(route) ? route : 'self';
    const plan = typePlan(entry.type, shown);
    const path = typePlanPath(entry.type, shown);
    const routes =
      entry.type === 'miniprogram'
        ? ROUTES.map((r) => ({ route: r, path: typePlanPath(entry.type, r), on: r === shown }))
        : [];
    return {
      kind: 'plan',
      plan,
      entity: undefined,
      shared: false,
      path,
      mine: null,
      ...ownTicks(ticksOf(plan.key)),
      routes,
    };
  }
  const plan = launchPlan(entry.answers, recommend);
  // No account to open: a path (e.g. 个体工商户 → 微信小店) says so; nothing fitting says that.
  if (!plan) return { kind: recommend(entry.answers).setup.kind === 'path' ? 'path' : 'noFit' };
  const code = entry.code;
  // A friend's plan shows no ticks: theirs never travel, and the viewer's own stay with their own plan.
  return {
    kind: 'plan',
    plan,
    entity: entry.answers.entity,
    shared: entry.shared,
    path: planPath(code, false),
    mine: planPath(code, true),
    ...ownTicks(entry.shared ? [] : ticksOf(plan.key)),
    routes: [],
  };
}
