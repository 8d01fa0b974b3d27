/**
 * A record read back from storage as an object: either the object itself or its JSON text (older writers
 * stored strings). Null for anything else, including broken JSON and arrays, so callers validate fields only.
 */
export function storedRecord(raw: unknown): Record<string, unknown> | null {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return null;
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  return value as Record<string, unknown>;
}
