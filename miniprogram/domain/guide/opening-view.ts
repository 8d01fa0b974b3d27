import { Lang } from '../text';
import { t } from '../i18n/strings';

/** What a page shows while it hands a scanned or shared link over to the page the link names. */
export function openingData(lang: Lang): { opening: string } {
  return { opening: t('notice.opening', lang) };
}

/** What a page shows while the subpackage it needs downloads, or after the download failed (with a retry). */
export interface WaitingView {
  text: string;
  failed: boolean;
  retry: string;
}

export function waitingData(lang: Lang, failed: boolean): { waiting: WaitingView } {
  return {
    waiting: {
      text: t(failed ? 'notice.loadFailed' : 'notice.loading', lang),
      failed,
      retry: t('common.retry', lang),
    },
  };
}
