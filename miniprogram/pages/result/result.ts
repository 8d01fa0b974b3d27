import { POSTER_CODE_IMAGE, QR_LINK_BASE } from '../../config';
import { AccountTypeId, isAccountTypeId } from '../../domain/account-types';
import { t } from '../../domain/i18n/strings';
import { readLaunchEntry } from '../../domain/launch-entry';
import { pathOfEntry, planPath } from '../../domain/routes';
import { qrLink, readLinkBase } from '../../domain/qr-link';
import { Answers, isComplete } from '../../domain/questionnaire';
import { encodeAnswers, sharePath, typePath } from '../../domain/share-codec';
import { Lang } from '../../domain/text';
import { canSaveToAlbum, previewImage } from '../../platform/album';
import { canShareToTimeline, enableShareMenu } from '../../platform/capabilities';
import { showToast } from '../../platform/feedback';
import { currentLang, setPageTitle } from '../../platform/language';
import { openPage, relaunch, replacePage } from '../../platform/navigation';
import { loadProgress } from '../../platform/quiz-progress';
import { drawPoster, drawShareCard, ShareImageContent } from '../../platform/share-image';
import { savePoster } from './poster-save';
import { noticeData, resultLoadData, ResultView } from '../../domain/result-view';

/** Shown when the offscreen canvas is unavailable or the card is not drawn yet. */
export const STATIC_CARD = '/assets/share-card.png';
const QUIZ_URL = '/pages/quiz/quiz';

/** Same colours as app.wxss --color-type-*: the canvas cannot read CSS variables. */
const TYPE_COLORS: Record<AccountTypeId, string> = {
  service: '#1677ff',
  subscription: '#07c160',
  enterprise: '#7b61ff',
  miniprogram: '#ff8f1f',
};

/** Per-page state that is not rendered: kept out of `data` so it never crosses to the view layer. */
interface ResultState {
  lang: Lang;
  answers: Answers | null;
  title: string;
  view: ResultView | null;
  /** The drawn chat card (temp file) once ready; null while drawing or when it could not be drawn. */
  cardPath: string | null;
  /** The drawing in flight; cleared when it ends, so sharing then answers synchronously. */
  card: Promise<string | null> | null;
  /** A friend's result: its plan opens read-only too. */
  shared: boolean;
}

const states = new WeakMap<object, ResultState>();

function cardContent(lang: Lang, view: ResultView): ShareImageContent | null {
  const top = view.top;
  if (!top) return null;
  return {
    brand: t('app.title', lang),
    headline: t('result.cardHeadline', lang),
    typeName: top.name,
    score: t('result.score', lang, { score: top.score }),
    reasons: top.reasons.slice(0, 2).map((r) => r.t),
    color: TYPE_COLORS[top.type],
  };
}

/** The chat card payload: synchronous when the card is drawn, else with WeChat's `promise` field (2.12+). */
export function shareMessage(state: ResultState | undefined) {
  if (!state || !state.answers) return { title: t('quiz.shareTitle', state ? state.lang : 'zh'), path: QUIZ_URL };
  const base = { title: state.title, path: `/${sharePath(state.answers)}` };
  if (state.cardPath) return { ...base, imageUrl: state.cardPath };
  if (!state.card) return { ...base, imageUrl: STATIC_CARD };
  // Still drawing: WeChat (2.12+) waits up to 3 s for the promise, older ones use imageUrl.
  return {
    ...base,
    imageUrl: STATIC_CARD,
    promise: state.card.then((path) => ({ ...base, imageUrl: path ?? STATIC_CARD })),
  };
}

Component({
  data: {
    /** 'loading' until onLoad decides; then 'result', 'damaged' (bad link or code) or 'empty' (nothing to show). */
    state: 'loading',
    shared: false,
    ui: {} as Record<string, string>,
    view: null as ResultView | null,
    poster: '',
    /** Saving is offered only where wx.saveImageToPhotosAlbum exists. */
    canSave: false,
  },
  methods: {
    onLoad(query?: Record<string, string | undefined>) {
      const lang = currentLang();
      const state: ResultState = { lang, answers: null, title: '', view: null, cardPath: null, card: null, shared: false };
      states.set(this, state);
      setPageTitle(t('page.result.title', lang));
      const entry = readLaunchEntry(query, QR_LINK_BASE, { answers: 'a', own: 'own' });
      if (entry.kind === 'type' || entry.kind === 'plan') {
        replacePage(pathOfEntry(entry) as string);
        return;
      }
      let answers: Answers | null = null;
      let shared = false;
      if (entry.kind === 'result') {
        answers = entry.answers;
        shared = entry.shared;
      } else if (entry.kind === 'none') {
        // Opened without a code (e.g. from the page list): the user's own finished quiz, if any.
        const saved = loadProgress();
        if (saved && isComplete(saved.answers)) answers = saved.answers;
      }
      if (!answers) {
        this.setData(noticeData(lang, entry.kind === 'damaged'));
        return;
      }
      const load = resultLoadData(answers, lang, shared);
      state.answers = answers;
      state.shared = shared;
      state.title = load.title;
      state.view = load.view;
      enableShareMenu(canShareToTimeline());
      this.setData(load.payload, () => this.prepareCard());
    },

    /** Draws the chat card once the result is on screen, so sharing can answer synchronously. */
    prepareCard() {
      const state = states.get(this);
      if (!state || !state.view || state.card || state.cardPath) return;
      const content = cardContent(state.lang, state.view);
      if (!content) return;
      state.card = drawShareCard(content).then((path) => {
        state.cardPath = path;
        state.card = null;
        return path;
      });
    },

    onShareAppMessage() {
      return shareMessage(states.get(this));
    },

    onShareTimeline() {
      const state = states.get(this);
      if (!state || !state.answers) return { title: t('quiz.shareTitle', 'zh') };
      return { title: state.title, query: `a=${encodeAnswers(state.answers)}` };
    },

    /** The launch plan of this result: editable for the quiz's own result, read-only for a friend's. */
    onOpenPlan() {
      const state = states.get(this);
      if (state && state.answers) openPage(planPath(encodeAnswers(state.answers), !state.shared));
    },

    onOpenType(e: { currentTarget: { dataset: { type?: string } } }) {
      const type = e.currentTarget.dataset.type;
      if (isAccountTypeId(type)) openPage(`/${typePath(type)}`);
    },

    /** "Take the quiz yourself": the viewer's own progress, if any, is kept and resumed. */
    onTakeQuiz() {
      openPage(QUIZ_URL);
    },

    /** Retake: the quiz starts afresh, and asks first if the viewer has an unfinished quiz of their own. */
    onRetake() {
      relaunch(`${QUIZ_URL}?restart=1`);
    },

    async onPoster() {
      const state = states.get(this);
      if (!state || !state.view || !state.view.top || !state.answers) return;
      const card = cardContent(state.lang, state.view) as ShareImageContent;
      const lang = state.lang;
      // An ordinary QR code of this result's link, only with a usable QR_LINK_BASE (else the code image or text).
      const base = readLinkBase(QR_LINK_BASE);
      const path = await drawPoster({
        ...card,
        reasons: state.view.top.reasons.slice(0, 3).map((r) => r.t),
        runnerUp: state.view.runnerUp ? t('result.runnerUpLine', lang, { name: state.view.runnerUp.name }) : '',
        footer: t('result.posterFooter', lang),
        ...(POSTER_CODE_IMAGE ? { codeImage: POSTER_CODE_IMAGE } : {}),
        linkText: t('result.posterLink', lang),
        ...(base ? { qr: { link: qrLink(base, { kind: 'result', answers: state.answers }), footer: t('result.posterQrFooter', lang) } } : {}),
      });
      if (!path) {
        showToast(t('result.posterFailed', lang));
        return;
      }
      this.setData({
        poster: path,
        canSave: canSaveToAlbum(),
        'ui.posterSave': t('result.posterSave', lang),
        'ui.posterClose': t('result.posterClose', lang),
        'ui.posterHint': t('result.posterHint', lang),
      });
    },

    onPreviewPoster() {
      if (this.data.poster) previewImage(this.data.poster);
    },

    onClosePoster() {
      this.setData({ poster: '' });
    },

    /** Saves the poster: privacy consent, album permission and their explanations are in poster-save.ts. */
    async onSavePoster() {
      const state = states.get(this);
      const path = this.data.poster;
      if (!state || !path || !this.data.canSave) return;
      await savePoster(path, state.lang);
    },
  },
});
