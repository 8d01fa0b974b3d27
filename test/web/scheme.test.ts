import { accountPath, HOME_PATH, planPath, resultPath } from '../../miniprogram/domain/links/routes';
import { isAppid, SCHEME_PAGES, schemeUrl } from '../../web/scheme';

const APPID = 'wx0123456789abcdef';

describe('the plaintext URL Scheme (CONTENT.md mp.scheme)', () => {
  it('names the page without its query, and carries the query URL-encoded', () => {
    expect(schemeUrl(APPID, resultPath('25K0uq', false))).toBe(
      'weixin://dl/business/?appid=wx0123456789abcdef&path=pages/result/result&query=a%3D25K0uq',
    );
    expect(schemeUrl(APPID, accountPath('miniprogram'))).toBe(
      'weixin://dl/business/?appid=wx0123456789abcdef&path=pages/account/account&query=type%3Dminiprogram',
    );
    expect(schemeUrl(APPID, HOME_PATH)).toBe('weixin://dl/business/?appid=wx0123456789abcdef&path=pages/home/home');
    expect(schemeUrl(APPID, planPath('25K0uq', false), 'develop')).toBe(
      'weixin://dl/business/?appid=wx0123456789abcdef&path=pages/plan/plan&query=a%3D25K0uq&env_version=develop',
    );
  });

  it('the pages to declare in the admin console are the four a link can open', () => {
    expect(SCHEME_PAGES).toEqual([
      'pages/home/home',
      'pages/result/result',
      'pages/account/account',
      'pages/plan/plan',
    ]);
  });

  it('opens no undeclared page and no query over 512 characters', () => {
    expect(schemeUrl(APPID, '/pages/quiz/quiz')).toBeNull();
    expect(schemeUrl(APPID, `${HOME_PATH}?x=${'a'.repeat(510)}`)).toBeNull();
  });

  it('an appid is wx and 16 hex digits', () => {
    expect(isAppid(APPID)).toBe(true);
    expect(isAppid('touristappid')).toBe(false);
    expect(isAppid('wx0123456789abcdef&path=x')).toBe(false);
  });
});
