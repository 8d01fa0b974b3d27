import { SourcesKey } from './zh';

/** English UI strings of the sources subpackage: the same keys as zh.ts (a missing or extra key is a compile error). */
export const SOURCES_EN: Record<SourcesKey, string> = {
  'source.undatedCurrent': 'undated, current doc',
  'source.undatedCurrentCopy': 'undated, current doc (copy)',
  'source.copy': 'copy of {date}',
  'source.effective': 'effective {date}',
  'source.dataAsOf': 'data as of {date}',
  'source.changelog': 'changelog {date}',
  'source.undated': 'undated',
  'source.rule': 'rule {date}',
  'source.feesFrom': 'fees from {date}',
  'source.updated': 'updated {date}',
  'source.edited': 'edited {date}',
};
