import type { SyncRecord } from './store';

export const DAY_MS = 24 * 60 * 60 * 1000;
/** After a failed attempt, a restart waits this long before trying again (the daily alarm still runs). */
export const RETRY_AFTER_FAILURE_MS = 60 * 60 * 1000;

/**
 * Should the background sync when it starts? Yes when the data in use is the
 * bundled copy or the last success is over a day old — but not within an hour
 * of a failed attempt, so a service worker that restarts often does not hammer
 * the register.
 */
export function needsStartupSync(record: SyncRecord, synced: boolean, now: number): boolean {
  if (record.last_error && record.last_attempt && now - Date.parse(record.last_attempt) < RETRY_AFTER_FAILURE_MS) return false;
  return !synced || !record.last_success || now - Date.parse(record.last_success) > DAY_MS;
}
