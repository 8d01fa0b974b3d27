/**
 * The page stack of the browser preview, as WeChat keeps it: navigateTo pushes (at most 10 pages),
 * redirectTo replaces the top, reLaunch empties the stack, navigateBack pops. Pure: the DOM work is in hooks.
 */
export type Query = Record<string, string>;

export interface StackHooks<P> {
  mount(route: string, query: Query): P;
  unmount(page: P): void;
  show(page: P): void;
  hide(page: P): void;
}

export interface StackEntry<P> {
  route: string;
  query: Query;
  page: P;
}

export const MAX_STACK = 10;

/** Splits 'a=1&b=2' into a query object; values stay as written (WeChat does not decode them). */
export function parseQuery(search: string): Query {
  const query: Query = {};
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    query[key] = eq < 0 ? '' : part.slice(eq + 1);
  }
  return query;
}

export function formatQuery(query: Query): string {
  return Object.keys(query)
    .map((k) => `${k}=${query[k]}`)
    .join('&');
}

/** Resolves a wx.navigateTo url ('/pages/a/a?x=1', '../b/b', 'c') against the current route. */
export function resolveUrl(url: string, currentRoute: string | undefined): { route: string; query: Query } {
  const q = url.indexOf('?');
  const pathPart = q < 0 ? url : url.slice(0, q);
  const query = parseQuery(q < 0 ? '' : url.slice(q + 1));
  let segments: string[];
  if (pathPart.startsWith('/') || !currentRoute) segments = [];
  else segments = currentRoute.split('/').slice(0, -1);
  for (const seg of pathPart.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') segments.pop();
    else segments.push(seg);
  }
  return { route: segments.join('/'), query };
}

export class PageStack<P> {
  readonly entries: StackEntry<P>[] = [];

  constructor(
    private readonly hooks: StackHooks<P>,
    private readonly routes: readonly string[],
  ) {}

  current(): StackEntry<P> | undefined {
    return this.entries[this.entries.length - 1];
  }

  private target(url: string): { route: string; query: Query } {
    const target = resolveUrl(url, this.current()?.route);
    if (!this.routes.includes(target.route)) throw new Error(`page "${target.route}" is not found`);
    return target;
  }

  private push(route: string, query: Query): StackEntry<P> {
    const entry = { route, query, page: this.hooks.mount(route, query) };
    this.entries.push(entry);
    return entry;
  }

  navigateTo(url: string): StackEntry<P> {
    const { route, query } = this.target(url);
    if (this.entries.length >= MAX_STACK) throw new Error(`webview count limit exceed (${MAX_STACK})`);
    const top = this.current();
    if (top) this.hooks.hide(top.page);
    return this.push(route, query);
  }

  redirectTo(url: string): StackEntry<P> {
    const { route, query } = this.target(url);
    const top = this.entries.pop();
    if (top) this.hooks.unmount(top.page);
    return this.push(route, query);
  }

  reLaunch(url: string): StackEntry<P> {
    const { route, query } = this.target(url);
    while (this.entries.length) this.hooks.unmount((this.entries.pop() as StackEntry<P>).page);
    return this.push(route, query);
  }

  /** Pops `delta` pages (never the last one); returns false when there is nothing to go back to. */
  navigateBack(delta = 1): boolean {
    if (this.entries.length <= 1) return false;
    const n = Math.min(Math.max(1, Math.floor(delta)), this.entries.length - 1);
    for (let i = 0; i < n; i++) this.hooks.unmount((this.entries.pop() as StackEntry<P>).page);
    const top = this.current();
    if (top) this.hooks.show(top.page);
    return true;
  }
}
