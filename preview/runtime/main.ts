/**
 * Browser preview entry: loads the app, keeps the page stack and runs page lifecycles (onLoad, onShow,
 * onHide, onUnload, onShareAppMessage, onShareTimeline) on the component instances j-component creates.
 */
import { Chrome, HEIGHTS, ShareView } from './chrome';
import { PageStack, Query, parseQuery, formatQuery } from './page-stack';
import { QrRule, scannedLaunch } from './qr-rule';
import { ComponentEntry, JRoot, PageInstance, Registry } from './registry';
import { installDownloads } from './downloads';
import { applyStyles } from './styles';
import { installBuiltinActions, installMouseToTouch, reflectAttribute } from './touch';
import { LaunchOptions, PreviewSettings, createWxShim } from './wx-shim';

export interface Manifest {
  /** Every page app.json declares, the main package's and each subpackage's (app.json `pages` lists the main's). */
  pages: string[];
  appJson: { pages: string[]; entryPagePath?: string; window?: Record<string, string>; style?: string };
  themeJson: Record<'light' | 'dark', Record<string, string> | undefined> | null;
  /** The emulated QR link rule (build.js QR_RULE); absent: no scan emulation. */
  qrRule?: QrRule;
  appCss: string;
  baseCss: string;
  components: ComponentEntry[];
  gwx: (path: string) => unknown;
  loadApp: () => unknown;
}

interface PageRecord {
  route: string;
  query: Query;
  root: JRoot;
  wrapper: HTMLElement;
  title: string;
  scrollTop: number;
}

type AnyFn = (...args: unknown[]) => unknown;
/** Params of the preview itself; everything else in the URL is the page's query. */
const PREVIEW_PARAMS = ['page', '_width', '_theme', '_lang', '_scene', '_slow', '_fail'];
const SETTINGS_KEY = 'mp-preview-settings';

function decode(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** `pages/x/x?a=1` (a share path) → the preview URL that opens it. */
export function previewUrlFor(path: string): string {
  const clean = path.replace(/^\//, '');
  const q = clean.indexOf('?');
  const route = q < 0 ? clean : clean.slice(0, q);
  return `?page=${route}${q < 0 ? '' : `&${clean.slice(q + 1)}`}`;
}

export function start(manifest: Manifest): void {
  const params = parseQuery(location.search);
  installDownloads(decode(params._slow), decode(params._fail));
  const saved = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}') as Partial<PreviewSettings>;
  const width = Number(params._width ?? saved.width ?? 375);
  const settings: PreviewSettings = {
    width,
    height: HEIGHTS[width] ?? 667,
    theme: (params._theme ?? saved.theme) === 'dark' ? 'dark' : 'light',
    language: decode(params._lang) ?? saved.language ?? 'zh_CN',
  };
  const routes = manifest.pages;
  // Opened at <origin>/qr/…: a scanned poster link. WeChat opens the rule's page with q (the link, encoded once).
  const scan = manifest.qrRule ? scannedLaunch(location.href, manifest.qrRule, Math.floor(Date.now() / 1000)) : null;
  const launchRoute = scan
    ? scan.route
    : decode(params.page)?.replace(/^\//, '') || manifest.appJson.entryPagePath || routes[0];
  const launchQuery: Query = scan ? { ...scan.query } : {};
  // Launch query values arrive decoded once (a QR scene stays safe: its characters never include '%').
  if (!scan)
    for (const [k, v] of Object.entries(params)) if (!PREVIEW_PARAMS.includes(k)) launchQuery[k] = decode(v) ?? v;
  const launch: LaunchOptions = {
    path: launchRoute,
    query: launchQuery,
    // 1011: opened by scanning a QR code; 1047: a mini program code; 1001: the default.
    scene: Number(params._scene ?? (scan ? 1011 : launchQuery.scene !== undefined ? 1047 : 1001)),
    referrerInfo: {},
  };
  // The address bar follows the page stack from the app's root (a scanned /qr/… link is not reopened on reload).
  const appPath = scan ? '/' : location.pathname;
  const win = manifest.appJson.window ?? {};
  const byKey = new Map(manifest.components.map((c) => [c.key, c]));

  const chrome = new Chrome(
    routes,
    { route: launchRoute, width: settings.width, theme: settings.theme, language: settings.language },
    {
      openPage: (route) => guard(() => stack.reLaunch(`/${route}`)),
      setWidth: (w) => {
        settings.width = w;
        settings.height = HEIGHTS[w] ?? 667;
        applySettings();
      },
      setTheme: (t) => {
        settings.theme = t;
        applySettings();
      },
      setLanguage: (l) => {
        settings.language = l;
        applySettings();
        const top = stack.current();
        // Pages read the language on load: reload the current page so it shows the new one.
        if (top)
          guard(() =>
            stack.reLaunch(`/${top.route}${Object.keys(top.query).length ? `?${formatQuery(top.query)}` : ''}`),
          );
      },
      share: () => void share('menu', {}),
      back: () => guard(() => stack.navigateBack(1)),
    },
  );
  const reportError = (message: string) => {
    console.error(`[preview] ${message}`);
    chrome.error(message);
  };
  const guard = (fn: () => unknown) => {
    try {
      fn();
    } catch (err) {
      reportError(err instanceof Error ? err.message : String(err));
    }
  };
  window.addEventListener('error', (e) => chrome.error(String(e.error?.stack ?? e.message)));
  window.addEventListener('unhandledrejection', (e) =>
    chrome.error(`unhandled rejection: ${String((e.reason as Error)?.stack ?? JSON.stringify(e.reason))}`),
  );

  /** Theme colours of app.json `window` values such as "@navBg" (theme.json). */
  const themed = (value: string | undefined): string | undefined =>
    value?.startsWith('@') ? manifest.themeJson?.[settings.theme]?.[value.slice(1)] : value;

  function applySettings(): void {
    localStorage.setItem(
      SETTINGS_KEY,
      JSON.stringify({ width: settings.width, theme: settings.theme, language: settings.language }),
    );
    const phone = chrome.phone;
    phone.classList.toggle('mp-dark', settings.theme === 'dark');
    phone.classList.toggle('mp-light', settings.theme === 'light');
    // WeChat's "style": "v2" changes built-in button looks (184 px wide); without it buttons keep the old style.
    phone.classList.toggle('mp-style-v2', manifest.appJson.style === 'v2');
    phone.style.setProperty('--pv-width', `${settings.width}px`);
    phone.style.setProperty('--pv-height', `${settings.height}px`);
    phone.style.setProperty('--rpx', `${settings.width / 750}px`);
    const screenHeight = settings.height - 20 - 44;
    phone.style.setProperty('--vh', `${screenHeight / 100}px`);
    phone.style.setProperty('--vw', `${settings.width / 100}px`);
    const top = stack?.current();
    const json = top ? byKey.get(top.route)?.json : undefined;
    const pick = (k: string) => (json?.[k] as string | undefined) ?? win[k];
    const textStyle = themed(pick('navigationBarTextStyle')) === 'white' ? '#ffffff' : '#000000';
    chrome.setNavColors(
      themed(pick('navigationBarBackgroundColor')) ?? '#ffffff',
      textStyle,
      pick('navigationStyle') === 'custom',
    );
    chrome.screen.style.background = themed(pick('backgroundColor')) ?? '';
  }

  const call = (inst: PageInstance, name: string, ...args: unknown[]): unknown => {
    const fn = inst[name];
    if (typeof fn !== 'function') return undefined;
    try {
      return (fn as AnyFn).apply(inst, args);
    } catch (err) {
      reportError(`${String(inst.route)}.${name}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return undefined;
    }
  };

  /** depth: how many pages the stack holds once this one shows (mount runs before the push). */
  function showPage(p: PageRecord, depth = stack.entries.length): void {
    p.wrapper.style.display = '';
    chrome.scroller.scrollTop = p.scrollTop;
    chrome.setTitle(p.title);
    chrome.setRoute(p.route, depth > 1);
    applySettings();
    const q = formatQuery(p.query);
    history.replaceState(null, '', `${appPath}?page=${p.route}${q ? `&${q}` : ''}`);
    call(p.root.instance, 'onShow');
    p.root.triggerPageLifeTime('show');
  }

  const stack: PageStack<PageRecord> = new PageStack<PageRecord>(
    {
      mount(route, query) {
        const wrapper = document.createElement('div');
        wrapper.className = 'mp-page';
        wrapper.dataset.mpPage = route;
        chrome.scroller.appendChild(wrapper);
        const props: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(query)) if (!/^(id|class|style|slot)$/.test(k)) props[k] = v;
        const root = registry.create(route, props);
        root.attach(wrapper);
        const inst = root.instance;
        Object.assign(inst, { route, __route__: route, options: query });
        const title =
          (byKey.get(route)?.json.navigationBarTitleText as string | undefined) ?? win.navigationBarTitleText ?? '';
        const record: PageRecord = { route, query, root, wrapper, title, scrollTop: 0 };
        call(inst, 'onLoad', { ...query });
        showPage(record, stack.entries.length + 1);
        call(inst, 'onReady');
        return record;
      },
      unmount(p) {
        call(p.root.instance, 'onUnload');
        p.root.detach();
        p.wrapper.remove();
      },
      show: (p) => showPage(p),
      hide(p) {
        p.scrollTop = chrome.scroller.scrollTop;
        call(p.root.instance, 'onHide');
        p.root.triggerPageLifeTime('hide');
        p.wrapper.style.display = 'none';
      },
    },
    routes,
  );

  const wx = createWxShim(
    {
      navigate: (kind, url) => {
        stack[kind](url);
      },
      navigateBack: (delta) => {
        if (!stack.navigateBack(delta)) throw new Error('cannot navigate back at first page.');
      },
      setTitle: (title) => {
        const top = stack.current();
        if (top) top.page.title = title;
        chrome.setTitle(title);
      },
      toast: (o) => chrome.toast(o),
      loading: (t) => chrome.loading(t),
      modal: (o) => chrome.modal(o),
      showImage: (src, caption) => chrome.showImage(src, caption),
      settings: () => settings,
      launchOptions: () => launch,
      selectorQuery: () => {
        const inst = stack.current()?.page.root.instance;
        const q = (inst?.createSelectorQuery?.() ?? {}) as Record<string, unknown>;
        if (!q.in) q.in = (ctx: { createSelectorQuery(): unknown }) => ctx.createSelectorQuery();
        return q;
      },
      log: (message) => console.warn(`[preview] ${message}`),
    },
    localStorage,
  );

  async function share(from: 'menu' | 'button', dataset: Record<string, string>): Promise<ShareView[]> {
    const top = stack.current();
    if (!top) return [];
    const inst = top.page.root.instance;
    const q = formatQuery(top.query);
    const currentPath = `${top.route}${q ? `?${q}` : ''}`;
    const appTitle = win.navigationBarTitleText ?? '';
    const views: ShareView[] = [];
    if (typeof inst.onShareAppMessage === 'function') {
      let res = (call(inst, 'onShareAppMessage', { from, target: from === 'button' ? { dataset } : undefined }) ??
        {}) as Record<string, unknown>;
      if (res.promise instanceof Promise) res = { ...res, ...((await res.promise) as Record<string, unknown>) };
      const path = String(res.path ?? currentPath);
      views.push({
        kind: 'onShareAppMessage',
        title: String(res.title ?? appTitle),
        path,
        imageUrl: res.imageUrl as string | undefined,
        openUrl: previewUrlFor(path),
      });
    }
    if (typeof inst.onShareTimeline === 'function') {
      const res = (call(inst, 'onShareTimeline') ?? {}) as Record<string, unknown>;
      const path = `${top.route}${res.query ? `?${String(res.query)}` : ''}`;
      views.push({
        kind: 'onShareTimeline',
        title: String(res.title ?? appTitle),
        path,
        imageUrl: res.imageUrl as string | undefined,
        openUrl: previewUrlFor(path),
      });
    }
    if (!views.length)
      chrome.error(`${top.route} defines no onShareAppMessage: in WeChat its share menu item is greyed out.`);
    views.forEach((v) => chrome.showShare(v));
    return views;
  }

  const registry = new Registry(manifest.components, manifest.gwx, reportError);
  const g = window as unknown as Record<string, unknown>;
  g.wx = wx;
  g.getCurrentPages = () => stack.entries.map((e) => e.page.root.instance);
  g.__mpReflectAttr = (node: { $$?: Element }, name: string, value: unknown) => {
    if (node.$$) reflectAttribute(node.$$, name, value);
  };
  registry.installGlobals();
  applyStyles('base', manifest.baseCss, '', false);
  applyStyles('app', manifest.appCss, '', false);
  applySettings();
  installMouseToTouch(chrome.screen);
  installBuiltinActions(chrome.screen, {
    navigate: (kind, url) => guard(() => (kind === 'navigateBack' ? stack.navigateBack(1) : stack[kind](url))),
    shareFromButton: (dataset) => void share('button', dataset),
  });

  try {
    manifest.loadApp();
  } catch (err) {
    reportError(`app: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
  call(registry.app as PageInstance, 'onLaunch', launch);
  call(registry.app as PageInstance, 'onShow', launch);
  if (!routes.includes(launchRoute)) reportError(`page "${launchRoute}" is not in app.json; opening ${routes[0]}`);
  guard(() =>
    stack.reLaunch(
      `/${routes.includes(launchRoute) ? launchRoute : routes[0]}${Object.keys(launchQuery).length ? `?${formatQuery(launchQuery)}` : ''}`,
    ),
  );

  // For the e2e driver and for poking around in the console.
  g.__mpPreview = {
    route: () => stack.current()?.route,
    share: () => share('menu', {}),
    stack: () => stack.entries.map((e) => ({ route: e.route, query: e.query })),
  };
  document.body.dataset.mpReady = '1';
}
