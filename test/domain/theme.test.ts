import * as fs from 'fs';
import * as path from 'path';
import { ACCOUNT_TYPE_IDS } from '../../miniprogram/domain/account-types';
import { THEME, typeColor } from '../../miniprogram/domain/theme';

/** The light `page { … }` block of app.wxss: every `--name: #value` it sets. */
function lightVariables(): Record<string, string> {
  const wxss = fs.readFileSync(path.resolve(__dirname, '../../miniprogram/app.wxss'), 'utf8');
  const block = /(?:^|\n)page\s*\{([^}]*)\}/.exec(wxss);
  if (!block) throw new Error('app.wxss has no page { } block');
  return Object.fromEntries(
    Array.from(block[1].matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{3,8})\s*;/gi), (m) => [m[1], m[2].toLowerCase()]),
  );
}

describe('theme colours', () => {
  it('are the colours app.wxss gives the light theme, so the card and poster match the pages', () => {
    const variables = lightVariables();
    for (const [name, value] of Object.entries(THEME))
      expect({ name, value: variables[name] }).toEqual({ name, value });
  });

  it('give each account type its own accent', () => {
    expect(new Set(ACCOUNT_TYPE_IDS.map(typeColor)).size).toBe(4);
    expect(typeColor('subscription')).toBe('#07c160');
  });
});
