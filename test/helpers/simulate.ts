import * as path from 'path';
import * as fs from 'fs';
// miniprogram-simulate ships no types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const simulate = require('miniprogram-simulate') as Simulate;

/** The part of miniprogram-simulate's API the tests use. */
export interface SimComponent {
  dom: HTMLElement;
  data: Record<string, unknown>;
  // The page's own instance: data, methods and lifecycle as written with Component().
  instance: Record<string, unknown> & { data: Record<string, unknown> };
  querySelector(selector: string): SimComponent | undefined;
  querySelectorAll(selector: string): SimComponent[];
  dispatchEvent(eventName: string, options?: Record<string, unknown>): void;
  setData(data: Record<string, unknown>): void;
  attach(parent: HTMLElement): void;
  detach(): void;
  triggerLifeTime(name: string, ...args: unknown[]): void;
  triggerPageLifeTime(name: string, ...args: unknown[]): void;
  toJSON(): unknown;
}

interface Simulate {
  load(componentPath: string, tagName?: string | Record<string, unknown>, options?: Record<string, unknown>): string;
  render(id: string, properties?: Record<string, unknown>): SimComponent;
  sleep(ms?: number): Promise<void>;
}

// Every patch of simulate's stack lives with the j-component fixes shared with the browser preview
// (preview/j-component-fixes.js documents both files); each throws when what it patches has changed.
import { installSimulateFixes, type Exparser, type JComponent, type WxmlCompiler } from '../../preview/simulate-fixes';

const { loadTogether } = installSimulateFixes({
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  compiler: require('miniprogram-compiler') as WxmlCompiler,
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  jComponent: require('j-component') as JComponent,
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  exparser: require('miniprogram-exparser') as Exparser,
});

/** The sources; renderPageAt also renders the built upload package (dist/) the same way. */
export const ROOT = path.resolve(__dirname, '../../miniprogram');
const VANT_LIB = path.resolve(__dirname, '../../node_modules/@vant/weapp/lib');
const VANT_PREFIX = '@vant/weapp/';
/** A subpackage names the main package's vant components by absolute path (package.json miniprogramSubpackageCopies). */
const MAIN_NPM = '/miniprogram_npm/';

/**
 * The vant path a usingComponents value of the sources names ('radio/index'), whichever package's copy; null for
 * others, and for a built package's absolute paths, which simulate loads from the package itself.
 */
function vantPathOf(target: string, root: string): string | null {
  const npm = target.startsWith(MAIN_NPM) && root === ROOT ? target.slice(MAIN_NPM.length) : target;
  return npm.startsWith(VANT_PREFIX) ? npm.slice(VANT_PREFIX.length) : null;
}

/** vant ids are registered once per load(): each load builds its own registry. */
function vantComponents(
  json: { usingComponents?: Record<string, string> },
  loaded: Map<string, string>,
  root: string,
): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const [tag, target] of Object.entries(json.usingComponents ?? {})) {
    const vant = vantPathOf(target, root);
    if (vant === null) continue;
    const vantPath = path.join(VANT_LIB, vant);
    // A vant path loaded twice in one render breaks simulate's registry: a page and its components share one load.
    const key = `${tag}|${vantPath}`;
    const id = loaded.get(key) ?? simulate.load(vantPath, tag, { rootPath: VANT_LIB });
    loaded.set(key, id);
    ids[tag] = id;
  }
  return ids;
}

function readJson(file: string): { usingComponents?: Record<string, string> } {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as { usingComponents?: Record<string, string> };
}

/**
 * Collects vant components used by a page and by the project's own components it uses (one level deep each).
 * In the built package usingComponents already point into its miniprogram_npm/, so there are none to collect:
 * simulate loads those itself from the relative paths.
 */
function collectVant(
  root: string,
  componentFile: string,
  seen = new Set<string>(),
  loaded = new Map<string, string>(),
): Record<string, string> {
  if (seen.has(componentFile)) return {};
  seen.add(componentFile);
  const json = readJson(`${componentFile}.json`);
  let ids = vantComponents(json, loaded, root);
  for (const target of Object.values(json.usingComponents ?? {})) {
    if (vantPathOf(target, root) !== null) continue;
    const child = target.startsWith('/') ? path.join(root, target) : path.resolve(path.dirname(componentFile), target);
    ids = { ...collectVant(root, child, seen, loaded), ...ids };
  }
  return ids;
}

export interface Rendered {
  comp: SimComponent;
  /** The page's own `this`: call lifecycle and handler methods through it. */
  page: SimComponent['instance'];
  /** Visible text of the whole page, whitespace collapsed. */
  text(): string;
  /** Finds an element inside the page, crossing vant component hosts with `>>>`-free selectors. */
  $(selector: string): SimComponent | undefined;
  $$(selector: string): SimComponent[];
  /** Taps an element (our own views, a vant button's inner .van-button, or a component's inner .tap-target, through its host). */
  tap(selector: string): Promise<void>;
  detach(): void;
}

/**
 * Loads a page or component (path relative to miniprogram/, e.g. 'pages/home/home'), renders it into the
 * document and, for pages, runs onLoad(query) like WeChat does. Each call loads in isolation, so the same
 * page may be rendered many times in one test file.
 */
export async function renderPage(
  relPath: string,
  query: Record<string, string> = {},
  properties?: Record<string, unknown>,
): Promise<Rendered> {
  return renderPageAt(ROOT, relPath, query, properties);
}

/** renderPage for the mini program at `root`: the sources (ROOT) or a built package such as dist/. */
export async function renderPageAt(
  root: string,
  relPath: string,
  query: Record<string, string> = {},
  properties?: Record<string, unknown>,
): Promise<Rendered> {
  const file = path.join(root, relPath);
  let comp: SimComponent | undefined;
  jest.isolateModules(() => {
    const id = loadTogether(() => {
      const usingComponents = collectVant(root, file);
      return simulate.load(file, { rootPath: root, usingComponents });
    });
    comp = simulate.render(id, properties);
  });
  if (!comp) throw new Error(`could not render ${relPath}`);
  const c = comp;
  const parent = document.createElement('div');
  document.body.appendChild(parent);
  c.attach(parent);
  const page = c.instance;
  if (typeof page.onLoad === 'function')
    await (page.onLoad as (q: Record<string, string>) => unknown).call(page, query);
  if (typeof page.onShow === 'function') await (page.onShow as () => unknown).call(page);
  await simulate.sleep(0);
  return {
    comp: c,
    page,
    text: () => (c.dom.textContent ?? '').replace(/\s+/g, ' ').trim(),
    $: (s) => c.querySelector(s),
    $$: (s) => c.querySelectorAll(s),
    async tap(selector) {
      const target = c.querySelector(selector);
      if (!target) throw new Error(`nothing matches ${selector}`);
      await tapHost(target);
    },
    detach() {
      c.detach();
      parent.remove();
    },
  };
}

/** Like Rendered.tap, for the index-th match (e.g. the third of four cards). */
export async function tapAt(rendered: Pick<Rendered, '$$'>, selector: string, index: number): Promise<void> {
  const target = rendered.$$(selector)[index];
  if (!target) throw new Error(`no match ${index} for ${selector}`);
  await tapHost(target);
}

/** Taps through a host: vant's inner button or cell, our components' .tap-target, else the element itself. */
async function tapHost(target: SimComponent): Promise<void> {
  const inner =
    target.querySelector('.van-button') ??
    target.querySelector('.van-cell') ??
    target.querySelector('.tap-target') ??
    target;
  inner.dispatchEvent('tap');
  await simulate.sleep(0);
}

export const sleep = (ms = 0): Promise<void> => simulate.sleep(ms);

/**
 * An element's visible text as a reader meets it: block elements (views and component hosts) apart by one space,
 * inline ones (text) run together, whitespace collapsed. What the reviewed snapshots of pages compare.
 */
export function readable(el: Element | null | undefined): string {
  if (!el) return '';
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      return;
    }
    const block = node.nodeType === 1 && (node as Element).tagName.toLowerCase() !== 'wx-text';
    if (block) parts.push(' ');
    node.childNodes.forEach(walk);
    if (block) parts.push(' ');
  };
  walk(el);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * Taps into a component inside the page: `tapIn(quiz, '#step', '#opt-enterprise')` finds the host, then the
 * element inside it, and taps vant's inner target (a radio's or checkbox's label, a button), else the element.
 */
export async function tapIn(rendered: Pick<Rendered, '$'>, host: string, selector: string): Promise<void> {
  const outer = rendered.$(host);
  if (!outer) throw new Error(`nothing matches ${host}`);
  const target = outer.querySelector(selector);
  if (!target) throw new Error(`nothing matches ${selector} in ${host}`);
  const inner =
    target.querySelector('.van-radio__label') ??
    target.querySelector('.van-checkbox__label') ??
    target.querySelector('.van-button') ??
    target;
  inner.dispatchEvent('tap');
  await simulate.sleep(0);
}
