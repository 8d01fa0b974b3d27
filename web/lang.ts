import { Lang } from '../miniprogram/domain/text';

/**
 * The page's language: `?lang=zh|en` when the reader switched (kept in the address, nothing stored), else the
 * browser's: English when an English language comes before any Chinese one, Chinese otherwise.
 */
export function pickLang(search: string, languages: readonly string[]): Lang {
  const asked = /(?:^|[?&])lang=(zh|en)(?:&|$)/.exec(search);
  if (asked) return asked[1] === 'en' ? 'en' : 'zh';
  for (const code of languages) {
    const l = code.toLowerCase();
    if (l.startsWith('zh')) return 'zh';
    if (l.startsWith('en')) return 'en';
  }
  return 'zh';
}

/** The address's query with `lang` set (other keys kept), for history.replaceState. */
export function withLang(search: string, lang: Lang): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !pair.startsWith('lang='));
  return `?${[...kept, `lang=${lang}`].join('&')}`;
}
