import { pickedOption } from './question-step/props';
import { t } from '../../domain/i18n/strings';
import {
  chooseOption,
  clearAnswer,
  isAnswered,
  isComplete,
  nextQuestionIndex,
  QUESTIONS,
  questionView,
  QuestionView,
  sanitizeAnswers,
} from '../../domain/quiz/questionnaire';
import {
  isUnfinished,
  progressNoticeData,
  ProgressStatus,
  quizPageData,
  quizStepData,
  QuizState,
  startOverQuestion,
} from '../../domain/quiz/quiz-view';
import { OVERSEAS_PATH, QUIZ_PATH, resultPath } from '../../domain/links/routes';
import { encodeAnswers } from '../../domain/links/share-codec';
import { Lang } from '../../domain/text';
import { Data, definePage, PageContext } from '../../platform/define-page';
import { confirm, showToast } from '../../platform/feedback';
import { openPage } from '../../platform/navigation';
import { clearProgress, LoadedProgress, readProgress, saveProgress } from '../../platform/quiz-progress';
import { loadQuiz, prefetchEngine } from '../../platform/subpackages';

/**
 * The quiz: one question per step. Answers are saved after every answer and step, so leaving and coming back
 * resumes where the user was. A link with restart=1 (retake) starts afresh, but asks first when the saved quiz
 * is unfinished, as "start over" does: no link can clear someone's answers without asking. Progress saved by
 * the previous questionnaire opens mapped onto this one, at its first open question, with a notice saying so.
 * Saved progress that cannot be read is never written over: the quiz works in memory, says so and offers a retry;
 * progress that reads but is unusable starts the quiz afresh, says so, and the next save replaces it.
 */
type QuizPageState = QuizState & {
  /** What ready() does for a restart=1 link: ask first (unfinished quiz) or clear at once (finished quiz). */
  restart: 'ask' | 'clear' | null;
  progress: ProgressStatus;
};

/** What the handlers read back: the question on screen and the flags around it. */
interface QuizData {
  question: QuestionView | null;
  answered: boolean;
  resumed: boolean;
}

const FRESH: QuizState = { answers: {}, step: 0, resumed: false, upgraded: false };

function fresh(progress: ProgressStatus = 'ok'): QuizPageState {
  return { ...FRESH, restart: null, progress };
}

const viewOf = (state: QuizPageState, lang: Lang) => ({
  ...quizPageData(state, lang),
  ...progressNoticeData(state.progress, lang),
});

/** The page opened on this saved progress. */
function resumedAt(saved: LoadedProgress): QuizPageState {
  return {
    answers: saved.answers,
    step: saved.step,
    resumed: Object.keys(saved.answers).length > 0,
    // Saved by the previous questionnaire: the notice says the quiz changed and asks for the new questions.
    upgraded: saved.migrated,
    restart: null,
    progress: 'ok',
  };
}

/**
 * Saves the progress, unless the saved record could not be read: then nothing is written over it. Returns what
 * the notice becomes (a corrupt record, once replaced, needs no notice), for the caller's one setData.
 */
function save(ctx: PageContext<QuizPageState, QuizData>): Data {
  if (ctx.state.progress === 'unread') return {};
  const saved = saveProgress(ctx.state);
  if (!saved || ctx.state.progress === 'ok') return {};
  ctx.state = { ...ctx.state, progress: 'ok' };
  return progressNoticeData('ok', ctx.lang);
}

/** Moves to a step; past the last one, opens the result (or the first required question still open). */
function goTo(ctx: PageContext<QuizPageState, QuizData>, step: number): void {
  const state = ctx.state;
  if (step >= QUESTIONS.length) {
    if (isComplete(state.answers)) {
      save(ctx);
      openPage(resultPath(encodeAnswers(state.answers), true));
      return;
    }
    step = nextQuestionIndex(state.answers) ?? 0;
  }
  ctx.state = { ...state, step, resumed: false };
  const notice = save(ctx);
  ctx.setData({ ...quizStepData(ctx.state, ctx.lang), ...notice });
}

/** Asks, then starts over; answers stay when the user says no. */
async function askToStartOver(ctx: PageContext<QuizPageState, QuizData>): Promise<void> {
  if (!(await confirm(startOverQuestion(ctx.lang)))) return;
  // The user chose to forget the saved quiz, so an unreadable record may go too.
  clearProgress();
  ctx.state = fresh();
  ctx.setData(viewOf(ctx.state, ctx.lang));
}

definePage<QuizPageState, QuizData>({
  // An English reader's questions and buttons come with quiz-en (at once for a Chinese reader).
  waitFor: loadQuiz,
  init(query) {
    const read = readProgress();
    if (read.kind !== 'read') return fresh(read.kind);
    const saved = read.progress;
    if (!saved) return fresh();
    // A finished quiz (or none) starts over at once; an unfinished one is kept on screen and asked about.
    if (query.restart === '1')
      return isUnfinished(saved.answers) ? { ...resumedAt(saved), restart: 'ask' } : { ...fresh(), restart: 'clear' };
    return resumedAt(saved);
  },
  view: viewOf,
  title: (_state, lang) => t('page.quiz.title', lang),
  ready(ctx) {
    // The result, next after the last answer, then opens without waiting for the recommender.
    prefetchEngine();
    const restart = ctx.state.restart;
    if (!restart) return;
    ctx.state = { ...ctx.state, restart: null };
    if (restart === 'ask') void askToStartOver(ctx);
    else clearProgress();
  },
  share: (_state, lang) => ({ title: t('quiz.shareTitle', lang), path: QUIZ_PATH }),
  handlers: {
    /** question-step `pick`: one option tapped (single choice replaces and moves on, multiple choice toggles). */
    onPick(ctx, event) {
      const question = ctx.data.question;
      const id = pickedOption(event.detail);
      if (!question || id === null) return;
      ctx.state = { ...ctx.state, answers: chooseOption(ctx.state.answers, question.id, id), resumed: false };
      // A single choice is the answer: on to the next question (Back returns to it, still ticked).
      if (!question.multi) {
        goTo(ctx, ctx.state.step + 1);
        return;
      }
      const notice = save(ctx);
      // Only the option flags that changed, plus the Next state: one small setData.
      const view = questionView(ctx.state.step, ctx.state.answers, ctx.lang) as QuestionView;
      const patch: Data = { answered: isAnswered(ctx.state.answers, question.id), ...notice };
      if (ctx.data.resumed) patch.resumed = false;
      view.options.forEach((o, i) => {
        if (o.checked !== question.options[i].checked) patch[`question.options[${i}].checked`] = o.checked;
      });
      ctx.setData(patch);
    },
    onNext(ctx) {
      if (ctx.data.answered) goTo(ctx, ctx.state.step + 1);
    },
    /** Optional questions only: clears the answer and moves on. */
    onSkip(ctx) {
      const question = QUESTIONS[ctx.state.step];
      if (!question.optional) return;
      ctx.state = { ...ctx.state, answers: clearAnswer(ctx.state.answers, question.id) };
      goTo(ctx, ctx.state.step + 1);
    },
    onBack(ctx) {
      if (ctx.state.step > 0) goTo(ctx, ctx.state.step - 1);
    },
    onStartOver: (ctx) => askToStartOver(ctx),
    /**
     * Reads the saved progress again after a failed read. Once it reads, answers given meanwhile go over the saved
     * ones (they are newer) and are saved with them; with none given yet, the quiz resumes where it was saved.
     */
    onRetryProgress(ctx) {
      if (ctx.state.progress !== 'unread') return;
      const read = readProgress();
      if (read.kind === 'unread') {
        showToast(t('quiz.progressNotSaved', ctx.lang));
        return;
      }
      const saved = read.kind === 'read' ? read.progress : null;
      const touched = Object.keys(ctx.state.answers).length > 0;
      if (saved && !touched) ctx.state = resumedAt(saved);
      else {
        const answers = saved ? sanitizeAnswers({ ...saved.answers, ...ctx.state.answers }) : ctx.state.answers;
        ctx.state = { ...ctx.state, answers, progress: read.kind === 'corrupt' ? 'corrupt' : 'ok' };
        if (touched) save(ctx);
      }
      ctx.setData(viewOf(ctx.state, ctx.lang));
    },
    onOverseas: () => openPage(OVERSEAS_PATH),
  },
});
