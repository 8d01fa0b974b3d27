import { isValidSceneString, SCENE_MAX_LENGTH } from '../../miniprogram/domain/links/scene';

describe('scene limits', () => {
  it('accepts up to 32 allowed characters', () => {
    expect(isValidSceneString('a'.repeat(SCENE_MAX_LENGTH))).toBe(true);
    expect(isValidSceneString("09azAZ!#$&'()*+,/:;=?@-._~")).toBe(true);
  });
  it('rejects empty, too long and other characters', () => {
    expect(isValidSceneString('')).toBe(false);
    expect(isValidSceneString('a'.repeat(SCENE_MAX_LENGTH + 1))).toBe(false);
    expect(isValidSceneString('a b')).toBe(false);
    expect(isValidSceneString('服务')).toBe(false);
    expect(isValidSceneString('a%20')).toBe(false);
  });
});
