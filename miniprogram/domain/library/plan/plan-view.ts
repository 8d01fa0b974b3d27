import type { Mark, Marked } from '../../row-types';
import { AccountTypeId } from '../../account-types';
import { accountTypeName, ItemView, itemViews } from '../guide/account-views';
import { factLabels, PartView, partsText, partViews, SourceItemView, Sources, sourceView } from '../guide/fact-view';
import { getStep } from '../rows';
import { jsonBytes, LOAD_BYTES } from '../../budget';
import { StringKey, t, tCount } from '../i18n/strings';
import { EntityId } from '../../quiz/questionnaire';
import { Lang, pick } from '../../text';
import { LaunchPlan, Range, Route } from './launch-plan';
import { PREPARE } from './prepare';

/**
 * The plan page's view: what it shows at the top (time to go live, first-year fees, what to prepare), the steps as
 * a checklist (title, time and fee at a glance; what each needs and its sources on tap), the steps left out with
 * why, and the companions. Localized and flat for setData.
 */

/** Every distinct thing to prepare for the plan's steps, in step order. */
export function prepareList(plan: LaunchPlan, entity: EntityId | undefined, lang: Lang): string[] {
  const items = plan.steps.reduce<string[]>(
    (all, step) => all.concat((PREPARE[step.id]?.(entity) ?? []).map((text) => pick(text, lang))),
    [],
  );
  return items.filter((item, i) => items.indexOf(item) === i);
}

export interface StepRow {
  id: string;
  n: number;
  title: string;
  time: PartView[];
  fee: PartView[];
  optional: boolean;
  done: boolean;
}

/** One type's steps in the checklist. A plan of two types loads the second group when it is first opened. */
export interface StepGroup {
  type: AccountTypeId;
  /** The type's name and its own time to go live, as the group's heading. */
  title: string;
  /** What the closed group holds ("5 步"). */
  hint: string;
  open: boolean;
  steps: StepRow[];
  /** Its steps' rows are on their way or could not download (absent once they are there). */
  wait?: StepsWait;
}

/**
 * Where the launch steps' rows are (domain/steps): there (''), on their way, or not downloaded. A Chinese reader's
 * plan renders before they arrive: its head and summary need none of them (the titles of its steps, priced items
 * and skipped steps do, and follow).
 */
export type StepsWait = '' | 'loading' | 'failed';

/** A figure as the summary prints it, with 据报道 when it rests on a reported figure. */
export type FigureView = Marked & { m: Mark | '' };

export function timeText(days: Range & { development?: boolean }, lang: Lang): string {
  const span =
    days.max === 0
      ? t('plan.sameDay', lang)
      : t('plan.workingDays', lang, { range: days.min === days.max ? `${days.max}` : `${days.min}–${days.max}` });
  return days.development ? t('plan.plusDevelopment', lang, { time: span }) : span;
}

const cny = (min: number, max: number, lang: Lang): string => {
  const range = min === max ? `${max}` : `${min}–${max}`;
  return t('plan.cny', lang, { range: range.replace(/\B(?=(\d{3})+(?!\d))/g, ',') });
};

function feeText(fees: LaunchPlan['fees'], lang: Lang): FigureView {
  if (fees.max === 0) return { t: t('plan.noFeeFound', lang), m: fees.reported ? 'reported' : '' };
  return { t: cny(fees.min, fees.max, lang), m: fees.reported ? 'reported' : '' };
}

/**
 * The first-year total's parts, one per priced step, so the total shows what it adds up (EDITORIAL.md rule 4);
 * none where one step is the whole total (it would say the total twice).
 */
function feeItems(plan: LaunchPlan, lang: Lang): FigureView[] {
  if (plan.steps.filter((step) => step.fee && step.fee.max > 0).length < 2) return [];
  return plan.steps.flatMap((step) =>
    step.fee && step.fee.max > 0
      ? [
          {
            t: t('plan.feeItem', lang, {
              fee: cny(step.optional ? 0 : step.fee.min, step.fee.max, lang),
              type: accountTypeName(step.type, lang),
              step: stepTitle(step.id, lang),
            }),
            m: step.fee.reported ? ('reported' as const) : ('' as const),
          },
        ]
      : [],
  );
}

/** A type alias (not an interface) so it stays assignable to setData's plain object. */
export type PlanPageData = {
  state: 'plan';
  lang: Lang;
  shared: boolean;
  head: { title: string; names: string };
  summary: {
    time: FigureView;
    unstated: string;
    fees: FigureView;
    /** What the fees add up from, one line per priced step. */
    feeItems: FigureView[];
    /** The steps whose cost has no figure to add (the WeChat Pay rate, per-call prices, development), or ''. */
    unpriced: string;
    prepare: string[];
  };
  progress: string;
  /** The saved ticks could not be read: said, with a retry, until a read succeeds ('' otherwise). */
  ticksNotice: string;
  groups: StepGroup[];
  skipped: { title: string; reason: string }[];
  /** Companions (and the labels their items need) load when their section first opens. */
  /** What the closed companions list holds ("1 条"); '' when there are none. */
  companionsHint: string;
  companions: ItemView[];
  /** How a mini program gets built, as a choice between the two plans ([] where there is none to make). */
  routes: { label: string; path: string; on: boolean }[];
  ui: Record<string, string>;
};

const stepTitle = (id: string, lang: Lang): string => partsText(getStep(id)?.step ?? [], lang);

/** "已完成 2/7": how many of the plan's steps `ticks` holds. */
export function progressText(plan: LaunchPlan, ticks: readonly string[], lang: Lang): string {
  const done = plan.steps.filter((s) => ticks.includes(s.id)).length;
  return t('plan.progress', lang, { done, total: plan.steps.length });
}

/** The plan's types by name: "服务号 + 小程序". */
export function planNames(plan: LaunchPlan, lang: Lang): string {
  return plan.types.map((type: AccountTypeId) => accountTypeName(type, lang)).join(' + ');
}

function stepRows(
  plan: LaunchPlan,
  type: AccountTypeId,
  ticks: readonly string[],
  shared: boolean,
  lang: Lang,
): StepRow[] {
  return plan.steps
    .map((step, i) => ({ step, n: i + 1 }))
    .filter(({ step }) => step.type === type)
    .map(({ step, n }) => {
      const row = getStep(step.id);
      return {
        id: step.id,
        n,
        title: stepTitle(step.id, lang),
        time: row ? partViews(row.time, lang) : [],
        fee: row ? partViews(row.fee, lang) : [],
        optional: step.optional,
        done: !shared && ticks.includes(step.id),
      };
    });
}

/** The steps of one group of the plan (for loading a closed group on first open); [] for anything unknown. */
export function groupSteps(
  plan: LaunchPlan,
  index: number,
  ticks: readonly string[],
  shared: boolean,
  lang: Lang,
): StepRow[] {
  const type = plan.types[index];
  return type ? stepRows(plan, type, ticks, shared, lang) : [];
}

export function planPageData(
  plan: LaunchPlan,
  entity: EntityId | undefined,
  ticks: readonly string[],
  shared: boolean,
  lang: Lang,
  routes: readonly { route: Route; path: string; on: boolean }[] = [],
  ticksUnread = false,
  stepsWait: StepsWait = '',
): PlanPageData {
  const two = plan.types.length > 1;
  const there = stepsWait === '';
  const groups: StepGroup[] = plan.perType.map((p, i) => ({
    type: p.type,
    title: `${accountTypeName(p.type, lang)} · ${timeText(p.days, lang)}`,
    hint: tCount('section.hintSteps', plan.steps.filter((s) => s.type === p.type).length, lang),
    open: i === 0,
    steps: i === 0 && there ? stepRows(plan, p.type, ticks, shared, lang) : [],
    ...(there ? {} : { wait: stepsWait }),
  }));
  const data: PlanPageData = {
    state: 'plan',
    lang,
    shared,
    head: {
      title: t(shared ? 'plan.titleShared' : 'plan.title', lang),
      names: planNames(plan, lang),
    },
    summary: {
      time: { t: timeText(plan.days, lang), m: plan.days.reported ? 'reported' : '' },
      unstated: plan.days.unstated.length > 0 ? tCount('plan.unstated', plan.days.unstated.length, lang) : '',
      fees: feeText(plan.fees, lang),
      feeItems: there ? feeItems(plan, lang) : [],
      // The steps name their own cost (a rate, a per-call price, development): listed once here, said on the step.
      unpriced:
        there && plan.fees.unpriced.length > 0
          ? t('plan.unpriced', lang, {
              steps: plan.fees.unpriced.map((id) => stepTitle(id, lang)).join(lang === 'en' ? '; ' : '；'),
            })
          : '',
      prepare: prepareList(plan, entity, lang),
    },
    progress: progressText(plan, shared ? [] : ticks, lang),
    ticksNotice: ticksUnread && !shared ? t('plan.ticksUnread', lang) : '',
    groups: two ? groups : groups.map((g) => ({ ...g, title: '' })),
    skipped: there ? plan.skipped.map((s) => ({ title: stepTitle(s.id, lang), reason: pick(s.reason, lang) })) : [],
    companionsHint: plan.companions.length ? tCount('section.hintItems', plan.companions.length, lang) : '',
    companions: [],
    routes: routes.map((r) => ({ label: t(ROUTE_LABEL[r.route], lang), path: r.path, on: r.on })),
    ui: there ? planLabels(lang) : { ...planLabels(lang), ...stepsWaitLabels(lang) },
  };
  // A long first group would push the first setData over budget: it then opens on tap, like the others.
  if (jsonBytes(data) > LOAD_BYTES) data.groups[0] = { ...groups[0], open: false, steps: [] };
  return data;
}

const ROUTE_LABEL: Record<Route, 'plan.routeSelf' | 'plan.routeProvider'> = {
  self: 'plan.routeSelf',
  provider: 'plan.routeProvider',
};

/** The companions as guide items (what, who, how with their marks) and their labels, for their section's first open. */
export function planCompanions(
  plan: LaunchPlan,
  lang: Lang,
): { companions: ItemView[]; labels: ReturnType<typeof factLabels> } {
  return {
    companions: itemViews(
      plan.companions.map((c) => c.id),
      lang,
    ),
    labels: factLabels(lang),
  };
}

/**
 * What a step shows when opened: what to prepare in full, its sources (with their links), its checked date, and the
 * labels only an opened step needs (they travel with the tap, which keeps the plan's first setData small).
 */
export function stepDetail(
  id: string,
  lang: Lang,
  sources: Sources,
): { needs: PartView[]; sources: SourceItemView[]; checked: string; l: Record<DetailLabel, string> } | null {
  const row = getStep(id);
  const source = sourceView(id, lang, sources);
  if (!row || !source) return null;
  const l = {
    needs: t('step.needs', lang),
    source: t('fact.source', lang),
    checked: t('fact.checked', lang),
    copyLink: t('source.copyLink', lang),
    noUrl: t('source.noUrl', lang),
  };
  return { needs: partViews(row.needs, lang), sources: source.items, checked: source.checked, l };
}

type DetailLabel = 'needs' | 'source' | 'checked' | 'copyLink' | 'noUrl';

export function planLabels(lang: Lang): Record<string, string> {
  return {
    timeLabel: t('plan.time', lang),
    feesLabel: t('plan.fees', lang),
    prepareLabel: t('plan.prepare', lang),
    stepsTitle: t('plan.steps', lang),
    skippedTitle: t('plan.skipped', lang),
    companionsTitle: t('result.companions', lang),
    optional: t('quiz.optional', lang),
    details: t('plan.details', lang),
    hideDetails: t('fact.hideSource', lang),
    typical: t('plan.typical', lang),
    sharedNote: t('plan.sharedNote', lang),
    makeMine: t('plan.makeMine', lang),
    share: t('plan.share', lang),
    reported: t('fact.reported', lang),
    inference: t('fact.inference', lang),
    stepTime: t('step.time', lang),
    stepFee: t('step.fee', lang),
    routeTitle: t('plan.routeTitle', lang),
    retry: t('result.retry', lang),
    noUrl: t('source.noUrl', lang),
  };
}

/** What a group says while its steps download, or when they could not. */
function stepsWaitLabels(lang: Lang): Record<string, string> {
  return {
    loading: t('notice.loading', lang),
    loadFailed: t('notice.loadFailed', lang),
    retryLoad: t('common.retry', lang),
  };
}

/** The damaged-link and nothing-to-plan states: a notice and the ways on. */
const NOTICE: Record<'damaged' | 'none' | 'noFit' | 'path', StringKey> = {
  damaged: 'plan.damaged',
  none: 'plan.empty',
  noFit: 'plan.noFit',
  path: 'plan.path',
};

export function planNoticeData(kind: 'damaged' | 'none' | 'noFit' | 'path', lang: Lang) {
  const message = NOTICE[kind];
  return {
    state: kind,
    lang,
    ui: { message: t(message, lang), takeQuiz: t('result.takeQuiz', lang), home: t('notice.backHome', lang) },
  };
}
