import { QR_LINK_BASE } from '../../config';
import { AccountTypeId } from '../../domain/account-types';
import { accountTypeName } from '../../domain/guide/account-views';
import { t } from '../../domain/i18n/strings';
import { readLaunchEntry } from '../../domain/links/launch-entry';
import { launchPlan, LaunchPlan, typePlan } from '../../domain/plan/launch-plan';
import {
  groupSteps,
  planCompanions,
  planNoticeData,
  planPageData,
  progressText,
  stepDetail,
} from '../../domain/plan/plan-view';
import { toggleTick } from '../../domain/plan/ticks';
import { EntityId } from '../../domain/quiz/questionnaire';
import { HOME_PATH, planPath, QUIZ_PATH, typePlanPath } from '../../domain/links/routes';
import { encodeAnswers } from '../../domain/links/share-codec';
import { datasetOf, definePage, PageContext, PageEvent } from '../../platform/define-page';
import { showToast } from '../../platform/feedback';
import { openPage, replacePage } from '../../platform/navigation';
import { loadTicks, saveTicks } from '../../platform/plan-ticks';

/**
 * A launch plan as a checklist: from the result (the quiz's answers, editable, ticks saved per plan), from a type's
 * page (its generic plan) or from a friend's link (read-only, with "make my own"). Links carry answers, never ticks.
 */
type PlanState =
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
    }
  | { kind: 'damaged' | 'none' | 'noFit' };

function stateOf(query: Record<string, string | undefined>): PlanState {
  const entry = readLaunchEntry(query, QR_LINK_BASE, { answers: 'a', own: 'own', type: 'type' });
  if (entry.kind === 'damaged' || entry.kind === 'none') return { kind: entry.kind };
  if (entry.kind === 'type') {
    const plan = typePlan(entry.type);
    return {
      kind: 'plan',
      plan,
      entity: undefined,
      shared: false,
      path: typePlanPath(entry.type),
      mine: null,
      ticks: loadTicks(plan.key),
    };
  }
  const plan = launchPlan(entry.answers);
  if (!plan) return { kind: 'noFit' };
  const code = encodeAnswers(entry.answers);
  // A friend's plan shows no ticks: theirs never travel, and the viewer's own stay with their own plan.
  return {
    kind: 'plan',
    plan,
    entity: entry.answers.entity,
    shared: entry.shared,
    path: planPath(code, false),
    mine: planPath(code, true),
    ticks: entry.shared ? [] : loadTicks(plan.key),
  };
}

interface StepData {
  id: string;
  done: boolean;
  open?: boolean;
}

interface GroupData {
  open: boolean;
  steps: StepData[];
}

const groupsOf = (ctx: PageContext<PlanState>): GroupData[] => (ctx.data.groups as GroupData[] | undefined) ?? [];

/** The group and step a tap came from (data-group, data-index), or null for a stale or odd event. */
function stepAt(ctx: PageContext<PlanState>, event: PageEvent): { g: number; i: number; step: StepData } | null {
  const data = datasetOf(event);
  const g = Number(data.group);
  const i = Number(data.index);
  const step = groupsOf(ctx)[g]?.steps[i];
  return step ? { g, i, step } : null;
}

definePage<PlanState>({
  init: (query) => stateOf(query),
  view: (state, lang) =>
    state.kind === 'plan'
      ? planPageData(state.plan, state.entity, state.ticks, state.shared, lang)
      : planNoticeData(state.kind, lang),
  title: (_state, lang) => t('page.plan.title', lang),
  share(state, lang) {
    if (state.kind !== 'plan') return { title: t('quiz.shareTitle', lang), path: QUIZ_PATH };
    const names = state.plan.types.map((type: AccountTypeId) => accountTypeName(type, lang)).join(' + ');
    return { title: t('share.plan', lang, { names }), path: state.path };
  },
  handlers: {
    /** Ticks a step off (or back on): saved at once, per plan; one small setData. */
    onTick(ctx, event) {
      const state = ctx.state;
      const at = stepAt(ctx, event);
      if (state.kind !== 'plan' || state.shared || !at) return;
      const done = !at.step.done;
      const record = toggleTick(state.ticks, at.step.id, done);
      state.ticks = record.done;
      if (!saveTicks(state.plan.key, record)) showToast(t('plan.saveFailed', ctx.lang));
      const total = state.plan.steps.length;
      const count = state.plan.steps.filter((s) => record.done.includes(s.id)).length;
      ctx.setData({ [`groups[${at.g}].steps[${at.i}].done`]: done, progress: progressText(count, total, ctx.lang) });
    },
    /** Shows or hides what a step needs in full, with its sources and checked date. */
    onStepDetails(ctx, event) {
      const at = stepAt(ctx, event);
      if (!at) return;
      const path = `groups[${at.g}].steps[${at.i}]`;
      if (at.step.open) {
        ctx.setData({ [`${path}.open`]: false });
        return;
      }
      const detail = stepDetail(at.step.id, ctx.lang);
      if (detail) ctx.setData({ [`${path}.open`]: true, [`${path}.detail`]: detail });
    },
    /** Opens or closes a type's group of steps; a closed one loads the first time. */
    onGroup(ctx, event) {
      const state = ctx.state;
      const g = Number(datasetOf(event).group);
      const group = groupsOf(ctx)[g];
      if (state.kind !== 'plan' || !group) return;
      if (group.open || group.steps.length > 0) ctx.setData({ [`groups[${g}].open`]: !group.open });
      else
        ctx.setData({
          [`groups[${g}].open`]: true,
          [`groups[${g}].steps`]: groupSteps(state.plan, g, state.ticks, state.shared, ctx.lang),
        });
    },
    onCompanions(ctx) {
      const state = ctx.state;
      if (state.kind !== 'plan') return;
      if (ctx.data.companionsOpen) ctx.setData({ companionsOpen: false });
      else ctx.setData({ companionsOpen: true, ...planCompanions(state.plan, ctx.lang) });
    },
    /** A friend's plan: the same plan as the viewer's own, editable. */
    onMakeMine(ctx) {
      if (ctx.state.kind === 'plan' && ctx.state.mine) replacePage(ctx.state.mine);
    },
    onTakeQuiz() {
      openPage(QUIZ_PATH);
    },
    onHome() {
      replacePage(HOME_PATH);
    },
  },
});
