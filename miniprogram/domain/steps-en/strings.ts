import type { PlanKey, RowPagesKey } from '../library/i18n/zh';

/**
 * English UI strings of the library that only the pages that wait for the rows show (compare, about, overseas;
 * library/i18n/zh.ts RowPagesKey): they download with the rows' English, for an English reader only. The plan's
 * are in domain/plan-en, which an English reader's plan waits for before its steps.
 */
export const ROW_PAGES_EN: Record<Exclude<RowPagesKey, PlanKey>, string> = {
  'compare.modePair': 'Two side by side',
  'compare.modeAll': 'All four',
  'compare.listAll': 'All four types, point by point',
  'compare.listMerged': 'Types with the same answer share a line',
  'compare.onlyDifferences': 'Show only differences',
  'compare.pickTwo': 'Pick two types to see them side by side',
  'compare.pickTypes': 'Pick two types to compare',
  'compare.noDifferences': 'The selected types do not differ here',
  'compare.rowsShown': 'Showing {shown} of {total}',
  'compare.level.yes': 'Yes',
  'compare.level.no': 'No',
  'compare.level.partial': 'Partly',
  'about.title': 'About this guide',
  'about.intro':
    'This guide explains the four WeChat account types. It started from an article written in 2017 and has been checked row by row against public sources (content edition 3).',
  'about.sourcesTitle': 'Sources',
  'about.changesTitle': 'Changes since 2017',
  'about.checkedAll': 'Every item carries its own last-checked date; the latest check was on {date}.',
  'about.reportedNote':
    'Items marked "Reported" rest only on media, agency or repost pages, not on official ones: treat them as indications.',
  'about.adviceNote': 'Items marked "Advice" are our reasoning from the cited facts, not platform rules.',
  'about.disclaimer': "Platform rules can change at any time; WeChat's official documentation prevails.",
  'about.factCount': 'cited by {count} items',
  'about.factCount.one': 'cited by {count} item',
  'about.languageTitle': 'Language',
  'about.versionTitle': 'Version',
  'about.showMore': 'Show {count} more',
  'about.sourceCount': '{count} sources',
  'about.changeCount': '{count} changes',
  'share.compare': '{names} compared',
  'overseas.title': 'What an overseas company or organisation can open',
  'overseas.intro':
    'A company, school, government or other organisation registered outside mainland China opens different accounts, certifies differently and takes payment differently from a mainland entity. Here are the rules for each.',
  'overseas.miniprogram': 'Read the full mini program guide',
};
