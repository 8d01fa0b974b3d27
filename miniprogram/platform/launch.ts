/**
 * What a page was opened with. A mini program code puts its payload in `scene` (URL-encoded by WeChat);
 * share cards and links put it in the query. Pages pass both to the domain codec, which validates.
 */
export interface EntryQuery {
  scene?: string;
  [key: string]: string | undefined;
}

/** The scene string of an unlimited mini program code, or undefined. Decoding is the codec's job. */
export function sceneOf(query: EntryQuery | undefined): string | undefined {
  const scene = query && query.scene;
  return typeof scene === 'string' && scene !== '' ? scene : undefined;
}
