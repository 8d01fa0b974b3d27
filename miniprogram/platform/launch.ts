/**
 * What a page was opened with. A mini program code puts its payload in `scene` (URL-encoded by WeChat);
 * share cards and links put it in the query; a scanned ordinary QR code puts its link in `q`. Pages pass
 * the query to domain/launch-entry, which validates.
 */
export interface EntryQuery {
  scene?: string;
  [key: string]: string | undefined;
}
