// The app-en subpackage (app.json root domain/app-en): the English of the main package's strings, questions and
// type cards. A Chinese reader never downloads it; every page loads it for an English reader before it renders
// (platform/define-page.ts), and hands it to domain/i18n/strings.ts (addAppEnglish) and domain/text.ts (addEnglish).
// Until it is there, or if it fails, they read in Chinese. This file is the package's one door.
import type { WaitingKey } from '../i18n/waiting-en';
import type { StringKey } from '../i18n/zh';
import { KNOWLEDGE_EN } from './knowledge';
import { QUESTIONNAIRE_EN } from './questionnaire';

/** The English of the questionnaire's and the four types' texts, by their Chinese. */
export const APP_TEXTS_EN: Readonly<Record<string, string>> = { ...QUESTIONNAIRE_EN, ...KNOWLEDGE_EN };

/**
 * English UI strings: the keys of zh.ts but those the main package holds in English itself (domain/i18n/waiting-en.ts,
 * what a page shows while this downloads); a missing or extra key is a compile error.
 */
export const APP_EN: Record<Exclude<StringKey, WaitingKey>, string> = {
  'app.subtitle': '微信账号选型指南',

  'home.headline': 'Which WeChat account is right for you?',
  'home.intro':
    'Service account, Official account (formerly subscription account), WeCom (formerly enterprise account) and mini program: what each can and cannot do, and which one fits you, in about a minute.',
  'home.findMyType': 'Find my type',
  'home.compareLink': 'Compare the four types',
  'home.aboutLink': 'Sources and about',
  'home.typesTitle': 'The four account types',
  'home.cardWho': 'Who can register',
  'home.cardQuota': 'Group messages',
  'home.openType': 'Open {name}',

  'lang.label': 'Language',
  'lang.switchTo': '切换到中文',
  'lang.switchAria': 'Switch language',

  'page.home.title': 'WeChat Account Guide',
  'page.account.title': 'Account type',
  'page.compare.title': 'Compare',
  'page.quiz.title': 'Find my type',
  'page.result.title': 'Your recommendation',
  'page.about.title': 'About and sources',
  'page.plan.title': 'Launch plan',
  'section.decide': 'What decides it',
  'account.analogy': 'Think of it as',
  'account.expandHint': 'Tap to open',

  'fact.changed': 'Changed since 2017',
  'fact.seedLabel': 'In 2017',
  'fact.nowLabel': 'Now',
  'fact.reported': 'Reported',
  'fact.inference': 'Advice',
  'fact.source': 'Source',
  'fact.checked': 'Last checked',
  'fact.checkedOn': 'Last checked: {date}',
  'source.copied': 'Link copied: paste it into a browser',
  'source.copyFailed': 'Could not copy: press and hold the link to copy it',
  'source.noUrl': 'No web address for this source yet',

  'step.needs': 'What you need',
  'step.time': 'Time',
  'step.fee': 'Fee',
  'comp.who': 'Who may open it',
  'comp.how': 'How it combines',
  'compare.dimension': 'Dimension',
  'compare.level.info': 'Note',
  'compare.typesAria': 'Compare {name}',
  'notice.damagedLink': 'This link is damaged or incomplete, so we opened the home page.',
  'notice.damagedLinkTypes': 'This link is damaged or incomplete. You can start from the account types below.',
  'notice.opening': 'Opening the link…',

  'common.error': 'Something went wrong. Please try again later.',
  'notice.sourcesFailed': 'The sources did not download. Check your connection, then tap again.',
  'common.back': 'Back',
  'about.undated': 'undated',
  'about.seedLabel': 'In 2017 the article said',
  'about.nowLabel': 'Now',

  'share.home':
    'Service account, Official account (formerly subscription account), WeCom or mini program? Find out in a minute',
  'share.account': '{name}: what it can do and what to watch',
  'share.about': 'WeChat Account Guide: sources and notes',
  'share.plan': 'My WeChat launch plan: {names}',
  // quiz & result
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
  'plan.tick': 'Mark as done: {name}',
  'plan.damaged': 'This plan link is damaged or incomplete. Take the quiz to get your own plan.',
  'plan.saveFailed': "Couldn't save the tick; it stays for this visit",

  'page.overseas.title': 'Overseas entities',
  'share.overseas': 'What an overseas company can open on WeChat',
  'home.overseasLink': 'Overseas company or organisation: what you can open',
  'quiz.overseasLink': 'Registered outside mainland China? See what overseas entities can open',
  'quiz.upgraded': 'The quiz has changed: your earlier answers are kept; please answer the new questions.',
  'plan.ticksNotSaved': 'Earlier ticks still unreadable: not saved for now',
  'quiz.progressUnread':
    'Your saved quiz progress could not be read. So as not to overwrite it, answers are not saved for now.',
  'quiz.progressCorrupt': 'Your saved quiz progress was damaged and cannot be used; the quiz starts afresh.',
  'quiz.progressNotSaved': 'Saved progress still unreadable: not saved for now',
};
