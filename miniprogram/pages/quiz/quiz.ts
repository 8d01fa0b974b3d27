import { pickedOption } from '../../components/question-step/props';
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
} from '../../domain/quiz/questionnaire';
import { isUnfinished, quizPageData, quizStepData, QuizState, startOverQuestion } from '../../domain/quiz/quiz-view';
import { OVERSEAS_PATH, QUIZ_PATH, resultPath } from '../../domain/links/routes';
import { encodeAnswers } from '../../domain/links/share-codec';
import { definePage, PageContext } from '../../platform/define-page';
import { confirm } from '../../platform/feedback';
import { openPage } from '../../platform/navigation';
import { clearProgress, loadProgress, saveProgress } from '../../platform/quiz-progress';

/**
 * The quiz: one question per step. Answers are saved after every answer and step, so leaving and coming back
 * resumes where the user was. A link with restart=1 (retake) starts afresh, but asks first when the saved quiz
 * is unfinished, as "start over" does: no link can clear someone's answers without asking. Progress saved by
 * the previous questionnaire opens mapped onto this one, at its first open question, with a notice saying so.
 */
type QuizPageState = QuizState & { askRestart: boolean };

const FRESH: QuizState = { answers: {}, step: 0, resumed: false, upgraded: false };

function fresh(): QuizPageState {
  return { ...FRESH, askRestart: false };
}

/** Moves to a step; past the last one, opens the result (or the first required question still open). */
function goTo(ctx: PageContext<QuizPageState>, step: number): void {
  const state = ctx.state;
  if (step >= QUESTIONS.length) {
    if (isComplete(state.answers)) {
      saveProgress(state);
      openPage(resultPath(encodeAnswers(state.answers), true));
      return;
    }
    step = nextQuestionIndex(state.answers) ?? 0;
  }
  ctx.state = { ...state, step, resumed: false };
  saveProgress(ctx.state);
  ctx.setData(quizStepData(ctx.state, ctx.lang));
}

/** Asks, then starts over; answers stay when the user says no. */
async function askToStartOver(ctx: PageContext<QuizPageState>): Promise<void> {
  if (!(await confirm(startOverQuestion(ctx.lang)))) return;
  clearProgress();
  ctx.state = fresh();
  ctx.setData(quizStepData(ctx.state, ctx.lang));
}

definePage<QuizPageState>({
  init(query) {
    const saved = loadProgress();
    if (!saved) return fresh();
    const restart = query.restart === '1';
    // A finished quiz (or none) starts over at once; an unfinished one is kept on screen and asked about.
    if (restart && !isUnfinished(saved.answers)) {
      clearProgress();
      return fresh();
    }
    return {
      answers: saved.answers,
      step: saved.step,
      resumed: Object.keys(saved.answers).length > 0,
      // Saved by the previous questionnaire: the notice says the quiz changed and asks for the new questions.
      upgraded: saved.migrated,
      askRestart: restart,
    };
  },
  view: (state, lang) => quizPageData(state, lang),
  title: (_state, lang) => t('page.quiz.title', lang),
  ready(ctx) {
    if (ctx.state.askRestart) {
      ctx.state = { ...ctx.state, askRestart: false };
      void askToStartOver(ctx);
    }
  },
  share: (_state, lang) => ({ title: t('quiz.shareTitle', lang), path: QUIZ_PATH }),
  handlers: {
    /** question-step `pick`: one option tapped (single choice replaces and moves on, multiple choice toggles). */
    onPick(ctx, event) {
      const question = ctx.data.question as QuestionView | null;
      const id = pickedOption(event.detail);
      if (!question || id === null) return;
      ctx.state = { ...ctx.state, answers: chooseOption(ctx.state.answers, question.id, id), resumed: false };
      // A single choice is the answer: on to the next question (Back returns to it, still ticked).
      if (!question.multi) {
        goTo(ctx, ctx.state.step + 1);
        return;
      }
      saveProgress(ctx.state);
      // Only the option flags that changed, plus the Next state: one small setData.
      const view = questionView(ctx.state.step, ctx.state.answers, ctx.lang) as QuestionView;
      const patch: Record<string, unknown> = { answered: isAnswered(ctx.state.answers, question.id) };
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
    onOverseas: () => openPage(OVERSEAS_PATH),
  },
});
