import { AccountTypeId } from '../account-types';
import type { DimensionId } from './comparison-table';

/** Sections of an account detail page, in display order. Titles live in the string table as `section.<key>`. */
export type SectionKey =
  | 'definition'
  | 'who'
  | 'where'
  | 'quota'
  | 'notices'
  | 'functions'
  | 'certification'
  | 'costs'
  | 'process'
  | 'steps'
  | 'rules'
  | 'limits'
  | 'share'
  | 'beforeYouApply'
  | 'pay'
  | 'provider'
  | 'providerHow'
  | 'providerSteps'
  | 'licences'
  | 'licencesMore'
  | 'outside'
  | 'overseasOpen'
  | 'overseasMore'
  | 'undo'
  | 'companions';

export interface SectionInfo {
  key: SectionKey;
  /** CONTENT.md ids: facts, launch steps (lp.*) and companions (comp.*), in display order. */
  ids: readonly string[];
}

export interface SectionInfo {
  key: SectionKey;
  /** CONTENT.md ids: facts, launch steps (lp.*) and companions (comp.*), in display order. */
  ids: readonly string[];
}

/** What a type's page shows beyond its head: the lines that decide and its sections. */
export interface TypePage {
  /**
   * The 3–5 lines that decide (EDITORIAL.md rule 10), as the comparison condenses them: who may open it, what it
   * can do, its messaging limit, its yearly cost, what can never be undone. The rows behind each are in the
   * sections below. The entity rules sit in each type's "who" section: they are shown where they decide.
   */
  decide: readonly DimensionId[];
  /** Every claim is a CONTENT.md id; each id appears once per type. */
  sections: readonly SectionInfo[];
}

const steps = (prefix: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => `${prefix}.${i + 1}`);

export const TYPE_PAGES: Readonly<Record<AccountTypeId, TypePage>> = {
  service: {
    decide: ['who-can-register', 'wechat-pay', 'message-quota', 'yearly-cost', 'change-type-later'],
    sections: [
      { key: 'definition', ids: ['svc.definition'] },
      { key: 'who', ids: ['svc.who', 'who.entities', 'who.limits'] },
      { key: 'where', ids: ['svc.where'] },
      { key: 'quota', ids: ['svc.quota'] },
      { key: 'notices', ids: ['svc.template', 'svc.kf'] },
      { key: 'functions', ids: ['svc.functions', 'svc.advanced', 'svc.store'] },
      { key: 'certification', ids: ['cert.fee', 'cert.benefit'] },
      { key: 'steps', ids: steps('lp.svc', 6) },
      { key: 'pay', ids: ['svc.pay', 'pay.partner', 'pay.rate', 'pay.entity'] },
      { key: 'undo', ids: ['svc.irreversible'] },
      { key: 'companions', ids: ['comp.shop', 'comp.wecom'] },
    ],
  },
  subscription: {
    decide: ['who-can-register', 'message-quota', 'wechat-pay', 'yearly-cost', 'change-type-later'],
    sections: [
      { key: 'definition', ids: ['sub.definition', 'sub.name'] },
      { key: 'who', ids: ['sub.who', 'who.entities', 'who.limits'] },
      { key: 'where', ids: ['sub.where'] },
      { key: 'quota', ids: ['sub.quota', 'sub.publish'] },
      { key: 'functions', ids: ['sub.functions', 'sub.api2025'] },
      { key: 'certification', ids: ['cert.fee', 'cert.benefit'] },
      { key: 'steps', ids: steps('lp.sub', 5) },
      { key: 'beforeYouApply', ids: ['svc.pay'] },
      { key: 'undo', ids: ['sub.upgrade'] },
      { key: 'companions', ids: ['comp.channels', 'comp.shop'] },
    ],
  },
  enterprise: {
    decide: ['who-can-register', 'message-quota', 'yearly-cost', 'change-type-later'],
    sections: [
      { key: 'definition', ids: ['ent.definition'] },
      { key: 'who', ids: ['ent.who', 'who.entities'] },
      { key: 'where', ids: ['ent.where'] },
      { key: 'quota', ids: ['ent.quota', 'ent.limits'] },
      { key: 'functions', ids: ['ent.functions'] },
      { key: 'costs', ids: ['ent.costs'] },
      { key: 'steps', ids: steps('lp.ent', 4) },
      { key: 'undo', ids: ['ent.irreversible'] },
      { key: 'companions', ids: ['comp.wecom'] },
    ],
  },
  miniprogram: {
    decide: ['who-can-register', 'needs-development', 'wechat-pay', 'steps-before-live', 'yearly-cost'],
    sections: [
      { key: 'definition', ids: ['mp.definition'] },
      { key: 'who', ids: ['mp.who', 'who.entities', 'who.limits'] },
      // Most owners without developers take this route, so it comes before the self-built process. Each section
      // loads in one setData when opened, so the provider rows are split by what the reader asks: cost, how, steps.
      { key: 'provider', ids: ['prov.what', 'prov.cost.saas', 'prov.cost.custom', 'prov.owner', 'nocode.order'] },
      {
        key: 'providerHow',
        ids: ['prov.find', 'prov.authorize', 'prov.register', 'prov.verifyicp', 'prov.template', 'nocode.store'],
      },
      { key: 'providerSteps', ids: steps('lp.prov', 6) },
      // mp.process lists the steps; each is shown with its launch-plan row (what to prepare, time, fee).
      { key: 'process', ids: ['mp.icp', 'mp.process', ...steps('lp.mp', 7)] },
      { key: 'licences', ids: ['cat.rules', 'cat.individual', 'cat.catering', 'cat.retail', 'cat.education'] },
      { key: 'licencesMore', ids: ['cat.medical', 'cat.finance', 'cat.travel', 'cat.overseas'] },
      { key: 'certification', ids: ['cert.mp', 'cert.fee', 'cert.benefit'] },
      { key: 'pay', ids: ['mp.pay', 'svc.pay', 'pay.partner', 'pay.rate', 'pay.entity', 'pay.mgmt'] },
      { key: 'rules', ids: ['mp.category', 'mp.privacy', 'mp.rules', 'mp.beta'] },
      { key: 'limits', ids: ['mp.limits'] },
      { key: 'share', ids: ['mp.share', 'mp.timeline', 'mp.code', 'mp.qrlink'] },
      // Operator notes: what the person running the mini program needs to link to it from the web.
      { key: 'outside', ids: ['mp.scheme', 'mp.inwx', 'mp.scheme.enc'] },
      { key: 'companions', ids: ['comp.channels', 'comp.wecom'] },
    ],
  },
};

/**
 * The overseas page (境外主体): what an entity outside the mainland can open, pay with and list. It is no account
 * type of its own, so it is a list of sections like a type page's, reached from home and the quiz's entity question.
 */
export const OVERSEAS_SECTIONS: readonly SectionInfo[] = [
  { key: 'overseasOpen', ids: ['os.mp', 'os.svc'] },
  { key: 'overseasMore', ids: ['os.pay', 'os.wecom', 'cat.overseas'] },
];

/** Every id one type's page shows in its sections, in page order. */
export function idsOfType(id: AccountTypeId): string[] {
  return TYPE_PAGES[id].sections.reduce<string[]>((all, s) => all.concat(s.ids), []);
}
