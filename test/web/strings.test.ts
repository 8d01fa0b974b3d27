/**
 * @jest-environment node
 */
import * as fs from 'fs';
import * as path from 'path';
import { WEB_STRINGS } from '../../web/strings';
import { literals, tsFiles } from '../helpers/source-literals';

const WEB = path.resolve(__dirname, '../../web');

describe("the web page's own words (EDITORIAL.md)", () => {
  it('come in both languages, every key', () => {
    expect(Object.keys(WEB_STRINGS.en).sort()).toEqual(Object.keys(WEB_STRINGS.zh).sort());
    for (const lang of ['zh', 'en'] as const)
      for (const v of Object.values(WEB_STRINGS[lang])) expect(v.trim()).not.toBe('');
  });

  it('Chinese uses full-width punctuation; English keeps Chinese only for the labels WeChat shows', () => {
    for (const v of Object.values(WEB_STRINGS.zh)) expect(v).not.toMatch(/[\u4e00-\u9fff][,.;:!?]/);
    for (const v of Object.values(WEB_STRINGS.en)) {
      const chinese = v.match(/[\u4e00-\u9fff]+/g) ?? [];
      for (const c of chinese) expect(['扫一扫', '微信账号选型指南']).toContain(c);
    }
  });

  it('live in web/strings.ts: the rest of web/ holds no user-visible text of its own', () => {
    // Class lists ('muted small', 'section open-box…') are lower-case words and hyphens; words a reader sees are not.
    const classList = (s: string): boolean => /^[a-z0-9 -]*(\$\{[^}]*\}[a-z0-9 -]*)*$/.test(s);
    const userText = (s: string): boolean =>
      /[\u4e00-\u9fff]/.test(s) || (/[A-Za-z]{2,} [A-Za-z]{2,}/.test(s) && !classList(s));
    const found = tsFiles(WEB)
      .filter((f) => !f.endsWith('strings.ts'))
      .flatMap((f) =>
        literals(fs.readFileSync(f, 'utf8'))
          .filter(userText)
          .map((t) => `${path.basename(f)}: ${t}`),
      );
    expect(found).toEqual([]);
  });
});
