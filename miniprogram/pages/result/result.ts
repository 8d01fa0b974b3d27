import { POSTER_CODE_IMAGE, QR_LINK_BASE } from '../../config';
import { isAccountTypeId } from '../../domain/account-types';
import { t } from '../../domain/i18n/strings';
import { openingData } from '../../domain/guide/opening-view';
import { readLaunchEntry } from '../../domain/links/launch-entry';
import { accountPath, pathOfEntry, planPath, QUIZ_PATH, resultPath } from '../../domain/links/routes';
import { encodeAnswers } from '../../domain/links/share-codec';
import type { ResultLoad } from '../../domain/result-views/result-view';
import { Answers, isComplete } from '../../domain/quiz/questionnaire';
import { Lang } from '../../domain/text';
import { canShareToTimeline, enableShareMenu, isBrowseOnly } from '../../platform/capabilities';
import { datasetOf, definePage } from '../../platform/define-page';
import { showToast } from '../../platform/feedback';
import { openPage, relaunch, replacePage } from '../../platform/navigation';
import { loadProgress } from '../../platform/quiz-progress';
import {
  engine,
  loadPoster,
  loadResult,
  Poster,
  posterIfLoaded,
  prefetchLibrary,
  resultViews,
} from '../../platform/subpackages';

/** The poster subpackage (the drawing, the QR encoder, the static images), or null when it does not download. */
function withPoster(): Promise<Poster | null> {
  return new Promise((resolve) => loadPoster((ok) => resolve(ok ? posterIfLoaded() : null)));
}

/**
 * A share payload with its image; without one (nothing drawn, and the static images' subpackage not there) WeChat
 * shows a screenshot of the page.
 */
function withImage<T extends object>(payload: T, image: string | null | undefined): T & { imageUrl?: string } {
  return image ? { ...payload, imageUrl: image } : payload;
}

/**
 * The result, recomputed from the answers in the link (or the user's own finished quiz): the pick and why, the
 * runner-up, what cannot be undone, the launch plan, and the ways to share it (card, Moments, poster).
 */
type ResultState =
  | {
      kind: 'result';
      answers: Answers;
      /** The share code links carry: the one the page was opened with (an earlier quiz's keeps its meaning). */
      code: string;
      /** An earlier quiz wrote the code: the result says it may lack what that quiz did not ask. */
      legacy: boolean;
      shared: boolean;
      /** What the page renders and its share title, computed once per language. */
      load: ResultLoad;
      /** The drawn chat card (a temp file) once ready; the drawing in flight until then. */
      card: { path: string | null; drawing: Promise<string | null> | null };
      /** The drawn 1:1 Moments image once ready (Moments asks synchronously: until then the static one). */
      timeline: string | null;
      /** Opened from Moments (single-page mode): nothing navigates, so no action is offered. */
      browseOnly: boolean;
    }
  | { kind: 'damaged' | 'empty' }
  | { kind: 'handOver'; path: string };

/** What the handlers read back: the poster on screen (a temp file path, '' when closed) and whether it can be saved. */
interface ResultData {
  poster?: string;
  canSave?: boolean;
}

function stateOf(query: Record<string, string | undefined>, lang: Lang): ResultState {
  const entry = readLaunchEntry(query, QR_LINK_BASE, { answers: 'a', own: 'own' });
  if (entry.kind === 'type' || entry.kind === 'plan') return { kind: 'handOver', path: pathOfEntry(entry) as string };
  if (entry.kind === 'damaged') return { kind: 'damaged' };
  // Opened without a code (e.g. from the page list): the user's own finished quiz, if any.
  const saved = entry.kind === 'none' ? loadProgress() : null;
  if (entry.kind === 'result') return resultState(entry.answers, entry.code, entry.legacy, entry.shared, lang);
  if (!saved || !isComplete(saved.answers)) return { kind: 'empty' };
  return resultState(saved.answers, encodeAnswers(saved.answers), false, false, lang);
}

/** Opened from Moments or not is asked of WeChat once, when the page opens; a language switch keeps it. */
function resultState(
  answers: Answers,
  code: string,
  legacy: boolean,
  shared: boolean,
  lang: Lang,
  browseOnly = isBrowseOnly(),
): ResultState {
  const load = resultViews().resultLoadData(engine().recommend(answers), answers, lang, shared, legacy);
  const card = { path: null, drawing: null };
  return { kind: 'result', answers, code, legacy, shared, load, card, timeline: null, browseOnly };
}

/** In single-page mode no tap may try to navigate: the buttons are not shown, and a stray event does nothing. */
const browsing = (state: ResultState): boolean => state.kind === 'result' && state.browseOnly;

definePage<ResultState, ResultData>({
  // The rules are the recommendation subpackage's, what the page shows of them the result views': the page waits
  // for them (an English reader's words of them and of the answers come beside, engine-en and quiz-en).
  waitFor: loadResult,
  init: (query, lang) => stateOf(query, lang),
  view(state, lang) {
    if (state.kind === 'result')
      return state.browseOnly ? resultViews().browseOnlyData(state.load.payload, lang) : state.load.payload;
    return state.kind === 'handOver' ? openingData(lang) : resultViews().noticeData(lang, state.kind === 'damaged');
  },
  // Another language recomputes the view and the title; ready() draws the card again.
  relang: (state, lang) =>
    state.kind === 'result'
      ? resultState(state.answers, state.code, state.legacy, state.shared, lang, state.browseOnly)
      : state,
  title: (_state, lang) => t('page.result.title', lang),
  // A poster on screen was drawn in the language it was asked in.
  overlays: { poster: '' },
  ready(ctx) {
    const state = ctx.state;
    if (state.kind === 'handOver') replacePage(state.path);
    // In single-page mode the canvas and the share menu are WeChat's to offer: nothing is drawn or enabled.
    if (state.kind !== 'result' || state.browseOnly) return;
    // The plan, the likely next page, then opens without waiting for its facts.
    prefetchLibrary();
    enableShareMenu(canShareToTimeline());
    // Drawn once the result is on screen, so that sharing can answer at once; the drawing downloads first.
    const poster = withPoster();
    const content = resultViews().cardContent(state.load.view, ctx.lang);
    if (!content) return;
    state.card.drawing = poster
      .then((drawing) => (drawing ? drawing.drawShareCard(content) : null))
      .then((path) => {
        state.card = { path, drawing: null };
        return path;
      });
    void poster
      .then((drawing) => (drawing ? drawing.drawTimelineImage(content) : null))
      .then((path) => {
        state.timeline = path;
      });
  },
  /** The chat card: at once when the card is drawn, else with WeChat's `promise` field (base library 2.12+). */
  share(state, lang) {
    if (state.kind !== 'result') return { title: t('quiz.shareTitle', lang), path: QUIZ_PATH };
    const base = { title: state.load.title, path: resultPath(state.code, false) };
    const card = () => posterIfLoaded()?.STATIC_CARD;
    if (state.card.path) return { ...base, imageUrl: state.card.path };
    if (!state.card.drawing) return withImage(base, card());
    const drawn = state.card.drawing.then((path) => withImage(base, path ?? card()));
    return { ...withImage(base, card()), promise: drawn };
  },
  timeline(state, lang) {
    const image = state.kind === 'result' ? state.timeline : null;
    const payload =
      state.kind === 'result'
        ? { title: state.load.title, query: `a=${state.code}` }
        : { title: t('quiz.shareTitle', lang) };
    return withImage(payload, image ?? posterIfLoaded()?.STATIC_TIMELINE);
  },
  handlers: {
    /** The launch plan of this result: editable for the quiz's own result, read-only for a friend's. */
    onOpenPlan(ctx) {
      if (ctx.state.kind === 'result' && !ctx.state.browseOnly) openPage(planPath(ctx.state.code, !ctx.state.shared));
    },
    onOpenType(ctx, event) {
      const type = datasetOf(event).type;
      if (isAccountTypeId(type) && !browsing(ctx.state)) openPage(accountPath(type));
    },
    /** "Take the quiz yourself": the viewer's own progress, if any, is kept and resumed. */
    onTakeQuiz(ctx) {
      if (!browsing(ctx.state)) openPage(QUIZ_PATH);
    },
    /** Retake: the quiz starts afresh, and asks first if the viewer has an unfinished quiz of their own. */
    onRetake(ctx) {
      if (!browsing(ctx.state)) relaunch(`${QUIZ_PATH}?restart=1`);
    },
    async onPoster(ctx) {
      const state = ctx.state;
      if (state.kind !== 'result' || state.browseOnly) return;
      const content = resultViews().posterContent(state.load.view, state.code, ctx.lang, {
        linkBase: QR_LINK_BASE,
        codeImage: POSTER_CODE_IMAGE,
      });
      // The drawing downloaded when the result came on screen; if it did not, this tap tries again.
      const poster = content ? await withPoster() : null;
      const path = content && poster ? await poster.drawPoster(content, content.qr ? poster.qrMatrix : null) : null;
      if (!path || !poster) {
        showToast(t('result.posterFailed', ctx.lang));
        return;
      }
      ctx.setData({
        poster: path,
        canSave: poster.canSaveToAlbum(),
        'ui.posterSave': t('result.posterSave', ctx.lang),
        'ui.posterClose': t('result.posterClose', ctx.lang),
        'ui.posterHint': t('result.posterHint', ctx.lang),
      });
    },
    onPreviewPoster(ctx) {
      if (ctx.data.poster) posterIfLoaded()?.previewImage(ctx.data.poster);
    },
    onClosePoster(ctx) {
      ctx.setData({ poster: '' });
    },
    /**
     * Saves the poster: privacy consent, album permission and their explanations are in platform/poster/poster-save.ts,
     * there since the poster was drawn.
     */
    async onSavePoster(ctx) {
      const path = ctx.data.poster;
      const poster = posterIfLoaded();
      if (path && ctx.data.canSave && poster) await poster.savePoster(path, ctx.lang);
    },
  },
});
