/**
 * Registers the mini program's components with j-component (the custom-component runtime under
 * miniprogram-simulate) and provides the globals their code calls: Component, Behavior, Page, App, getApp.
 */
import * as jComponentModule from 'j-component';
import { resolveRelations } from '../j-component-fixes';
import { applyStyles } from './styles';

/** The part of j-component this preview uses (its own typings want string templates). */
export interface JRoot {
  dom: HTMLElement;
  instance: PageInstance;
  attach(parent: HTMLElement): void;
  detach(): void;
  triggerPageLifeTime(name: string, ...args: unknown[]): void;
}
interface JComponentApi {
  register(definition: Record<string, unknown>): string;
  behavior(definition: Record<string, unknown>): string;
  create(id: string, properties?: Record<string, unknown>): JRoot | undefined;
}
const jComponent = jComponentModule as unknown as JComponentApi;

export type PageInstance = Record<string, unknown> & {
  data: Record<string, unknown>;
  setData(data: Record<string, unknown>): void;
  createSelectorQuery?: () => unknown;
};

/** One page or component as the build describes it. */
export interface ComponentEntry {
  key: string;
  tag: string;
  isPage: boolean;
  json: { usingComponents?: Record<string, string>; navigationBarTitleText?: string; [k: string]: unknown };
  using: Record<string, string>;
  css: string;
  load: () => unknown;
}

type Gwx = (path: string) => unknown;
type Definition = Record<string, unknown> & {
  options?: Record<string, unknown>;
  relations?: Record<string, Record<string, unknown>>;
};

const BUILTIN_TAGS = [
  'cover-image',
  'cover-view',
  'grid-view',
  'list-view',
  'match-media',
  'movable-area',
  'movable-view',
  'page-container',
  'root-portal',
  'scroll-view',
  'share-element',
  'sticky-header',
  'sticky-section',
  'swiper',
  'swiper-item',
  'view',
  'icon',
  'progress',
  'rich-text',
  'text',
  'button',
  'checkbox',
  'checkbox-group',
  'editor',
  'form',
  'input',
  'keyboard-accessory',
  'label',
  'picker',
  'picker-view',
  'picker-view-column',
  'radio',
  'radio-group',
  'slider',
  'switch',
  'textarea',
  'functional-page-navigator',
  'navigator',
  'audio',
  'camera',
  'channel-live',
  'channel-video',
  'image',
  'live-player',
  'live-pusher',
  'video',
  'voip-room',
  'map',
  'canvas',
  'web-view',
  'ad',
  'ad-custom',
  'official-account',
  'open-data',
  'navigation-bar',
  'page-meta',
];

function letters(n: number): string {
  let s = '';
  let i = n;
  do {
    s = String.fromCharCode(97 + (i % 26)) + s;
    i = Math.floor(i / 26);
  } while (i > 0);
  return s;
}

export interface AppRecord {
  instance: Record<string, unknown>;
}

export class Registry {
  private readonly byKey = new Map<string, ComponentEntry>();
  private readonly ids = new Map<string, string>();
  private readonly registered = new Set<string>();
  private loading: ComponentEntry | null = null;
  app: Record<string, unknown> = {};

  constructor(
    entries: ComponentEntry[],
    private readonly gwx: Gwx,
    private readonly onError: (message: string) => void,
  ) {
    entries.forEach((e, i) => {
      this.byKey.set(e.key, e);
      this.ids.set(e.key, `mp-${letters(i)}`);
    });
    for (const name of BUILTIN_TAGS) jComponent.register({ id: name, tagName: `wx-${name}`, template: '<slot/>' });
  }

  entry(key: string): ComponentEntry | undefined {
    return this.byKey.get(key);
  }

  /** Installs Component, Behavior, Page, App and getApp on window. */
  installGlobals(): void {
    const g = window as unknown as Record<string, unknown>;
    g.Component = (def: Definition) => this.defineComponent(def);
    g.Behavior = (def: Definition) => jComponent.behavior(def);
    g.Page = (def: Definition) => this.defineComponent(pageToComponent(def));
    g.App = (def: Record<string, unknown>) => {
      this.app = def;
    };
    g.getApp = () => this.app;
  }

  /** Registers a component and, first, everything it uses; returns its j-component id. */
  ensure(key: string): string {
    const id = this.ids.get(key);
    const entry = this.byKey.get(key);
    if (!id || !entry)
      throw new Error(`preview: ${key} is not part of the build (is it listed in app.json or a usingComponents?)`);
    if (this.registered.has(key)) return id;
    this.registered.add(key);
    for (const child of Object.values(entry.using)) this.ensure(child);
    const before = this.loading;
    this.loading = entry;
    try {
      entry.load();
      if (this.loading === entry) this.onError(`${key}: its code never called Component() or Page()`);
    } catch (err) {
      this.onError(`${key}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    } finally {
      this.loading = before;
    }
    return id;
  }

  private defineComponent(def: Definition): void {
    const entry = this.loading;
    if (!entry) {
      this.onError('Component() was called outside a page or component file');
      return;
    }
    this.loading = null;
    const options = { ...(def.options ?? {}) };
    const isolation = String(options.styleIsolation ?? (def.styleIsolation as string | undefined) ?? '');
    // Pages and components that share styles keep plain class names; isolated components get a prefix.
    const shared =
      entry.isPage || options.addGlobalClass === true || isolation === 'shared' || isolation === 'apply-shared';
    const prefix = shared ? '' : entry.tag;
    options.classPrefix = prefix;
    const usingComponents: Record<string, string> = {};
    for (const [tag, child] of Object.entries(entry.using)) usingComponents[tag] = this.ids.get(child) as string;
    const { relations } = resolveRelations(entry.key, def.relations, (key) => this.ids.get(key));
    const template = this.gwx(`${entry.key}.wxml`);
    if (typeof template !== 'function') this.onError(`${entry.key}.wxml: no compiled template`);
    jComponent.register({
      ...def,
      id: this.ids.get(entry.key),
      path: `/${entry.key}`,
      template: typeof template === 'function' ? template : '<view></view>',
      usingComponents,
      tagName: entry.tag,
      relations,
      options,
    });
    applyStyles(entry.key, entry.css, prefix, entry.isPage);
  }

  create(key: string, properties: Record<string, unknown>): JRoot {
    const id = this.ensure(key);
    const root = jComponent.create(id, properties);
    if (!root) throw new Error(`preview: could not create ${key}`);
    return root;
  }
}

/** Page({ data, onLoad, handler… }) → the Component form j-component understands. */
function pageToComponent(def: Definition): Definition {
  const methods: Record<string, unknown> = {};
  const rest: Definition = {};
  for (const [k, v] of Object.entries(def)) {
    if (typeof v === 'function') methods[k] = v;
    else rest[k] = v;
  }
  return { ...rest, methods };
}
