import { t } from '../../domain/i18n/strings';
import { Answers, chooseOption, clearAnswer, isAnswered, isComplete, nextQuestionIndex, QUESTIONS, questionView, QuestionView } from '../../domain/questionnaire';
import { encodeAnswers } from '../../domain/share-codec';
import { Lang } from '../../domain/text';
import { confirm } from '../../platform/feedback';
import { currentLang, setPageTitle } from '../../platform/language';
import { openPage } from '../../platform/navigation';
import { clearProgress, loadProgress, saveProgress } from '../../platform/quiz-progress';

/**
 * The quiz: one question per step. Answers live in a per-page state (not in data, which holds only what is
 * rendered) and are saved after every answer and step, so leaving and coming back resumes where the user was.
 */
interface QuizState {
  lang: Lang;
  answers: Answers;
  step: number;
}

const states = new WeakMap<object, QuizState>();

function labels(lang: Lang) {
  return {
    back: t('quiz.back', lang),
    next: t('quiz.next', lang),
    finish: t('quiz.finish', lang),
    skip: t('quiz.skip', lang),
    startOver: t('quiz.startOver', lang),
    optional: t('quiz.optional', lang),
    resumed: t('quiz.resumed', lang),
  };
}

/** What changes on screen when the step changes: the question and the flags around it. */
function stepData(state: QuizState) {
  const question = questionView(state.step, state.answers, state.lang) as QuestionView;
  return {
    question,
    answered: isAnswered(state.answers, question.id),
    last: state.step === QUESTIONS.length - 1,
    progressLabel: t('quiz.progress', state.lang, { n: state.step + 1, total: QUESTIONS.length }),
  };
}

/** The result page URL for complete answers; the quiz's own results carry `own=1` (no "a friend shared this"). */
export function resultUrl(answers: Answers): string {
  return `/pages/result/result?a=${encodeAnswers(answers)}&own=1`;
}

Component({
  data: {
    s: labels('zh'),
    question: null as QuestionView | null,
    answered: false,
    last: false,
    progressLabel: '',
    resumed: false,
  },
  methods: {
    onLoad(query?: Record<string, string | undefined>) {
      const lang = currentLang();
      if (query && query.restart === '1') clearProgress();
      const saved = loadProgress();
      const state: QuizState = { lang, answers: saved ? saved.answers : {}, step: saved ? saved.step : 0 };
      states.set(this, state);
      setPageTitle(t('page.quiz.title', lang));
      const resumed = !!saved && Object.keys(saved.answers).length > 0;
      this.setData({ s: labels(lang), resumed, ...stepData(state) });
    },

    /** question-step `pick`: one option tapped (single choice replaces, multiple choice toggles). */
    onPick(e: { detail: { id?: string } }) {
      const state = states.get(this);
      const question = this.data.question;
      const id = e.detail && e.detail.id;
      if (!state || !question || typeof id !== 'string') return;
      state.answers = chooseOption(state.answers, question.id, id);
      saveProgress(state);
      // Only the option flags that changed, plus the Next state: one small setData.
      const view = questionView(state.step, state.answers, state.lang) as QuestionView;
      const patch: Record<string, unknown> = { answered: isAnswered(state.answers, question.id) };
      if (this.data.resumed) patch.resumed = false;
      view.options.forEach((o, i) => {
        if (o.checked !== question.options[i].checked) patch[`question.options[${i}].checked`] = o.checked;
      });
      this.setData(patch);
    },

    onNext() {
      const state = states.get(this);
      if (!state || !this.data.answered) return;
      this.goTo(state, state.step + 1);
    },

    /** Optional questions only: clears the answer and moves on. */
    onSkip() {
      const state = states.get(this);
      if (!state || !QUESTIONS[state.step].optional) return;
      state.answers = clearAnswer(state.answers, QUESTIONS[state.step].id);
      this.goTo(state, state.step + 1);
    },

    onBack() {
      const state = states.get(this);
      if (!state || state.step === 0) return;
      this.goTo(state, state.step - 1);
    },

    /** Moves to a step; past the last one, opens the result (or the first required question still open). */
    goTo(state: QuizState, step: number) {
      if (step >= QUESTIONS.length) {
        if (isComplete(state.answers)) {
          saveProgress(state);
          openPage(resultUrl(state.answers));
          return;
        }
        step = nextQuestionIndex(state.answers) ?? 0;
      }
      state.step = step;
      saveProgress(state);
      this.setData({ resumed: false, ...stepData(state) });
    },

    async onStartOver() {
      const state = states.get(this);
      if (!state) return;
      const ok = await confirm({
        title: t('quiz.startOverTitle', state.lang),
        content: t('quiz.startOverContent', state.lang),
        confirmText: t('quiz.startOver', state.lang),
        cancelText: t('quiz.cancel', state.lang),
      });
      if (!ok) return;
      clearProgress();
      state.answers = {};
      state.step = 0;
      this.setData({ resumed: false, ...stepData(state) });
    },

    onShareAppMessage() {
      const state = states.get(this);
      return { title: t('quiz.shareTitle', state ? state.lang : 'zh'), path: '/pages/quiz/quiz' };
    },
  },
});
