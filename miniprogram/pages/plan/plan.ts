import { QR_LINK_BASE } from '../../config';
import { t } from '../../domain/i18n/strings';
import { readLaunchEntry } from '../../domain/links/launch-entry';
import type { PlanState } from '../../domain/library/plan/plan-state';
import { TICKS_VERSION, toggleTick } from '../../domain/plan/ticks';
import { HOME_PATH, PLAN_PATH, QUIZ_PATH } from '../../domain/links/routes';
import { copyLink } from '../../platform/clipboard';
import { datasetOf, definePage, PageContext, PageEvent } from '../../platform/define-page';
import { showToast } from '../../platform/feedback';
import { openPage, replacePage } from '../../platform/navigation';
import {
  engine,
  fetchSteps,
  lib,
  loadPlan,
  loadSources,
  prefetchSources,
  sources,
  stepsWait,
} from '../../platform/subpackages';
import { loadTicks, saveTicks } from '../../platform/plan-ticks';

/**
 * A launch plan as a checklist: from the result (the quiz's answers, editable, ticks saved per plan), from a type's
 * page (its generic plan) or from a friend's link (read-only, with "make my own"). Links carry answers, never ticks.
 */
interface StepData {
  id: string;
  done: boolean;
  open?: boolean;
}

interface GroupData {
  open: boolean;
  steps: StepData[];
  wait?: string;
}

/** What the handlers read back (a notice instead of a plan has neither). */
interface PlanData {
  groups?: readonly GroupData[];
  companionsOpen?: boolean;
}

const groupsOf = (ctx: PageContext<PlanState, PlanData>): readonly GroupData[] => ctx.data.groups ?? [];

/** The group and step a tap came from (data-group, data-index), or null for a stale or odd event. */
function stepAt(
  ctx: PageContext<PlanState, PlanData>,
  event: PageEvent,
): { g: number; i: number; step: StepData } | null {
  const data = datasetOf(event);
  const g = Number(data.group);
  const i = Number(data.index);
  const step = groupsOf(ctx)[g]?.steps[i];
  return step ? { g, i, step } : null;
}

definePage<PlanState, PlanData>({
  // The setup from the recommendation subpackage, the plan's views from the library; a Chinese reader's steps fill
  // in after it renders (their groups say they load), an English reader's come first (platform/subpackages.ts).
  waitFor: loadPlan,
  init: (query) =>
    lib().planStateOf(
      readLaunchEntry(query, QR_LINK_BASE, { answers: 'a', own: 'own', type: 'type' }),
      engine().recommend,
      loadTicks,
      query.route,
    ),
  view: (state, lang) =>
    state.kind === 'plan'
      ? lib().planPageData(
          state.plan,
          state.entity,
          state.ticks,
          state.shared,
          lang,
          state.routes,
          state.ticksUnread,
          stepsWait(),
        )
      : lib().planNoticeData(state.kind, lang),
  title: (_state, lang) => t('page.plan.title', lang),
  // A step's details and the companions' drawers read the sources subpackage: fetched now, so a tap need not wait.
  ready: () => prefetchSources(),
  share(state, lang) {
    if (state.kind !== 'plan') return { title: t('quiz.shareTitle', lang), path: QUIZ_PATH };
    return { title: t('share.plan', lang, { names: lib().planNames(state.plan, lang) }), path: state.path };
  },
  handlers: {
    /** Switches a mini program's plan between its two routes (each keeps its own ticks). */
    onRoute(_ctx, event) {
      const path = datasetOf(event).path;
      if (typeof path === 'string' && path.startsWith(PLAN_PATH)) replacePage(path);
    },
    onCopyLink: (ctx, event) =>
      copyLink(datasetOf(event).url, {
        copied: t('source.copied', ctx.lang),
        failed: t('source.copyFailed', ctx.lang),
      }),
    /** Ticks a step off (or back on): saved at once, per plan; one small setData. */
    onTick(ctx, event) {
      const state = ctx.state;
      const at = stepAt(ctx, event);
      if (state.kind !== 'plan' || state.shared || !at) return;
      const done = !at.step.done;
      // Earlier ticks that could not be read are read again first; while they still cannot be, nothing is
      // written over them (the tick stays on screen for this visit).
      const wasUnread = state.ticksUnread;
      const saved = wasUnread ? loadTicks(state.plan.key) : state.ticks;
      if (saved !== null) state.ticksUnread = false;
      const record = toggleTick(saved ?? state.ticks, at.step.id, done);
      state.ticks = record.done;
      if (saved === null) showToast(t('plan.ticksNotSaved', ctx.lang));
      else if (!saveTicks(state.plan.key, record)) showToast(t('plan.saveFailed', ctx.lang));
      const progress = lib().progressText(state.plan, record.done, ctx.lang);
      const patch: Record<string, unknown> = { [`groups[${at.g}].steps[${at.i}].done`]: done, progress };
      // The notice goes once the earlier ticks read again.
      if (wasUnread && !state.ticksUnread) patch.ticksNotice = '';
      ctx.setData(patch);
    },
    /** Reads the saved ticks again after a failed read; once they read, the plan shows them. */
    onRetryTicks(ctx) {
      const state = ctx.state;
      if (state.kind !== 'plan' || !state.ticksUnread) return;
      const read = loadTicks(state.plan.key);
      if (read === null) {
        showToast(t('plan.ticksNotSaved', ctx.lang));
        return;
      }
      // Ticks made on screen meanwhile are kept beside the ones read back, and saved with them.
      const ticks = [...read, ...state.ticks.filter((id) => !read.includes(id))];
      if (ticks.length > read.length) saveTicks(state.plan.key, { v: TICKS_VERSION, done: ticks });
      ctx.state = { ...state, ticks, ticksUnread: false };
      ctx.setData(
        lib().planPageData(
          state.plan,
          state.entity,
          ctx.state.ticks,
          state.shared,
          ctx.lang,
          state.routes,
          false,
          stepsWait(),
        ),
      );
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
      // Its sources come from the sources subpackage, fetched when the plan rendered: usually there already.
      loadSources((ok) => {
        if (!ok) {
          showToast(t('notice.sourcesFailed', ctx.lang));
          return;
        }
        const detail = lib().stepDetail(at.step.id, ctx.lang, sources());
        if (detail) ctx.setData({ [`${path}.open`]: true, [`${path}.detail`]: detail });
      });
    },
    /** Opens or closes a type's group of steps; a closed one loads the first time. */
    onGroup(ctx, event) {
      const state = ctx.state;
      const g = Number(datasetOf(event).group);
      const group = groupsOf(ctx)[g];
      if (state.kind !== 'plan' || !group) return;
      // Before the steps are there a group only opens or closes; it says they load, and fills in when they come.
      if (group.open || group.steps.length > 0 || stepsWait() !== '')
        ctx.setData({ [`groups[${g}].open`]: !group.open });
      else
        ctx.setData({
          [`groups[${g}].open`]: true,
          [`groups[${g}].steps`]: lib().groupSteps(state.plan, g, state.ticks, state.shared, ctx.lang),
        });
    },
    /** The retry of steps that could not download: the groups say they load, and the plan fills in once they come. */
    onRetrySteps(ctx) {
      if (ctx.state.kind !== 'plan' || stepsWait() !== 'failed') return;
      ctx.setData(Object.fromEntries(groupsOf(ctx).map((_, g) => [`groups[${g}].wait`, 'loading'])));
      fetchSteps();
    },
    onCompanions(ctx) {
      const state = ctx.state;
      if (state.kind !== 'plan') return;
      if (ctx.data.companionsOpen) ctx.setData({ companionsOpen: false });
      else ctx.setData({ companionsOpen: true, ...lib().planCompanions(state.plan, ctx.lang) });
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
