import type { QuizKey } from '../i18n/zh';

/**
 * English UI strings of the main package that only the quiz, a result and a plan show (i18n/zh.ts QuizKey): the
 * words of those pages, which they wait for with the rest of app-en.
 */
export const QUIZ_STRINGS_EN: Record<QuizKey, string> = {
  'quiz.progress': 'Question {n} of {total}',
  'quiz.optional': 'Optional',
  'quiz.back': 'Back',
  'quiz.next': 'Next',
  'quiz.finish': 'See my result',
  'quiz.skip': 'Skip',
  'quiz.startOver': 'Start over',
  'quiz.startOverTitle': 'Start over?',
  'quiz.startOverContent': 'Your answers so far will be cleared.',
  'quiz.cancel': 'Cancel',
  'quiz.resumed': 'Picked up where you left off.',
  'quiz.shareTitle': 'Which WeChat account fits you? A one-minute quiz',
  'result.companions': 'Companions to consider',
  'result.plan': 'Your launch plan',
  'result.takeQuiz': 'Take the quiz yourself',
  'result.posterSave': 'Save to album',
  'result.posterClose': 'Close',
  'result.posterHint': 'Tap the image to view it full size',
  'result.posterFailed': 'Could not make the poster; please try again',
  'result.posterSaved': 'Saved to your album',
  'result.saveFailed': 'Could not save; please try again',
  'result.albumDeniedTitle': 'Album access needed',
  'result.albumDeniedContent':
    'Saving the poster needs permission to add to your photo album, which was turned down. You can allow it in Settings and save again.',
  'result.openSettings': 'Open Settings',
  'result.damaged':
    "This link is damaged or incomplete, so the shared result can't be shown. You can take the quiz yourself.",
  'result.privacyRefusedTitle': 'Poster not saved',
  'result.privacyRefusedContent':
    'Without your agreement to the privacy guideline, WeChat does not allow saving. You can try again.',
  'result.privacyUndeclaredTitle': 'Saving is not available yet',
  'result.privacyUndeclaredContent':
    'This version has not declared album access in its privacy guideline, so WeChat does not allow saving. Open the poster and press and hold it to save.',
  'result.retry': 'Try again',
  'result.openPoster': 'Open the poster',
  'quiz.overseasLink': 'Registered outside mainland China? See what overseas entities can open',
  'quiz.upgraded': 'The quiz has changed: your earlier answers are kept; please answer the new questions.',
  'quiz.progressUnread':
    'Your saved quiz progress could not be read. So as not to overwrite it, answers are not saved for now.',
  'quiz.progressCorrupt': 'Your saved quiz progress was damaged and cannot be used; the quiz starts afresh.',
  'quiz.progressNotSaved': 'Saved progress still unreadable: not saved for now',
};
