import fc from 'fast-check';
import { isStringKey, STRING_KEYS, STRINGS } from '../../miniprogram/domain/i18n/strings';
import { STRING_TABLES, t } from '../helpers/strings';
import { LANGS } from '../../miniprogram/domain/text';
import { APP_EN } from '../../miniprogram/domain/app-en/app-en';
import { WAITING_EN } from '../../miniprogram/domain/i18n/waiting-en';

// The English as the app-en and quiz-en subpackages hold it (the live table gets it on download; test/setup.ts adds it).
const TABLES = { zh: STRINGS.zh, en: { ...WAITING_EN, ...APP_EN } };

describe('UI string table', () => {
  it('has the same keys in both languages, none empty', () => {
    expect(Object.keys(TABLES.en).sort()).toEqual(Object.keys(STRINGS.zh).sort());
    for (const lang of LANGS)
      for (const key of STRING_KEYS) expect(`${lang}:${key}:${TABLES[lang][key].trim()}`).not.toBe(`${lang}:${key}:`);
  });

  it('gives each key to one package: the main one, the library or the recommendation', () => {
    const keys = STRING_TABLES.flatMap((table) => Object.keys(table.zh));
    expect(keys.length).toBeGreaterThan(250);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    for (const table of STRING_TABLES) {
      expect([table.name, Object.keys(table.en).sort()]).toEqual([table.name, Object.keys(table.zh).sort()]);
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      for (const [key, zh] of Object.entries(table.zh) as [string, string][])
        expect([key, placeholders((table.en as Record<string, string>)[key])]).toEqual([key, placeholders(zh)]);
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of STRING_KEYS)
      expect([key, placeholders(TABLES.en[key])]).toEqual([key, placeholders(STRINGS.zh[key])]);
  });

  it('has the texts the guide pages rely on', () => {
    expect(t('home.headline', 'zh')).toBe('哪种微信账号适合你？');
    expect(t('fact.changed', 'zh')).toBe('2017 年后有变化');
    expect(t('fact.changed', 'en')).toBe('Changed since 2017');
    expect(t('fact.reported', 'zh')).toBe('据报道');
    expect(t('compare.onlyDifferences', 'zh')).toBe('只看差异');
    expect(t('notice.unknownType', 'zh')).toBe('没有找到这种账号类型');
    expect(t('notice.unknownType', 'en')).toBe("We couldn't find that account type");
  });

  it('t() never returns an empty string for any key and language', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STRING_KEYS), fc.constantFrom(...LANGS), (key, lang) => {
        expect(t(key, lang).length).toBeGreaterThan(0);
        expect(t(key, lang)).toBe(TABLES[lang][key]);
      }),
    );
  });

  it('interpolates {name} parameters and leaves unknown ones', () => {
    expect(t('fact.checkedOn', 'zh', { date: '2026-11-23' })).toBe('最后核对：2026-11-23');
    expect(t('compare.rowsShown', 'en', { shown: 3, total: 9 })).toBe('Showing 3 of 9');
    expect(t('compare.rowsShown', 'en', { shown: 3 })).toBe('Showing 3 of {total}');
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(t('app.version', 'en', { version: value })).toBe(`Version ${value}`);
      }),
    );
  });

  it('falls back to Chinese when a language is missing or a string is empty', () => {
    const en = STRINGS.en as Record<string, string>;
    const saved = en['common.retry'];
    en['common.retry'] = '';
    try {
      expect(t('common.retry', 'en')).toBe('重试');
    } finally {
      en['common.retry'] = saved;
    }
    expect(t('common.retry', 'fr' as never)).toBe('重试');
  });

  it('recognises only real keys', () => {
    expect(isStringKey('app.title')).toBe(true);
    for (const v of ['', 'app', '__proto__', 'toString', 1, null]) expect(isStringKey(v)).toBe(false);
  });
});
