import type { PlanKey } from '../library/i18n/zh';

/**
 * English UI strings of the launch plan (library/i18n/zh.ts PlanKey): an English reader's plan waits for them, and
 * not for its steps, which fill in after it renders.
 */
export const PLAN_EN: Record<PlanKey, string> = {
  'plan.title': 'Your launch plan',
  'plan.titleShared': "A friend's launch plan",
  'plan.noFeeFound': 'No platform fee',
  'plan.cny': '{range} CNY',
  'plan.unstated': '{count} other steps give no time',
  'plan.unstated.one': '{count} other step gives no time',
  'plan.progress': '{done} of {total} done',
  'plan.time': 'Time to go live',
  'plan.fees': 'First-year fees',
  'plan.prepare': 'What to prepare',
  'plan.steps': 'Steps',
  'plan.skipped': "Steps that don't apply to you",
  'plan.details': 'Details and sources',
  'plan.typical': 'Times are typical, not promised.',
  'plan.sharedNote': 'A friend shared this launch plan: view only.',
  'plan.makeMine': 'Make my own',
  'plan.share': 'Share the plan',
  'plan.noFit':
    "None of the four types fits your needs well, so there is no launch plan. See each type's steps instead.",
  'plan.empty': 'No launch plan yet: answer a few questions to get yours.',
  'plan.unpriced': 'Plus, with the cost given at each step: {steps}',
  'plan.routeTitle': 'How the mini program gets built',
  'plan.routeSelf': 'Own or hired developers',
  'plan.routeProvider': "Rent a provider's ready-made one",
  'plan.feeItem': '{fee}: {type} · {step}',
  'plan.path':
    'Your setup is not an account to open: register as an individual business (个体工商户), then open a WeChat Shop (微信小店). Launch plans list the steps of the four account types only.',
  'plan.ticksUnread': 'Your earlier ticks could not be read. So as not to overwrite them, ticks are not saved for now.',
};
