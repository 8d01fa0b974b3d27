// The app-en subpackage (app.json root domain/app-en): the English of the main package's strings and of the four
// types' cards. A Chinese reader never downloads it; every page loads it for an English reader before it renders
// (platform/define-page.ts), and hands it to domain/i18n/strings.ts (addAppEnglish) and domain/text.ts (addEnglish).
// Until it is there, or if it fails, they read in Chinese. This file is the package's one door.
import type { WaitingKey } from '../i18n/waiting-en';
import type { StringKey } from '../i18n/zh';
import { KNOWLEDGE_EN } from './knowledge';
import { QUIZ_STRINGS_EN } from './quiz-strings';

/** The English of the four types' texts, by their Chinese. */
export const APP_TEXTS_EN: Readonly<Record<string, string>> = KNOWLEDGE_EN;

/**
 * English UI strings: the keys of zh.ts but those the main package holds in English itself (domain/i18n/waiting-en.ts,
 * what a page shows while this downloads); a missing or extra key is a compile error.
 */
export const APP_EN: Record<Exclude<StringKey, WaitingKey>, string> = {
  ...QUIZ_STRINGS_EN,
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
  'plan.tick': 'Mark as done: {name}',
  'plan.damaged': 'This plan link is damaged or incomplete. Take the quiz to get your own plan.',
  'plan.saveFailed': "Couldn't save the tick; it stays for this visit",

  'page.overseas.title': 'Overseas entities',
  'share.overseas': 'What an overseas company can open on WeChat',
  'home.overseasLink': 'Overseas company or organisation: what you can open',
  'plan.ticksNotSaved': 'Earlier ticks still unreadable: not saved for now',
};
