/**
 * Typed failures of the persistence layer. Every one carries a sentence for a
 * person; none is swallowed: callers get them as `{ ok: false, error }`.
 */
export type PersistenceErrorKind =
  'quota' | 'corrupt' | 'not-found' | 'unavailable' | 'invalid-name' | 'invalid-data' | 'conflict';

export class PersistenceError extends Error {
  readonly kind: PersistenceErrorKind;
  constructor(kind: PersistenceErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PersistenceError';
    this.kind = kind;
  }
}

/** The browser refused to store more: the data was NOT saved, the previous save is intact. */
export class StorageQuotaError extends PersistenceError {
  /** Size of what we tried to store, in UTF-16 code units (what browsers count). */
  readonly attemptedSize: number;
  constructor(message: string, attemptedSize: number, cause?: unknown) {
    super('quota', message, { cause });
    this.name = 'StorageQuotaError';
    this.attemptedSize = attemptedSize;
  }
}

/** Stored data could not be read. It is left in place, untouched; `raw` lets the UI offer it as a download. */
export class StorageCorruptError extends PersistenceError {
  readonly key: string;
  readonly raw: string;
  constructor(message: string, key: string, raw: string, cause?: unknown) {
    super('corrupt', message, { cause });
    this.name = 'StorageCorruptError';
    this.key = key;
    this.raw = raw;
  }
}

/** Another tab saved this workspace since this tab last read it: nothing was written. */
export class SaveConflictError extends PersistenceError {
  /** The revision now stored (the one this tab has not seen). */
  readonly stored: number;
  constructor(label: string, stored: number) {
    super(
      'conflict',
      `Workspace ${label} was changed in another tab since this tab loaded it, so your changes here were not saved over it. Choose what to keep.`,
    );
    this.name = 'SaveConflictError';
    this.stored = stored;
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: PersistenceError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T>(error: PersistenceError): Result<T> => ({ ok: false, error });

/**
 * Browsers name the quota failure differently: QuotaExceededError (code 22) in
 * most, NS_ERROR_DOM_QUOTA_REACHED (code 1014) in old Firefox.
 */
export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}
