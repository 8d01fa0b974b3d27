/**
 * Chinese UI strings that only the sources subpackage uses (how a source's date reads): they download with it, when a
 * source drawer opens. Every key here must exist in en.ts too (the compiler checks it).
 */
export const SOURCES_ZH = {
  'source.undatedCurrent': '未注明日期，现行文档',
  'source.undatedCurrentCopy': '未注明日期，现行文档（副本）',
  'source.copy': '副本 {date}',
  'source.effective': '{date} 起生效',
  'source.dataAsOf': '数据截至 {date}',
  'source.changelog': '更新记录 {date}',
  'source.undated': '未注明日期',
  'source.rule': '规则 {date}',
  'source.feesFrom': '收费自 {date}',
  'source.updated': '更新于 {date}',
  'source.edited': '编辑于 {date}',
} as const;

export type SourcesKey = keyof typeof SOURCES_ZH;
