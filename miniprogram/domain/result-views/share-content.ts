import { t } from './i18n/strings';
import { qrLinkOfCode, readLinkBase } from '../links/qr-link';
import { Lang } from '../text';
import { typeColor } from '../theme';
import { ResultView } from './result-view';

/**
 * What the chat card and the poster print of a result, already localized: the platform only paints it. Both
 * print the top pick's reasons, never what speaks against it.
 */
export interface ShareImageContent {
  brand: string;
  headline: string;
  typeName: string;
  score: string;
  reasons: string[];
  /** The accent colour of the recommended type. */
  color: string;
}

export interface PosterContent extends ShareImageContent {
  runnerUp: string;
  footer: string;
  /** A mini program code image, when one is configured and there is no QR link base. */
  codeImage?: string;
  /** Shown instead of a code when there is none. */
  linkText: string;
  /** An ordinary QR code of this result's link (CONTENT.md mp.qrlink), drawn first when set; footer beside it. */
  qr?: { link: string; footer: string };
}

/**
 * How wide a text sets, in ems of the image's reason font: a Chinese character one, anything else about half.
 * Both images give a reason two lines of about 18 ems (the card 19, the poster 18): 33 leaves room for the bullet.
 */
const REASON_EMS = 33;
const ems = (text: string): number =>
  Array.from(text).reduce((n, ch) => n + (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.55), 0);

/**
 * Reasons that print whole (EDITORIAL.md rule 11): one that does not fit is cut at its last clause boundary that
 * fits, never mid-word; one with no such boundary is left out rather than ellipsized; each reason once.
 */
export function wholeReasons(texts: readonly string[], count: number): string[] {
  const out: string[] = [];
  for (const text of texts) {
    let fit = text;
    if (ems(fit) > REASON_EMS) {
      const cuts = Array.from(text.matchAll(/[，；,;]/g), (m) => m.index ?? 0).filter(
        (i) => i > 0 && ems(text.slice(0, i)) <= REASON_EMS,
      );
      fit = cuts.length > 0 ? text.slice(0, cuts[cuts.length - 1]) : '';
    }
    if (fit && !out.includes(fit)) out.push(fit);
    if (out.length === count) break;
  }
  return out;
}

/**
 * The 5:4 chat card of a result: the setup (or the path) as its headline, the score of the setup's main part and
 * its first reasons; null when nothing fits (the static card is used).
 */
export function cardContent(view: ResultView, lang: Lang): ShareImageContent | null {
  const setup = view.setup;
  if (setup.kind === 'none') return null;
  const top = view.top;
  return {
    brand: t('app.title', lang),
    headline: t('result.cardHeadline', lang),
    typeName: setup.headline,
    score: top ? t('result.score', lang, { score: top.score }) : '',
    reasons: wholeReasons(
      (top ? top.reasons : setup.unreached).map((r) => r.t),
      2,
    ),
    color: top ? typeColor(top.type) : typeColor('subscription'),
  };
}

/**
 * The poster of a result. Its code: an ordinary QR code of the result's own link where config has a usable link
 * base, else the configured mini program code image, else a line telling how to find the mini program.
 */
export function posterContent(
  view: ResultView,
  code: string,
  lang: Lang,
  config: { linkBase: unknown; codeImage: string | null },
): PosterContent | null {
  const card = cardContent(view, lang);
  if (!card) return null;
  const base = readLinkBase(config.linkBase);
  const poster: PosterContent = {
    ...card,
    reasons: wholeReasons(
      (view.top ? view.top.reasons : view.setup.unreached).map((r) => r.t),
      3,
    ),
    runnerUp: view.runnerUp ? t('result.runnerUpLine', lang, { name: view.runnerUp.name }) : '',
    footer: t('result.posterFooter', lang),
    linkText: t('result.posterLink', lang),
  };
  if (config.codeImage) poster.codeImage = config.codeImage;
  if (base) poster.qr = { link: qrLinkOfCode(base, 'result', code), footer: t('result.posterQrFooter', lang) };
  return poster;
}
