import type { StringKey } from './zh';

/** The strings a page shows while it waits for a download, the app-en subpackage's included. */
export type WaitingKey = 'app.title' | 'notice.loading' | 'notice.loadFailed' | 'common.retry';

/**
 * Their English, in the main package: an English reader's page says "Loading…" (and its title is the app's name)
 * while the English of the other strings downloads (domain/app-en).
 */
export const WAITING_EN: Record<WaitingKey, string> & Partial<Record<StringKey, string>> = {
  'app.title': 'WeChat Account Guide',
  'notice.loading': 'Loading…',
  'notice.loadFailed': 'This part did not download. Check your connection, then tap Retry.',
  'common.retry': 'Retry',
};
