/**
 * WeChat's "扫普通链接二维码打开小程序" link rule, emulated by the browser preview (CONTENT.md mp.qrlink): a
 * scanned link under the rule's prefix opens the rule's page with `q` = the whole link URL-encoded once and
 * `scancode_time` (Unix seconds). In the preview, opening `<origin>/qr/<anything>` is that scan.
 */
export interface QrRule {
  /** The prefix's path on this preview's origin, ending in '/'. */
  path: string;
  /** The page the rule opens. */
  page: string;
}

export interface ScanLaunch {
  route: string;
  query: { q: string; scancode_time: string };
}

/** The launch a scan of `href` causes under `rule`, or null when `href` is not under the rule. */
export function scannedLaunch(href: string, rule: QrRule, nowSeconds: number): ScanLaunch | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (!url.pathname.startsWith(rule.path)) return null;
  return { route: rule.page, query: { q: encodeURIComponent(href), scancode_time: String(nowSeconds) } };
}
