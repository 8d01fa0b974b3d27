/**
 * @jest-environment node
 */
import { allStrings } from '../helpers/strings';
import { exportedTexts } from '../helpers/domain-texts';
import { SOURCES } from '../../miniprogram/domain/sources/source-table';
import { SOURCE_TITLES } from '../../miniprogram/domain/sources/source-titles';

/**
 * EDITORIAL.md rule 9: the Chinese UI writes 账号 (帐号 only inside a source's own title) and full-width punctuation
 * next to Chinese characters.
 */
const HALF_WIDTH = /[\u3400-\u9fff][,;:?!()]|[,;:?!(][\u3400-\u9fff]/;

const quotedTitles = new Set<string>([
  ...Object.values(SOURCES).map((source) => source.title),
  ...Object.values(SOURCE_TITLES).flatMap((title) => (title?.zh ? [title.zh] : [])),
]);
const texts = [...Object.values(allStrings('zh')), ...exportedTexts('zh')].filter((text) => !quotedTitles.has(text));

it('writes 账号, never 帐号, outside source titles', () => {
  expect(texts.filter((text) => text.includes('帐号'))).toEqual([]);
});

it('uses full-width punctuation beside Chinese', () => {
  expect(texts.filter((text) => HALF_WIDTH.test(text))).toEqual([]);
});

it('would catch both', () => {
  expect(['帐号迁移'].some((text) => text.includes('帐号'))).toBe(true);
  expect(['服务号(可选)', '注意:先认证', '认证,再开通'].every((text) => HALF_WIDTH.test(text))).toBe(true);
  expect(['服务号（可选）', 'API 群发', 'wx.login 不可用'].some((text) => HALF_WIDTH.test(text))).toBe(false);
});
