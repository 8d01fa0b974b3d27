/**
 * Build-time settings of the mini program.
 *
 * QR_LINK_BASE: the link prefix of the "扫普通链接二维码打开小程序" rule set up in the admin console (README,
 * Release: CONTENT.md mp.qrlink), e.g. 'https://example.com/wxqr/'. With it, every result poster carries an
 * ordinary QR code of `<QR_LINK_BASE>r/<share code>` drawn on the phone; scanned in WeChat it opens the rule's
 * page with the link in `q`, and the page shows that result. It must be an https URL ending in '/', at most
 * 100 characters, on a domain that passed ICP filing, and the rule must end in '/' (it then matches every
 * link below it). While it is null (or not such a URL) the poster draws no QR code: it falls back to
 * POSTER_CODE_IMAGE, then to a "search for the mini program" line. Individual (personal) mini programs cannot
 * use link rules: leave it null there.
 *
 * POSTER_CODE_IMAGE: the mini program code drawn on the result poster when there is no QR_LINK_BASE.
 * Generate the production code with `npm run qrcode` (it needs the real appid and secret), put the PNG under
 * miniprogram/assets/ (e.g. assets/mp-code.png) and set the path here ('/assets/mp-code.png'). It opens the
 * mini program, not the poster's own result.
 *
 * The browser preview (npm start) replaces this file with one whose QR_LINK_BASE is its own `<origin>/qr/`.
 */
export const QR_LINK_BASE: string | null = null;

export const POSTER_CODE_IMAGE: string | null = null;
