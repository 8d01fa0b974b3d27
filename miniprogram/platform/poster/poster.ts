// The poster subpackage (app.json root platform/poster): what draws the chat card, the Moments image and the poster
// on a canvas, the QR encoder (qrcode-generator, packed into platform/poster/miniprogram_npm/), the two static
// images shared when a drawing is not ready, and saving the poster to the album (only ever after it is drawn). No
// cold start downloads it: the result page loads it with require.async once it is on screen
// (platform/subpackages.ts loadPoster). This file is the package's one door.
export { drawPoster, drawShareCard, drawTimelineImage } from './share-image';
export { qrMatrix } from './qr-matrix';
export { canSaveToAlbum, previewImage } from './album';
export { savePoster } from './poster-save';

/** Shared when the card is not drawn (yet): 5:4 for chats, 1:1 for Moments. */
export const STATIC_CARD = '/platform/poster/share-card.png';
export const STATIC_TIMELINE = '/platform/poster/share-timeline.png';
