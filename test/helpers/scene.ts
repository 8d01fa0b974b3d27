import { encodeAnswers, ScenePayload } from '../../miniprogram/domain/links/share-codec';
import { isValidSceneString } from '../../miniprogram/domain/links/scene';

/**
 * A scene string for a mini program code, as `npm run qrcode -- --scene` is given one: 'r=<share code>' or
 * 't=<type id>'. Only the tests write scenes (the app reads them: decodeScene), so the writer lives here; the
 * round-trip tests in test/domain/share-codec.test.ts keep it and decodeScene in agreement.
 */
export function encodeScene(payload: ScenePayload): string {
  const scene = payload.kind === 'result' ? `r=${encodeAnswers(payload.answers)}` : `t=${payload.type}`;
  if (!isValidSceneString(scene)) throw new Error(`scene out of limits: ${scene}`);
  return scene;
}
