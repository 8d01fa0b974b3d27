import { Lang } from '../text';
import { t } from '../i18n/strings';

/** What a page shows while it hands a scanned or shared link over to the page the link names. */
export function openingData(lang: Lang): { opening: string } {
  return { opening: t('notice.opening', lang) };
}
