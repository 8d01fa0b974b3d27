import { pickLang, withLang } from '../../web/lang';

describe("the web page's language", () => {
  it("follows the browser's languages: English before any Chinese, else Chinese", () => {
    expect(pickLang('', ['zh-CN', 'en'])).toBe('zh');
    expect(pickLang('', ['en-US', 'zh-CN'])).toBe('en');
    expect(pickLang('', ['fr-FR', 'en-GB'])).toBe('en');
    expect(pickLang('', ['ja-JP'])).toBe('zh');
    expect(pickLang('', [])).toBe('zh');
  });

  it('the switch, kept in the address, wins', () => {
    expect(pickLang('?lang=en', ['zh-CN'])).toBe('en');
    expect(pickLang('?x=1&lang=zh', ['en-US'])).toBe('zh');
    expect(pickLang('?lang=fr', ['en-US'])).toBe('en');
    expect(withLang('', 'en')).toBe('?lang=en');
    expect(withLang('?x=1&lang=en', 'zh')).toBe('?x=1&lang=zh');
  });
});
