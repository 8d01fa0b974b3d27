/**
 * A subpackage download as the preview shows it: at once, unless the URL asks to see a slow or failed one.
 * `_slow=domain/facts` holds every require.async into that folder for SLOW_MS; `_fail=domain/facts` fails the first
 * one, as WeChat does on a bad network (the page's retry then loads it). Several roots: comma-separated.
 */
const SLOW_MS = 3000;

export function installDownloads(slow: string | undefined, fail: string | undefined): void {
  const roots = (value: string | undefined) => (value ?? '').split(',').filter(Boolean);
  const slowRoots = roots(slow);
  const failRoots = roots(fail);
  const failed = new Set<string>();
  const inRoot = (request: string, list: string[]) => list.find((root) => request.includes(`${root}/`));
  (globalThis as { __previewDownload?: unknown }).__previewDownload = (
    request: string,
    load: () => Promise<unknown>,
  ): Promise<unknown> => {
    const failing = inRoot(request, failRoots);
    if (failing && !failed.has(failing)) {
      failed.add(failing);
      return new Promise((_, reject) =>
        setTimeout(() => reject({ errMsg: 'loadSubpackage: fail (preview _fail)' }), SLOW_MS / 3),
      );
    }
    if (inRoot(request, slowRoots)) return new Promise((resolve) => setTimeout(resolve, SLOW_MS)).then(load);
    return load();
  };
}
