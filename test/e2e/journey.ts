/**
 * End-to-end journeys written once as data. The browser preview driver (preview/e2e) and the WeChat DevTools
 * driver (scripts/devtools-journeys.js, miniprogram-automator) both replay them; only the driver differs.
 */
export type Step =
  /**
   * Open a page fresh, as from a launch: path relative to miniprogram/, with an optional query. `preview` adds the
   * browser preview's own parameters (`_slow`, `_fail`: a subpackage download held back or failing, README
   * "Scripts"); a journey with them runs in the browser preview only.
   */
  | { open: string; query?: Record<string, string>; preview?: Record<string, string> }
  /** Tap the element whose visible text (or aria-label) is exactly this, on the current page. */
  | { tap: string }
  /** The current page shows this text somewhere. */
  | { expectText: string }
  /** The current page does not show this text. */
  | { expectNoText: string }
  /** The current page's route is this path (e.g. 'pages/quiz/quiz'). */
  | { expectPage: string }
  /** Go back one page. */
  | { back: true }
  /** Take the share payload (onShareAppMessage) of the current page and open its path in a fresh session. */
  | { openSharePath: true }
  /**
   * Scan the poster on screen and open its link in a fresh session, as a phone scanning it in WeChat: the
   * QR code is decoded from the poster image's pixels, the image is saved under this name, and the link
   * (which must be under the preview's /qr/ rule) is opened. Browser driver only; DevTools skips the journey.
   */
  | { scanPoster: string }
  /**
   * Scan the poster on screen with a phone's camera app instead of WeChat: the code is read from the poster's
   * pixels (the image saved under this name) and its link opened in a plain browser session on the built web
   * site (dist-web, served as a static host would), which must show the setup and score the page showed.
   * Browser driver only.
   */
  | { cameraScan: string }
  /** Open an address of the web site in a plain browser session, relative to the link rule's prefix ('r/…'). */
  | { openWeb: string }
  /** The web page's open-in-WeChat button carries the plaintext scheme of this page and query. */
  | { expectScheme: { path: string; query: string } }
  /** The web page loaded with exactly this many requests. */
  | { expectRequests: number }
  /** Save a screenshot under this name (browser driver only; others ignore it). */
  | { screenshot: string };

export interface Journey {
  name: string;
  steps: Step[];
}
