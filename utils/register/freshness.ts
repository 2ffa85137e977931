import type { SyncRecord } from './store';

export const DAY_MS = 24 * 60 * 60 * 1000;
/** A scheduled sync is due this long after the last complete check (a day, less an hour for the alarm's jitter). */
export const SYNC_INTERVAL_MS = DAY_MS - 60 * 60 * 1000;
/** After a failed attempt, a restart waits this long before trying again (the daily alarm still runs). */
export const RETRY_AFTER_FAILURE_MS = 60 * 60 * 1000;

/**
 * Is a scheduled sync (background start, daily alarm) due? Only when the
 * register was never checked or its last complete check is about a day old —
 * whatever data is in use (bundled or synced), so a service worker that wakes
 * often does not contact the register on every wake — and not within an hour
 * of a failed attempt. "Bijwerken" does not ask: it always syncs.
 */
export function syncDue(record: SyncRecord, now: number): boolean {
  if (record.last_error && record.last_attempt && now - Date.parse(record.last_attempt) < RETRY_AFTER_FAILURE_MS) return false;
  return !record.last_success || now - Date.parse(record.last_success) >= SYNC_INTERVAL_MS;
}
