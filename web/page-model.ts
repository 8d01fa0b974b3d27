import { AccountDetailView, getAccountDetail } from '../miniprogram/domain/guide-views/account-page';
import { homePageData } from '../miniprogram/domain/library/guide/account-views';
import { t } from '../miniprogram/domain/i18n/strings';
import { readLaunchEntry } from '../miniprogram/domain/links/launch-entry';
import { qrLinkOfCode, readLinkBase } from '../miniprogram/domain/links/qr-link';
import { HOME_PATH, pathOfEntry } from '../miniprogram/domain/links/routes';
import { groupSteps, planNoticeData, planPageData, PlanPageData } from '../miniprogram/domain/library/plan/plan-view';
import { planStateOf } from '../miniprogram/domain/library/plan/plan-state';
import { launchPlan } from '../miniprogram/domain/library/plan/launch-plan';
import { ResultLabels, resultLoadData, ResultView } from '../miniprogram/domain/result-views/result-view';
import { Lang } from '../miniprogram/domain/text';
import { addAllEnglish } from '../scripts/lib/all-english';
import { addAllRows } from '../scripts/lib/all-rows';
import { EnvVersion, schemeUrl } from './scheme';
import { w } from './strings';
import { recommend } from '../miniprogram/domain/recommendation/recommender';

/**
 * What the web page shows for an address, built from the same domain code as the mini program: the address is
 * read as the link a poster carries (`<base>r/<code>`, `t/<type>`, `p/<code>`), through readLaunchEntry as the
 * mini program reads a scanned `q`, and each page's content comes from the same view functions. Pure: no DOM.
 */

// The web page is one bundle in both languages: the English that the mini program downloads apart, for English
// readers only (platform/subpackages.ts), is part of it from the start.
addAllEnglish();
addAllRows();

/** Set by the build (scripts/build-web.js) from config.ts, the environment and project.config.json. */
export interface WebConfig {
  /** config.ts's QR_LINK_BASE (or the QR_LINK_BASE the build was given). */
  base: string;
  /** The mini program's appid, or null when none is configured (no open-in-WeChat button then). */
  appid: string | null;
  envVersion: EnvVersion;
}

/** How the reader gets from this page into the mini program. */
export interface OpenView {
  /** The plaintext scheme of the same page, or null where there is none to offer. */
  scheme: string | null;
  label: string;
  /** Under the button: what the mini program adds; or, without a button, how to get there instead. */
  note: string;
}

export interface Labels {
  appTitle: string;
  appSubtitle: string;
  switchTo: string;
  switchAria: string;
  reported: string;
  inference: string;
  local: string;
  /** Between a label and its value: '：' in Chinese, ': ' in English. */
  colon: string;
  /** Between two sentences: a space in English, nothing in Chinese. */
  space: string;
}

export type PageBody =
  | {
      kind: 'result';
      ui: ResultLabels;
      view: ResultView;
      legacy: boolean;
      /** The plan's time and first-year fees, with the web link of the whole plan; null where there is no plan. */
      plan: {
        title: string;
        summary: PlanPageData['summary'];
        ui: Record<string, string>;
        href: string;
        more: string;
      } | null;
    }
  | { kind: 'type'; detail: AccountDetailView; ui: { analogy: string; decide: string } }
  | { kind: 'plan'; data: PlanPageData }
  | { kind: 'notice'; message: string }
  | {
      kind: 'home';
      notice: string;
      ui: ReturnType<typeof homePageData>['ui'];
      cardLabels: ReturnType<typeof homePageData>['cardLabels'];
      cards: (ReturnType<typeof homePageData>['cards'][number] & { href: string })[];
    };

export interface WebPage {
  lang: Lang;
  /** The path the site is served under here (PageAddress.root): the page's own links start with it. */
  root: string;
  title: string;
  labels: Labels;
  body: PageBody;
  open: OpenView;
}

export interface PageAddress {
  /** The link this address stands for (what a poster printed). */
  link: string;
  /** The path the site is served under here, ending in '/', for the page's own links. */
  root: string;
  /** The part after the root: '' for the site's own front page. */
  rest: string;
}

/** The site's front page: the folder itself, or its index.html / 404.html served by name. */
const FRONT = new Set(['', 'index.html', '404.html']);

const pathOf = (base: string): string => base.replace(/^[a-z]+:\/\/[^/]+/i, '');

/**
 * Reads a page address (location.pathname, as the browser keeps it). Served under the base's own path, the rest
 * is what follows it; served under another path (a trial host, a copy of the folder), the last two segments are
 * taken as the link's kind and value when the first is a kind's letter, so the folder works wherever it is served.
 */
export function readAddress(base: string, pathname: string): PageAddress {
  const own = pathOf(base);
  if (pathname.startsWith(own)) {
    const rest = pathname.slice(own.length);
    return { link: base + rest, root: own, rest };
  }
  const tail = /^(.*\/)([a-z]\/[^/]*)$/.exec(pathname);
  const root = tail ? tail[1] : pathname.replace(/[^/]*$/, '');
  const rest = pathname.slice(root.length);
  return { link: base + rest, root, rest };
}

const inWechatBrowser = (userAgent: string): boolean => /MicroMessenger/i.test(userAgent);

function openView(config: WebConfig, page: string, lang: Lang, userAgent: string): OpenView {
  const label = w('web.open', lang);
  // Inside WeChat's own browser a plaintext scheme is undocumented (mp.inwx): say how to get there instead.
  if (inWechatBrowser(userAgent)) return { scheme: null, label, note: w('web.inWechat', lang) };
  const scheme = config.appid ? schemeUrl(config.appid, page, config.envVersion) : null;
  return scheme
    ? { scheme, label, note: w('web.openNote', lang) }
    : { scheme: null, label, note: w('web.noScheme', lang) };
}

function labels(lang: Lang): Labels {
  return {
    appTitle: t('app.title', lang),
    appSubtitle: t('app.subtitle', lang),
    switchTo: t('lang.switchTo', lang),
    switchAria: t('lang.switchAria', lang),
    reported: t('fact.reported', lang),
    inference: t('fact.inference', lang),
    local: w('web.local', lang),
    colon: lang === 'en' ? ': ' : '：',
    space: lang === 'en' ? ' ' : '',
  };
}

/** A plan with every group's steps filled in: a web page has room for all of them at once. */
function fullPlan(data: PlanPageData['groups'], fill: (index: number) => PlanPageData['groups'][number]['steps']) {
  return data.map((g, i) => ({ ...g, open: true, steps: g.steps.length > 0 ? g.steps : fill(i) }));
}

function homeBody(lang: Lang, root: string, notice: string): PageBody {
  const home = homePageData(lang, false);
  return {
    kind: 'home',
    notice,
    ui: home.ui,
    cardLabels: home.cardLabels,
    cards: home.cards.map((card) => ({ ...card, href: `${root}t/${card.id}` })),
  };
}

/** The notice for a damaged link of each kind, worded as the mini program words it. */
function damagedNotice(rest: string, lang: Lang): string {
  switch (rest.split('/')[0]) {
    case 'r':
      return t('result.damaged', lang);
    case 'p':
      return t('plan.damaged', lang);
    case 't':
      return t('notice.damagedLinkTypes', lang);
    default:
      return t('notice.damagedLink', lang);
  }
}

/**
 * The page for an address. `userAgent` only decides whether the page is inside WeChat's browser (no scheme
 * there). Anything the address does not name (another path, a tampered code) is the damaged-link notice over
 * the front page's content, which stays usable.
 */
export function webPage(config: WebConfig, pathname: string, lang: Lang, userAgent = ''): WebPage {
  const base = readLinkBase(config.base);
  const address = base ? readAddress(base, pathname) : null;
  const common = { lang, labels: labels(lang), root: address ? address.root : '/' };
  if (!base || !address || FRONT.has(address.rest)) {
    return {
      ...common,
      title: t('app.title', lang),
      body: homeBody(lang, common.root, ''),
      open: openView(config, HOME_PATH, lang, userAgent),
    };
  }
  // Exactly what the mini program does with a scanned link: q is the link, URL-encoded once.
  const entry = readLaunchEntry({ q: encodeURIComponent(address.link) }, base);
  const page = pathOfEntry(entry) ?? HOME_PATH;
  const open = openView(config, page, lang, userAgent);
  switch (entry.kind) {
    case 'result': {
      const load = resultLoadData(recommend(entry.answers), entry.answers, lang, true, entry.legacy);
      const plan = launchPlan(entry.answers, recommend);
      const planData = plan ? planPageData(plan, entry.answers.entity, [], true, lang) : null;
      const planLink = qrLinkOfCode(base, 'plan', entry.code);
      return {
        ...common,
        title: `${load.title} · ${t('app.title', lang)}`,
        open,
        body: {
          kind: 'result',
          ui: load.payload.ui,
          view: load.view,
          legacy: entry.legacy,
          plan: planData
            ? {
                title: t('result.plan', lang),
                summary: planData.summary,
                ui: planData.ui,
                href: `${address.root}${planLink.slice(base.length)}`,
                more: w('web.allSteps', lang),
              }
            : null,
        },
      };
    }
    case 'plan': {
      const state = planStateOf(entry, recommend, () => null);
      if (state.kind !== 'plan') {
        return {
          ...common,
          title: t('page.plan.title', lang),
          open,
          body: { kind: 'notice', message: planNoticeData(state.kind, lang).ui.message },
        };
      }
      const data = planPageData(state.plan, state.entity, [], true, lang);
      const groups = fullPlan(data.groups, (i) => groupSteps(state.plan, i, [], true, lang));
      return {
        ...common,
        title: `${data.head.title} · ${data.head.names}`,
        open,
        body: { kind: 'plan', data: { ...data, groups } },
      };
    }
    case 'type': {
      const detail = getAccountDetail(entry.type, lang);
      if (detail) {
        return {
          ...common,
          title: `${detail.name} · ${t('app.title', lang)}`,
          open,
          body: {
            kind: 'type',
            detail,
            ui: {
              analogy: t('account.analogy', lang),
              decide: t('section.decide', lang),
            },
          },
        };
      }
      break;
    }
    default:
      break;
  }
  return {
    ...common,
    title: t('app.title', lang),
    body: homeBody(lang, address.root, damagedNotice(address.rest, lang)),
    open,
  };
}
