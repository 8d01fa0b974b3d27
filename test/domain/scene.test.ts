import { isValidSceneString, SCENE_MAX_LENGTH } from '../../miniprogram/domain/links/scene';
import { encodeAnswers } from '../../miniprogram/domain/links/share-codec';
import { encodeScene } from '../helpers/scene';

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
  it('holds a result scene of either share code version, with room to spare', () => {
    // r= and a 6-character code: 8 of the 32 characters, for version 1 codes on walls and version 2 ones alike.
    for (const scene of ['r=10OwC6', encodeScene({ kind: 'result', answers: {} }), `r=${encodeAnswers({})}`]) {
      expect(isValidSceneString(scene)).toBe(true);
      expect(scene).toHaveLength(8);
    }
    expect(encodeScene({ kind: 'result', answers: {} })).toBe('r=20000b');
  });
});
