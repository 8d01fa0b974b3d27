import { AccountTypeId } from './account-types';
import { Reason, Recommendation, TypeFit } from './recommendation-types';
import { Lang, pick, Text } from './text';
import { ACCOUNT_TYPES } from './knowledge';

/** The result page's data: flat, localized, ready for setData. */
export interface PickView {
  type: AccountTypeId;
  name: string;
  score: number;
  /** Why it fits, strongest first. */
  reasons: string[];
  /** What speaks against it, strongest first. */
  drawbacks: string[];
}

export interface OtherView {
  type: AccountTypeId;
  name: string;
  score: number;
  blocked: boolean;
  /** Why not: the first blocker, else the strongest minus reason, else a generic line. */
  why: string;
}

export interface TypedLine {
  type: AccountTypeId | null;
  name: string;
  text: string;
}

export interface RecommendationView {
  complete: boolean;
  noGoodFit: boolean;
  top: PickView | null;
  runnerUp: PickView | null;
  others: OtherView[];
  blockers: TypedLine[];
  cautions: string[];
  combinations: string[];
  nextSteps: TypedLine[];
  notes: string[];
}

const WEAKER: Text = { zh: '和你的回答匹配度较低。', en: 'A weaker match for your answers.' };

const texts = (reasons: Reason[], lang: Lang): string[] => reasons.map((r) => pick(r.text, lang));

function pickView(fit: TypeFit, lang: Lang): PickView {
  return {
    type: fit.type,
    name: pick(ACCOUNT_TYPES[fit.type].name, lang),
    score: fit.score,
    reasons: texts(
      fit.reasons.filter((r) => r.polarity === 'plus'),
      lang,
    ),
    drawbacks: texts(
      fit.reasons.filter((r) => r.polarity === 'minus'),
      lang,
    ),
  };
}

function whyNot(fit: TypeFit, lang: Lang): string {
  const main = fit.blockers[0] ?? fit.reasons.find((r) => r.polarity === 'minus');
  return main ? pick(main.text, lang) : fit.reasons.length > 0 ? pick(WEAKER, lang) : '';
}

/** Flattens one level; written out because older WeChat base libraries lack Array.prototype.flat. */
function concat<T>(lists: T[][]): T[] {
  return lists.reduce<T[]>((all, list) => all.concat(list), []);
}

function unique(lines: string[]): string[] {
  return lines.filter((line, i) => lines.indexOf(line) === i);
}

export function recommendationView(rec: Recommendation, lang: Lang): RecommendationView {
  const fitOf = (type: AccountTypeId | null): TypeFit | undefined => rec.ranked.find((f) => f.type === type);
  const top = fitOf(rec.top);
  const runnerUp = fitOf(rec.runnerUp);
  // Cautions for the types the page features; without a pick (no good fit), for the best open type.
  const featured = top ? [top, runnerUp] : [rec.ranked.find((f) => !f.blocked)];
  return {
    complete: rec.complete,
    noGoodFit: rec.noGoodFit,
    top: top ? pickView(top, lang) : null,
    runnerUp: runnerUp ? pickView(runnerUp, lang) : null,
    others: rec.ranked
      .filter((f) => f !== top && f !== runnerUp)
      .map((f) => ({
        type: f.type,
        name: pick(ACCOUNT_TYPES[f.type].name, lang),
        score: f.score,
        blocked: f.blocked,
        why: whyNot(f, lang),
      })),
    blockers: concat(
      rec.ranked.map((f) =>
        f.blockers.map((b) => ({ type: f.type, name: pick(ACCOUNT_TYPES[f.type].name, lang), text: pick(b.text, lang) })),
      ),
    ),
    cautions: unique(concat(featured.map((f) => (f ? texts(f.cautions, lang) : [])))),
    combinations: rec.combinations.map((c) => pick(c.text, lang)),
    nextSteps: rec.nextSteps.map((s) => ({
      type: s.type,
      name: s.type ? pick(ACCOUNT_TYPES[s.type].name, lang) : '',
      text: pick(s.text, lang),
    })),
    notes: rec.notes.map((n) => pick(n, lang)),
  };
}

/** The chat-card title: names the recommended type and its fit. */
export function shareTitle(rec: Recommendation, lang: Lang): string {
  const top = rec.ranked.find((f) => f.type === rec.top);
  if (top) {
    const name = pick(ACCOUNT_TYPES[top.type].name, lang);
    return lang === 'en' ? `My WeChat pick: ${name} (fit ${top.score})` : `我适合开通：${name}（匹配度 ${top.score}）`;
  }
  if (rec.noGoodFit) return lang === 'en' ? 'My needs may call for a native app' : '我的需求可能更适合原生 App';
  return lang === 'en' ? 'Which WeChat account type fits you?' : '哪种微信账号适合你？';
}
