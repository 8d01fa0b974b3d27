/**
 * The preview's own UI around the phone: toolbar (page, width, theme, language, share, back), the phone frame
 * with status and navigation bars, overlays for toast/modal/loading, and the side panel that shows share
 * payloads and saved images. Nothing here is part of the mini program.
 */
import type { ModalOptions, ToastOptions } from './wx-shim';

export const WIDTHS = [320, 375, 414] as const;
export const HEIGHTS: Record<number, number> = { 320: 568, 375: 667, 414: 736 };
export const LANGUAGES = ['zh_CN', 'en'] as const;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text) node.textContent = text;
  return node;
}

function select(label: string, id: string, options: readonly string[], value: string): HTMLSelectElement {
  const s = el('select', { id, 'aria-label': label });
  for (const o of options) s.appendChild(el('option', { value: o }, o));
  s.value = value;
  return s;
}

export interface ChromeEvents {
  openPage(route: string): void;
  setWidth(width: number): void;
  setTheme(theme: 'light' | 'dark'): void;
  setLanguage(language: string): void;
  share(): void;
  back(): void;
}

export interface ShareView {
  kind: string;
  title: string;
  path: string;
  imageUrl?: string;
  openUrl: string;
}

export class Chrome {
  readonly phone: HTMLElement;
  readonly screen: HTMLElement;
  readonly scroller: HTMLElement;
  private readonly title: HTMLElement;
  private readonly backButton: HTMLButtonElement;
  private readonly overlay: HTMLElement;
  private readonly panel: HTMLElement;
  private readonly pageSelect: HTMLSelectElement;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    routes: string[],
    state: { route: string; width: number; theme: string; language: string },
    events: ChromeEvents,
  ) {
    const bar = el('div', { class: 'pv-toolbar' });
    this.pageSelect = select('page', 'pv-page', routes, state.route);
    this.pageSelect.addEventListener('change', () => events.openPage(this.pageSelect.value));
    const width = select('width', 'pv-width', WIDTHS.map(String), String(state.width));
    width.addEventListener('change', () => events.setWidth(Number(width.value)));
    const theme = select('theme', 'pv-theme', ['light', 'dark'], state.theme);
    theme.addEventListener('change', () => events.setTheme(theme.value === 'dark' ? 'dark' : 'light'));
    const lang = select('language', 'pv-language', LANGUAGES, state.language);
    lang.addEventListener('change', () => events.setLanguage(lang.value));
    const share = el('button', { id: 'pv-share', type: 'button' }, 'Share ↗');
    share.addEventListener('click', () => events.share());
    bar.append(el('strong', {}, 'Browser preview'), this.pageSelect, width, theme, lang, share);

    this.phone = el('div', { class: 'pv-phone', id: 'pv-phone' });
    const status = el('div', { class: 'pv-status' }, '9:41');
    const nav = el('div', { class: 'pv-navbar' });
    this.backButton = el('button', { class: 'pv-back', type: 'button', 'aria-label': 'back' }, '‹');
    this.backButton.addEventListener('click', () => events.back());
    this.title = el('div', { class: 'pv-title', id: 'pv-title' });
    nav.append(this.backButton, this.title, el('div', { class: 'pv-capsule', 'aria-hidden': 'true' }, '•••  ◉'));
    this.screen = el('div', { class: 'pv-screen' });
    this.scroller = el('div', { class: 'pv-scroll', id: 'pv-scroll' });
    this.overlay = el('div', { class: 'pv-overlay' });
    this.screen.append(this.scroller, this.overlay);
    this.phone.append(status, nav, this.screen);

    this.panel = el('aside', { class: 'pv-panel', id: 'pv-panel' });
    this.panel.append(
      el('h2', {}, 'Share and images'),
      el('p', { class: 'pv-hint' }, 'Share payloads and saved images appear here.'),
    );

    const stage = el('div', { class: 'pv-stage' });
    stage.append(this.phone, this.panel);
    document.body.append(bar, stage);
  }

  setRoute(route: string, canGoBack: boolean): void {
    this.pageSelect.value = route;
    this.backButton.style.visibility = canGoBack ? 'visible' : 'hidden';
  }

  setTitle(title: string): void {
    this.title.textContent = title;
  }

  setNavColors(background: string, text: string, hidden: boolean): void {
    const nav = this.phone.querySelector<HTMLElement>('.pv-navbar');
    if (!nav) return;
    nav.style.background = background;
    nav.style.color = text;
    nav.style.display = hidden ? 'none' : '';
  }

  toast(options: ToastOptions | null): void {
    this.overlay.querySelector('.pv-toast')?.remove();
    clearTimeout(this.toastTimer);
    if (!options) return;
    const icon = options.icon === 'none' ? '' : options.icon === 'error' ? '✕' : options.icon === 'loading' ? '…' : '✓';
    const node = el('div', { class: `pv-toast${icon ? '' : ' pv-toast-text'}`, role: 'status' });
    if (icon) node.appendChild(el('div', { class: 'pv-toast-icon' }, icon));
    node.appendChild(el('div', {}, options.title));
    this.overlay.appendChild(node);
    this.toastTimer = setTimeout(() => node.remove(), options.duration ?? 1500);
  }

  loading(title: string | null): void {
    this.overlay.querySelector('.pv-loading')?.remove();
    if (title === null) return;
    const node = el('div', { class: 'pv-toast pv-loading', role: 'status' });
    node.append(el('div', { class: 'pv-toast-icon' }, '…'), el('div', {}, title));
    this.overlay.appendChild(node);
  }

  modal(options: ModalOptions): Promise<boolean> {
    return new Promise((resolve) => {
      const mask = el('div', { class: 'pv-mask' });
      const box = el('div', { class: 'pv-modal', role: 'dialog' });
      if (options.title) box.appendChild(el('div', { class: 'pv-modal-title' }, options.title));
      if (options.content) box.appendChild(el('div', { class: 'pv-modal-content' }, options.content));
      const buttons = el('div', { class: 'pv-modal-buttons' });
      const close = (ok: boolean) => {
        mask.remove();
        resolve(ok);
      };
      if (options.showCancel !== false) {
        const cancel = el('button', { type: 'button' }, options.cancelText ?? '取消');
        cancel.addEventListener('click', () => close(false));
        buttons.appendChild(cancel);
      }
      const ok = el('button', { type: 'button', class: 'pv-primary' }, options.confirmText ?? '确定');
      ok.addEventListener('click', () => close(true));
      buttons.appendChild(ok);
      box.appendChild(buttons);
      mask.appendChild(box);
      this.overlay.appendChild(mask);
    });
  }

  private card(heading: string): HTMLElement {
    const card = el('section', { class: 'pv-card' });
    card.appendChild(el('h3', {}, heading));
    this.panel.insertBefore(card, this.panel.children[2] ?? null);
    return card;
  }

  showShare(share: ShareView): void {
    const card = this.card(share.kind);
    card.dataset.share = share.kind;
    const dl = el('dl');
    dl.append(el('dt', {}, 'title'), el('dd', { class: 'pv-share-title' }, share.title));
    dl.append(el('dt', {}, 'path'), el('dd', { class: 'pv-share-path' }, share.path));
    dl.append(
      el('dt', {}, 'imageUrl'),
      el('dd', {}, share.imageUrl ? '' : '(none: WeChat uses a screenshot of the page)'),
    );
    card.appendChild(dl);
    if (share.imageUrl) card.appendChild(el('img', { src: share.imageUrl, alt: 'share image' }));
    card.appendChild(el('a', { href: share.openUrl, target: '_blank', class: 'pv-open-share' }, 'open this path'));
  }

  showImage(src: string, caption: string): void {
    const card = this.card(caption);
    card.appendChild(el('img', { src, alt: caption }));
  }

  error(message: string): void {
    const card = this.card('Error');
    card.classList.add('pv-error');
    card.appendChild(el('pre', {}, message));
  }
}
