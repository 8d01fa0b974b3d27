import { AccountTypeId } from '../account-types';
import { accountTypeName } from '../guide/account-cards';
import { StringKey, t } from './i18n/strings';
import { Answers, optionLabel, TradeId } from '../quiz/questionnaire';
import { Lang, pick, Text, zhText } from '../text';
import type { LineView, SetupView } from './result-view';
import { TRADE_LICENCE } from '../quiz/trade-licences';
import type { BuildRoute, PartRole, Setup, SetupPart } from '../recommendation/setup';

/** A setup as the result's first lines say it: the headline, one line per part, goals out of reach, the licence. */

/** What a provider rents out for a trade, as the headline names it ("现成的点餐小程序"). */
export const TEMPLATE_KIND: Readonly<Partial<Record<TradeId, Text>>> = {
  catering: zhText('点餐'),
  retail: zhText('商城'),
  education: zhText('报名'),
  health: zhText('预约'),
  travel: zhText('预订'),
};

const BUILD: Record<BuildRoute, StringKey> = {
  none: 'setup.build.none',
  own: 'setup.build.own',
  agency: 'setup.build.agency',
  provider: 'setup.build.provider',
};
const ROLE: Record<Exclude<PartRole, 'main'>, StringKey> = {
  notices: 'setup.role.notices',
  articles: 'setup.role.articles',
  staff: 'setup.role.staff',
};

/** The details of a part: how it is built (where there is something to build), what it is for, optional. */
function details(part: SetupPart, a: Answers, lang: Lang): string[] {
  const out: string[] = [];
  if (part.optional) out.push(t('setup.optional', lang));
  if (part.type === 'miniprogram' && a.entity === 'overseas') out.push(t('setup.noFiling', lang));
  if (part.build !== 'none') {
    const kind = a.trade ? TEMPLATE_KIND[a.trade] : undefined;
    out.push(t(BUILD[part.build], lang, { kind: kind ? pick(kind, lang) + (lang === 'en' ? ' ' : '') : '' }));
  }
  if (part.role !== 'main') out.push(t(ROLE[part.role], lang));
  return out;
}

const named = (type: AccountTypeId, lang: Lang): string => accountTypeName(type, lang);

/** A part's type, or both types where another would do: "公众号（原订阅号）或服务号". */
const partName = (part: SetupPart, lang: Lang): string =>
  part.or ? t('setup.or', lang, { a: named(part.type, lang), b: named(part.or, lang) }) : named(part.type, lang);

const withDetails = (name: string, d: string[], lang: Lang): string =>
  d.length === 0 ? name : lang === 'en' ? `${name} (${d.join(', ')})` : `${name}（${d.join('，')}）`;

/**
 * A part in the headline. With another type that would do: a mini program keeps its own details (how it is
 * built, no filing) before the other type; a role both would play ("发文章") follows them both.
 */
function partText(part: SetupPart, a: Answers, lang: Lang): string {
  const d = details(part, a, lang);
  if (!part.or) return withDetails(named(part.type, lang), d, lang);
  if (part.type === 'miniprogram')
    return t('setup.or', lang, { a: withDetails(named(part.type, lang), d, lang), b: named(part.or, lang) });
  // An overseas service account's other choice is a mini program that needs no ICP filing: say so there.
  if (part.or === 'miniprogram' && a.entity === 'overseas')
    return t('setup.or', lang, {
      a: withDetails(named(part.type, lang), d, lang),
      b: withDetails(named(part.or, lang), [t('setup.noFiling', lang)], lang),
    });
  return withDetails(partName(part, lang), d, lang);
}

/** What a part covers of the person's goals, as its line under the headline. */
function coversText(part: SetupPart, lang: Lang): string {
  if (part.covers.length === 0) return t(part.optional ? 'setup.covers.optional' : 'setup.covers.none', lang);
  const goals = part.covers.map((g) => optionLabel('goals', g, lang)).join(lang === 'en' ? ', ' : '、');
  return t('setup.covers', lang, { goals });
}

function licenceLine(a: Answers, setup: Setup, lang: Lang): LineView | null {
  if (!a.trade || setup.kind !== 'setup' || !setup.parts.some((p) => p.type === 'miniprogram')) return null;
  const row = TRADE_LICENCE[a.trade];
  return row ? { t: t(`setup.licence.${a.trade}` as StringKey, lang), m: '' } : null;
}

export function setupView(setup: Setup, a: Answers, lang: Lang): SetupView {
  if (setup.kind === 'none')
    return {
      kind: 'none',
      headline: setup.reason === 'native' ? t('result.noGoodFit', lang) : '',
      m: '',
      parts: [],
      unreached: [],
      licence: null,
    };
  const unreached: LineView[] = setup.unreached.map((u) => ({
    t: t(u.goal === 'payment' ? 'setup.unreached.payment' : 'setup.unreached.sell', lang),
    m: 'inference',
  }));
  if (setup.kind === 'path')
    return { kind: 'path', headline: t('setup.path.shop', lang), m: 'inference', parts: [], unreached, licence: null };
  const headline = setup.parts.map((part) => partText(part, a, lang)).join(' + ');
  return {
    kind: 'setup',
    headline,
    m: '',
    // A part named exactly as the headline is not named again: only what it covers follows.
    parts: setup.parts.map((part) => {
      const name = partName(part, lang);
      return { type: part.type, name: name === headline ? '' : name, how: coversText(part, lang) };
    }),
    unreached,
    licence: licenceLine(a, setup, lang),
  };
}
