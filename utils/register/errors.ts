/**
 * Why a download failed, with a stable code the UI can translate and a short
 * technical detail. `message` is "<code>: <detail>", which is what the sync
 * state stores as `last_error`.
 */
export type SyncErrorCode =
  | 'network' // no connection, DNS, reset
  | 'timeout' // a request stalled
  | 'http' // an error status after the retries
  | 'rate-limited' // 429 after the retries
  | 'too-large' // a response over the size limit
  | 'content-type' // not JSON (a portal or error page)
  | 'malformed' // not JSON, or not the register's response shape
  | 'incomplete' // fewer records than total_count
  | 'implausible' // total_count far beyond plausibility, or a page larger than asked for
  | 'redirect' // the server sent us elsewhere (never followed)
  | 'budget' // the run used up its requests or its time
  | 'storage'; // the new data could not be saved

export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    readonly detail: string,
    /** Whether trying the same request again may help. */
    readonly retryable = false,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'SyncError';
  }
}

/** The `code` of a stored `last_error` message, or null. */
export function errorCode(message: string | null): SyncErrorCode | null {
  const code = message?.match(/^([a-z-]+):/)?.[1];
  return (code as SyncErrorCode | undefined) ?? null;
}
