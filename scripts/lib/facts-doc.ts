import { ACCOUNT_TYPE_IDS } from '../../miniprogram/domain/account-types';
import { ALL_FACTS, ALL_ROWS, ALL_STEPS } from './all-rows';
import { COMPANIONS } from '../../miniprogram/domain/steps/companions';
import { SOURCES } from '../../miniprogram/domain/sources/source-table';
import type { ContentRow, Part, Parts } from '../../miniprogram/domain/row-types';
import { rowParts } from './row-parts';
import { decisionLines } from '../../miniprogram/domain/guide-views/account-page';
import { sourceDate, sourceTitle } from '../../miniprogram/domain/sources/source-view';
import { OVERSEAS_SECTIONS, SectionInfo, TYPE_PAGES } from '../../miniprogram/domain/guide-views/type-sections';
import { ACCOUNT_TYPES } from '../../miniprogram/domain/guide/knowledge';
import { StringKey, t } from '../../miniprogram/domain/library/i18n/strings';
import { Lang, pick } from '../../miniprogram/domain/text';
import { addAllEnglish } from './all-english';
import { addAllRows } from './all-rows';

/**
 * docs/facts.md: every CONTENT.md row the app shows, as the app shows it (both languages, the 据报道 / 建议 marks
 * on the words they cover, every source with its title, date and address, the checked date), and where it shows.
 * Generated from miniprogram/domain/ by `npm run docs:facts`; test/docs/facts-doc.test.ts fails when the committed
 * file differs, so the repository always says what the app says, even in a clone without ../shared/CONTENT.md.
 */
export const FACTS_DOC_PATH = 'docs/facts.md';
export const FACTS_DOC_COMMAND = 'npm run docs:facts';

// The document is bilingual: the facts' English, which the app downloads only for an English reader, is read here.
addAllEnglish();
addAllRows();

const both = (key: StringKey): string => `${t(key, 'zh')} ${t(key, 'en')}`;

/** A part as the page marks it: 【据报道 reported】 or 【建议 advice】 before the words the mark covers. */
function partText(part: Part, lang: Lang): string {
  const text = pick(part, lang);
  if (!part.mark) return text;
  const label = t(part.mark === 'reported' ? 'fact.reported' : 'fact.inference', lang);
  return `【${label}】${text}`;
}

function partsText(parts: Parts, lang: Lang): string {
  return parts.map((part) => partText(part, lang)).join(lang === 'en' ? ' ' : '');
}

/** Markdown-safe single line: a table cell or a list item never breaks on what the text holds. */
const line = (text: string): string => text.replace(/\s*\n\s*/g, ' ').replace(/([<>*_`|\\[\]])/g, '\\$1');

function bilingual(parts: Parts): string[] {
  return [`- 中文：${line(partsText(parts, 'zh'))}`, `- English: ${line(partsText(parts, 'en'))}`];
}

function labelled(labelKey: StringKey, parts: Parts): string[] {
  return [`**${both(labelKey)}**`, '', ...bilingual(parts), ''];
}

function sectionName(key: string): string {
  return both(`section.${key}` as StringKey);
}

/** Where each row shows: the type pages (the lines that decide, sections) and the overseas page, in page order. */
function placesOf(): Map<string, string[]> {
  const places = new Map<string, string[]>();
  const add = (id: string, place: string): void => {
    const list = places.get(id) ?? [];
    if (!list.includes(place)) list.push(place);
    places.set(id, list);
  };
  const addSections = (page: string, sections: readonly SectionInfo[]): void => {
    for (const section of sections) for (const id of section.ids) add(id, `${page} › ${sectionName(section.key)}`);
  };
  for (const type of ACCOUNT_TYPE_IDS) {
    const info = ACCOUNT_TYPES[type];
    const page = `${info.name.zh} ${pick(info.name, 'en')}`;
    for (const line of decisionLines(type, 'zh'))
      for (const id of line.src) add(id, `${page} › ${sectionName('decide')}`);
    addSections(page, TYPE_PAGES[type].sections);
  }
  addSections(`${t('page.overseas.title', 'zh')} ${t('page.overseas.title', 'en')}`, OVERSEAS_SECTIONS);
  return places;
}

function sourceLines(row: ContentRow): string[] {
  return row.sources.map((key, i) => {
    const source = SOURCES[key];
    const zh = sourceTitle(key, 'zh');
    const en = sourceTitle(key, 'en');
    const title = zh === en ? line(zh) : `${line(zh)} / ${line(en)}`;
    const date = sourceDate(source.date, 'zh');
    const dateEn = sourceDate(source.date, 'en');
    const dates = date === dateEn ? date : `${date} / ${dateEn}`;
    const url = source.url ? `<${source.url}>` : `${t('source.noUrl', 'zh')} ${t('source.noUrl', 'en')}`;
    return `${i + 1}. \`${key}\` ${title} (${line(dates)}): ${url}`;
  });
}

function rowBody(row: ContentRow): string[] {
  switch (row.kind) {
    case 'fact': {
      const out = [...bilingual(row.now), ''];
      for (const [i, item] of (row.list ?? []).entries()) out.push(`${i + 1}. ${line(partsText(item, 'zh'))}`);
      if (row.list) out.push('');
      for (const [i, item] of (row.list ?? []).entries()) out.push(`${i + 1}. ${line(partsText(item, 'en'))}`);
      if (row.list) out.push('');
      if (row.changed && row.seed)
        out.push(
          `**${both('fact.changed')}**: ${both('fact.seedLabel')}`,
          '',
          `- 中文：${line(row.seed.zh)}`,
          `- English: ${line(pick(row.seed, 'en'))}`,
          '',
        );
      return out;
    }
    case 'step':
      return [
        ...bilingual(row.step),
        '',
        ...labelled('step.needs', row.needs),
        ...labelled('step.time', row.time),
        ...labelled('step.fee', row.fee),
      ];
    default:
      return [...bilingual(row.what), '', ...labelled('comp.who', row.who), ...labelled('comp.how', row.how)];
  }
}

function rowSection(row: ContentRow, places: Map<string, string[]>): string[] {
  const shown = places.get(row.id) ?? [];
  return [
    `### ${row.id}`,
    '',
    `Shown on 所在页面: ${shown.join('; ')}`,
    '',
    ...rowBody(row),
    `**${both('fact.source')}**`,
    '',
    ...sourceLines(row),
    '',
    `**${both('fact.checked')}**: ${row.checked}`,
    '',
  ];
}

/** The whole of docs/facts.md, ending in one newline. */
export function renderFactsDoc(): string {
  const places = placesOf();
  const marked = (mark: Part['mark']): number =>
    ALL_ROWS.filter((row) => rowParts(row).some((part) => part.mark === mark)).length;
  const groups: [string, readonly ContentRow[]][] = [
    ['Facts 事实', ALL_FACTS],
    ['Launch steps 上线步骤', ALL_STEPS],
    ['Companions 配套工具', COMPANIONS],
  ];
  const out = [
    '# Facts the app shows · 小程序展示的全部事实',
    '',
    `<!-- Generated from miniprogram/domain/facts/ and steps/ by \`${FACTS_DOC_COMMAND}\`. Do not edit by hand: edit the`,
    `domain and run the command again (test/docs/facts-doc.test.ts fails while this file is stale). -->`,
    '',
    `Every row of CONTENT.md (edition 3) that the mini program shows: ${ALL_ROWS.length} rows, ` +
      `${ALL_FACTS.length} facts, ${ALL_STEPS.length} launch steps and ${COMPANIONS.length} companions, ` +
      `in CONTENT.md order, in Chinese and English as the pages show them.`,
    '',
    `- 【${t('fact.reported', 'zh')}】/【${t('fact.reported', 'en')}】 marks what only media, agency or repost pages ` +
      `support (${marked('reported')} rows).`,
    `- 【${t('fact.inference', 'zh')}】/【${t('fact.inference', 'en')}】 marks our inference from cited facts, ` +
      `shown as advice, never as a platform rule (${marked('inference')} rows).`,
    '- Unmarked words rest on the sources listed under the row; "checked" is when the row was last checked ' +
      'against them.',
    '- "Shown on" names the page and section; the launch steps also make up the launch plan (上线清单).',
    '',
  ];
  for (const [title, rows] of groups) {
    out.push(`## ${title}`, '');
    for (const row of rows) out.push(...rowSection(row, places));
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
