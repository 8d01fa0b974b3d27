/**
 * The limits of a WeChat unlimited mini program code's `scene` (wxacode.getUnlimited, CONTENT.md mp.code):
 * at most 32 visible characters from digits, letters and !#$&'()*+,/:;=?@-._~
 */
export const SCENE_MAX_LENGTH = 32;

const SCENE_CHARS = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]*$/;

export function isValidSceneString(scene: string): boolean {
  return scene.length > 0 && scene.length <= SCENE_MAX_LENGTH && SCENE_CHARS.test(scene);
}
