/**
 * Build-time settings of the mini program.
 *
 * POSTER_CODE_IMAGE: the mini program code drawn on the result poster. Generate the production code with
 * `npm run qrcode` (it needs the real appid and secret), put the PNG under miniprogram/assets/ (e.g.
 * assets/mp-code.png) and set the path here ('/assets/mp-code.png'). While it is null, the poster prints a
 * short "search for the mini program" line instead of a code.
 */
export const POSTER_CODE_IMAGE: string | null = null;
