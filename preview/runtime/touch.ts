/**
 * Browser input and built-in tags. j-component makes `tap` from touch events only, so mouse presses are
 * replayed as touches. Built-in tags (`wx-button`, `wx-image` …) keep their WXML attributes as DOM attributes
 * (see the j-component patch in build.js), which lets CSS style them and lets this file give `image`,
 * `navigator` and `button open-type` their behaviour.
 */
export interface BuiltinActions {
  navigate(kind: 'navigateTo' | 'redirectTo' | 'reLaunch' | 'navigateBack', url: string): void;
  shareFromButton(dataset: Record<string, string>): void;
}

function touchEvent(type: string, target: EventTarget, x: number, y: number, ended: boolean): TouchEvent {
  const touch = new Touch({ identifier: 1, target, clientX: x, clientY: y, pageX: x, pageY: y });
  return new TouchEvent(type, {
    bubbles: true,
    cancelable: true,
    composed: true,
    touches: ended ? [] : [touch],
    targetTouches: ended ? [] : [touch],
    changedTouches: [touch],
  });
}

/** Mouse down/move/up on `root` become touchstart/touchmove/touchend on the same element. */
export function installMouseToTouch(root: HTMLElement): void {
  let target: EventTarget | null = null;
  root.addEventListener('mousedown', (e) => {
    if (e.button !== 0) return;
    target = e.target;
    if (target) target.dispatchEvent(touchEvent('touchstart', target, e.clientX, e.clientY, false));
  });
  root.addEventListener('mousemove', (e) => {
    if (target) target.dispatchEvent(touchEvent('touchmove', target, e.clientX, e.clientY, false));
  });
  window.addEventListener('mouseup', (e) => {
    if (!target) return;
    const t = target;
    target = null;
    t.dispatchEvent(touchEvent('touchend', t, e.clientX, e.clientY, true));
  });
}

/** Attributes that would change how the browser treats the element (fonts, direction) rather than styling. */
const NOT_REFLECTED = /^(id|class|style|slot|lang|dir|is)$/;

/** Called by the patched j-component for every attribute of a built-in tag, before j-component applies it. */
export function reflectAttribute(el: Element, rawName: string, value: unknown): void {
  if (!el.tagName.startsWith('WX-')) return;
  // wcc hands some attributes over camel-cased (openType); WXML and CSS know them dashed (open-type).
  const name = rawName.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  if (el.tagName === 'WX-IMAGE') queueMicrotask(() => paintImage(el as HTMLElement));
  if (NOT_REFLECTED.test(name) || name.startsWith('data-') || name.startsWith('bind') || name.startsWith('catch'))
    return;
  if (value === false || value === null || value === undefined || value === '' || typeof value === 'object')
    el.removeAttribute(name);
  else el.setAttribute(name, value === true ? '' : String(value));
}

const MODE_SIZE: Record<string, string> = {
  aspectFit: 'contain',
  aspectFill: 'cover',
  scaleToFill: '100% 100%',
  widthFix: '100% auto',
  heightFix: 'auto 100%',
};

/**
 * `<image>` has no DOM image; paint its src as a background the way its `mode` lays it out. Runs after
 * j-component has written the element's style attribute, which would otherwise wipe the background.
 */
function paintImage(el: HTMLElement): void {
  const src = el.getAttribute('src');
  const mode = el.getAttribute('mode') ?? 'scaleToFill';
  el.style.backgroundImage = src ? `url("${src.replace(/"/g, '%22')}")` : '';
  el.style.backgroundSize = MODE_SIZE[mode] ?? 'auto';
  el.style.backgroundPosition = mode === 'aspectFit' || mode === 'aspectFill' ? 'center' : 'top left';
  el.style.backgroundRepeat = 'no-repeat';
  if (mode === 'widthFix' && src) {
    const img = new Image();
    img.onload = () => {
      if (img.naturalWidth) el.style.height = `${(el.clientWidth * img.naturalHeight) / img.naturalWidth}px`;
    };
    img.src = src;
  }
}

/** Gives navigator and share buttons what WeChat's native tags do on tap. */
export function installBuiltinActions(root: HTMLElement, actions: BuiltinActions): void {
  root.addEventListener('click', (e) => {
    const el = e.target instanceof Element ? e.target : null;
    const nav = el?.closest('wx-navigator');
    if (nav) {
      const type = nav.getAttribute('open-type') ?? 'navigate';
      const kind =
        type === 'redirect'
          ? 'redirectTo'
          : type === 'reLaunch' || type === 'switchTab'
            ? 'reLaunch'
            : type === 'navigateBack'
              ? 'navigateBack'
              : 'navigateTo';
      actions.navigate(kind, nav.getAttribute('url') ?? '');
      return;
    }
    const button = el?.closest('wx-button[open-type="share"]');
    if (button && !button.hasAttribute('disabled')) {
      actions.shareFromButton({ ...(button as HTMLElement).dataset } as Record<string, string>);
    }
  });
}
