import { accountPath, HOME_PATH, planPath, resultPath } from '../miniprogram/domain/links/routes';

/**
 * The plaintext URL Scheme that opens a page of the mini program from a browser outside WeChat (CONTENT.md
 * mp.scheme): weixin://dl/business/?appid=…&path=…&query=…[&env_version=…]. `path` is a page without its query
 * and must be declared in the admin console (隐私与安全 > 明文Scheme拉起此小程序); `query` is URL-encoded, at
 * most 512 characters. Non-individual mini programs only.
 */
export const SCHEME_QUERY_MAX = 512;

export type EnvVersion = 'release' | 'trial' | 'develop';
export const ENV_VERSIONS: readonly EnvVersion[] = ['release', 'trial', 'develop'];

export function isEnvVersion(value: unknown): value is EnvVersion {
  return typeof value === 'string' && (ENV_VERSIONS as readonly string[]).includes(value);
}

/** A WeChat appid: "wx" and 16 hex digits. */
export function isAppid(value: unknown): value is string {
  return typeof value === 'string' && /^wx[0-9a-f]{16}$/.test(value);
}

/**
 * Every page a web page can open, for the admin console's declaration; written from routes.ts, so a page the
 * app renames is renamed here too.
 */
export const SCHEME_PAGES: readonly string[] = [
  HOME_PATH,
  resultPath('x', false),
  accountPath('service'),
  planPath('x', false),
].map((p) => p.replace(/^\//, '').split('?')[0]);

/**
 * The scheme opening `page` (a routes.ts path, e.g. '/pages/result/result?a=10uiKQ'); null when the page is not
 * declared or its query is too long. `envVersion` release is WeChat's default and left out.
 */
export function schemeUrl(appid: string, page: string, envVersion: EnvVersion = 'release'): string | null {
  const at = page.indexOf('?');
  const path = (at < 0 ? page : page.slice(0, at)).replace(/^\//, '');
  const query = at < 0 ? '' : page.slice(at + 1);
  if (!SCHEME_PAGES.includes(path) || encodeURIComponent(query).length > SCHEME_QUERY_MAX) return null;
  const params = [`appid=${encodeURIComponent(appid)}`, `path=${path}`];
  if (query) params.push(`query=${encodeURIComponent(query)}`);
  if (envVersion !== 'release') params.push(`env_version=${envVersion}`);
  return `weixin://dl/business/?${params.join('&')}`;
}
