/**
 * Puts a component's converted WXSS into the document. The build leaves markers where only the runtime
 * knows the answer: the class prefix of an isolated component, and the page a page's styles belong to.
 */
export const CLASS_MARK = '__mpc__';
export const PAGE_MARK = '__mpp__';

export function resolveStyles(css: string, prefix: string, pageKey: string | null): string {
  let out = css.split(`.${CLASS_MARK}`).join(prefix ? `.${prefix}--` : '.');
  out = out.split(PAGE_MARK).join(pageKey ? `[data-mp-page="${pageKey}"]` : '');
  return out;
}

export function applyStyles(key: string, css: string, prefix: string, isPage: boolean): void {
  if (!css.trim()) return;
  const style = document.createElement('style');
  style.dataset.mpStyle = key;
  style.textContent = resolveStyles(css, prefix, isPage ? key : null);
  document.head.appendChild(style);
}
