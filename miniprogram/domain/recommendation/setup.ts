import { AccountTypeId } from '../account-types';
import { Answers, BuildId, GoalId } from '../quiz/questionnaire';
import type { TypeFit } from './types';

/**
 * The recommendation as a setup (CONTENT.md "Expected recommendations"): what to open, how each part gets built
 * and which of the person's goals each part covers. A goal the entity cannot reach is named with its nearest
 * path instead of a type that cannot do it (EDITORIAL.md rule 6). Built on the ranking, so a part is never a type
 * the ranking blocks.
 */

/** How a part gets built: nothing to build, own developers, a paid agency, a provider's ready-made one. */
export type BuildRoute = 'none' | 'own' | 'agency' | 'provider';

/** What a part does for the person. */
export type PartRole = 'main' | 'notices' | 'articles' | 'staff';

export interface SetupPart {
  type: AccountTypeId;
  build: BuildRoute;
  role: PartRole;
  /** The goals of the person this part covers. */
  covers: GoalId[];
  /** Worth having, not needed for the goals (a service account for notices beside an ordering mini program). */
  optional: boolean;
  /** Another type that would do the same job ("公众号或服务号发文章"). */
  or?: AccountTypeId;
}

/** A goal (or payment) the person's entity cannot reach, and the nearest path to it. */
export interface Unreached {
  goal: GoalId | 'payment';
  path: 'individual-business-shop';
}

export type Setup =
  | { kind: 'setup'; parts: SetupPart[]; unreached: Unreached[]; overseas: boolean }
  /** The main goal is out of reach for this entity: the headline is the path (P5). */
  | { kind: 'path'; path: Unreached['path']; unreached: Unreached[]; promote: AccountTypeId | null }
  /** Nothing fits well (heavy native features: a native app) or nothing decided yet. */
  | { kind: 'none'; reason: 'native' | 'undecided' };

const has = (a: Answers, goal: GoalId): boolean => (a.goals ?? []).includes(goal);
const pushes = (a: Answers): boolean => a.frequency !== undefined && a.frequency !== 'rarely';

/** Where a mini program comes from, by the build answer; "not sure" takes the route most owners take. */
function routeOf(build: BuildId | undefined, goals: Answers['goals']): BuildRoute {
  if (build === 'own') return 'own';
  if (build === 'agency') return 'agency';
  if (build === 'rent') return 'provider';
  // An app-like tool is custom work; a shop, ordering or booking mini program is what providers rent out.
  return (goals ?? []).includes('tool') ? 'agency' : 'provider';
}

/**
 * The setup for these answers. `ranked` is the recommender's ranking for the same answers: a blocked type never
 * becomes a part, and with nothing else to go on the best open type is the one part.
 */
export function buildSetup(a: Answers, ranked: readonly TypeFit[], top: AccountTypeId | null): Setup {
  if (a.native === 'yes') return { kind: 'none', reason: 'native' };
  const open = (type: AccountTypeId): boolean => ranked.some((f) => f.type === type && !f.blocked);
  const unreached: Unreached[] = [];
  if (a.entity === 'individual') {
    // mp.who, svc.pay: an individual takes WeChat Pay on no account type; a 个体工商户 can (comp.shop).
    if (has(a, 'sell')) unreached.push({ goal: 'sell', path: 'individual-business-shop' });
    else if (a.payment === 'yes') unreached.push({ goal: 'payment', path: 'individual-business-shop' });
    if (has(a, 'sell') && !(a.goals ?? []).some((g) => g === 'tool' || g === 'internal' || g === 'service'))
      return { kind: 'path', path: 'individual-business-shop', unreached, promote: 'subscription' };
  }

  const parts: SetupPart[] = [];
  const add = (part: SetupPart): void => {
    if (open(part.type) && !parts.some((p) => p.type === part.type || p.or === part.type)) parts.push(part);
  };
  if (a.entity === 'overseas') {
    // os.mp, os.svc: an overseas entity opens a mini program (no ICP filing) or an overseas service account;
    // the one that fits the answers better leads.
    const covers = (a.goals ?? []).filter((g) => g !== 'internal');
    const score = (type: AccountTypeId): number => ranked.find((f) => f.type === type)?.score ?? 0;
    if (score('service') > score('miniprogram'))
      add({ type: 'service', build: 'none', role: 'main', covers, optional: false, or: 'miniprogram' });
    else
      add({
        type: 'miniprogram',
        build: routeOf(a.build, a.goals),
        role: 'main',
        covers,
        optional: false,
        or: 'service',
      });
  }
  const mpGoals: GoalId[] = (a.goals ?? []).filter(
    (g) =>
      (g === 'sell' && a.entity !== 'individual') ||
      g === 'tool' ||
      (g === 'service' && a.payment === 'yes' && a.entity !== 'individual'),
  );
  if (mpGoals.length > 0)
    add({ type: 'miniprogram', build: routeOf(a.build, a.goals), role: 'main', covers: mpGoals, optional: false });

  const withMp = parts.length > 0;
  if (a.entity !== 'overseas') {
    if (has(a, 'service')) {
      // A service account carries notices and bookings for organisations; individuals get a mini program instead.
      if (a.entity === 'individual')
        add({
          type: 'miniprogram',
          build: routeOf(a.build, a.goals),
          role: 'main',
          covers: ['service'],
          optional: false,
        });
      else
        add({
          type: 'service',
          build: 'none',
          role: withMp ? 'notices' : 'main',
          covers: ['service'],
          optional: false,
        });
    } else if (withMp && a.entity !== 'individual' && pushes(a)) {
      add({ type: 'service', build: 'none', role: 'notices', covers: [], optional: true });
    }
    if (has(a, 'content')) addArticles(a, parts, add, open('service'));
  }

  if (has(a, 'internal') || (a.audience === 'staff' && parts.length === 0))
    add({
      type: 'enterprise',
      build: 'none',
      role: parts.length > 0 ? 'staff' : 'main',
      covers: has(a, 'internal') ? ['internal'] : [],
      optional: false,
    });

  if (parts.length === 0 && top !== null)
    add({
      type: top,
      build: top === 'miniprogram' ? routeOf(a.build, a.goals) : 'none',
      role: 'main',
      covers: [],
      optional: false,
    });
  if (parts.length === 0) return { kind: 'none', reason: 'undecided' };
  // The headline leads with what carries the main goal; optional parts come last.
  parts.sort((x, y) => Number(x.optional) - Number(y.optional));
  return { kind: 'setup', parts, unreached, overseas: a.entity === 'overseas' };
}

/**
 * Where the articles go. Beside a service account the person needs anyway, its four group messages a month
 * carry articles sent a few times a month or less; otherwise a 公众号 does (one a day), and for weekly articles
 * of an organisation a service account would do as well, so it is named as the other choice.
 */
function addArticles(a: Answers, parts: SetupPart[], add: (part: SetupPart) => void, serviceOpen: boolean): void {
  const service = parts.find((p) => p.type === 'service');
  if (service && !service.optional && (a.frequency === 'few_monthly' || a.frequency === 'rarely')) {
    service.covers.push('content');
    return;
  }
  // An optional notices account is folded into the articles account's "or".
  if (service && service.optional) parts.splice(parts.indexOf(service), 1);
  const either =
    a.entity !== 'individual' && a.frequency !== 'daily' && serviceOpen && !parts.some((p) => p.type === 'service');
  add({
    type: 'subscription',
    build: 'none',
    role: parts.length > 0 ? 'articles' : 'main',
    covers: ['content'],
    optional: false,
    ...(either ? { or: 'service' as const } : {}),
  });
}
