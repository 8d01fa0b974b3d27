/**
 * Typed, never-throwing access to wx storage. A read hands the raw value to a validator, so corrupt or
 * foreign data turns into `null` (a fresh start) instead of an exception.
 */
export function readStored<T>(key: string, validate: (raw: unknown) => T | null): T | null {
  const read = readStoredStrict(key, validate);
  return read.ok ? read.value : null;
}

/**
 * Like readStored, but tells a failed read (getStorageSync threw, or returned undefined, as it can under storage
 * pressure) apart from "nothing there or unusable": a caller must not write over a record it could not read.
 */
export function readStoredStrict<T>(
  key: string,
  validate: (raw: unknown) => T | null,
): { ok: true; value: T | null } | { ok: false } {
  try {
    const raw: unknown = wx.getStorageSync(key);
    if (raw === undefined) return { ok: false };
    if (raw === '' || raw === null) return { ok: true, value: null };
    return { ok: true, value: validate(raw) };
  } catch {
    return { ok: false };
  }
}

/** Returns false when storage is full or unavailable; callers keep working from memory. */
export function writeStored(key: string, value: unknown): boolean {
  try {
    wx.setStorageSync(key, value);
    return true;
  } catch {
    return false;
  }
}

export function removeStored(key: string): void {
  try {
    wx.removeStorageSync(key);
  } catch {
    // Nothing to clean up if storage is unavailable.
  }
}
