import { t } from '../../domain/i18n/strings';
import { Lang } from '../../domain/text';
import { openAlbumSettings, previewImage, saveImageToAlbum, SaveResult } from './album';
import { confirm, showToast } from '../feedback';
import { requirePrivacy } from './privacy';

/** How often one tap may go round "explain, try again" before it stops asking. */
const MAX_SAVE_ATTEMPTS = 3;

/**
 * Saves the poster to the album the way WeChat's privacy rules want it (CONTENT.md mp.privacy):
 * 1. ask for privacy consent first (WeChat shows its consent pop-up while the user has not agreed yet);
 * 2. save; a refused album permission (scope.writePhotosAlbum) is explained, with Settings and one retry;
 * 3. a refused consent (errno 104) is explained with "try again"; an undeclared interface (errno 112, the
 *    owner's guideline lacks album writing) is explained with "open the poster" to save it by long-press.
 * Resolves what happened last; never rejects.
 */
export async function savePoster(path: string, lang: Lang): Promise<SaveResult> {
  let result: SaveResult = 'failed';
  for (let attempt = 1; attempt <= MAX_SAVE_ATTEMPTS; attempt++) {
    const consent = await requirePrivacy();
    result =
      consent === 'refused'
        ? 'privacy-refused'
        : consent === 'undeclared'
          ? 'privacy-undeclared'
          : await saveImageToAlbum(path);
    if (result === 'denied') {
      const goToSettings = await confirm({
        title: t('result.albumDeniedTitle', lang),
        content: t('result.albumDeniedContent', lang),
        confirmText: t('result.openSettings', lang),
        cancelText: t('quiz.cancel', lang),
      });
      if (!goToSettings || !(await openAlbumSettings())) return result;
      result = await saveImageToAlbum(path);
    }
    if (result === 'saved') showToast(t('result.posterSaved', lang), 'success');
    else if (result === 'failed') showToast(t('result.saveFailed', lang));
    const refused = result === 'privacy-refused';
    // Still denied after Settings is the user's choice; the third refusal in a row ends the asking.
    if ((!refused && result !== 'privacy-undeclared') || (refused && attempt === MAX_SAVE_ATTEMPTS)) return result;
    const go = await confirm({
      title: t(refused ? 'result.privacyRefusedTitle' : 'result.privacyUndeclaredTitle', lang),
      content: t(refused ? 'result.privacyRefusedContent' : 'result.privacyUndeclaredContent', lang),
      confirmText: t(refused ? 'result.retry' : 'result.openPoster', lang),
      cancelText: t('quiz.cancel', lang),
    });
    if (!go) return result;
    if (!refused) {
      previewImage(path);
      return result;
    }
  }
  return result;
}
