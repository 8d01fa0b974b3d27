import { AccountTypeId } from './account-types';

/**
 * The light theme's colours as app.wxss writes them (its `page { --name: value }` block). The share card and the
 * poster are painted on a canvas, which cannot read CSS variables, so they take their colours from here; a test
 * keeps the two equal. Images stay light in dark mode: they travel to other people's chats and albums.
 */
export const THEME = {
  'color-bg': '#f5f6f7',
  'color-surface': '#ffffff',
  'color-text': '#1f2329',
  'color-text-2': '#646a73',
  'color-text-3': '#8f959e',
  'color-type-service': '#1677ff',
  'color-type-subscription': '#07c160',
  'color-type-enterprise': '#7b61ff',
  'color-type-miniprogram': '#ff8f1f',
} as const;

/** The accent colour of an account type (card strip, poster frame, score badge). */
export function typeColor(type: AccountTypeId): string {
  return THEME[`color-type-${type}`];
}

/** The canvas's font stack: WeChat's system font on phones, Noto where the preview draws. */
export const FONT_FAMILY = '"PingFang SC", "Noto Sans CJK SC", sans-serif';
