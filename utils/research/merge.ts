import { RESEARCH_LOG_CAP, entryKey, type LogEntry } from './model';
import { boundLog } from './record';

/**
 * Merges two logs (e.g. the stored one and an imported export) without
 * duplicates: one entry per (host, path). For a site in both:
 * first_seen = the earliest, last_seen = the latest, visit_count = the
 * larger of the two (not the sum, so importing the same export twice changes
 * nothing; for logs of different people it is a lower bound), and the
 * organisation, register entries and snapshot date of the later last_seen.
 */
export function mergeLogs(a: readonly LogEntry[], b: readonly LogEntry[], cap = RESEARCH_LOG_CAP): LogEntry[] {
  const byKey = new Map<string, LogEntry>();
  for (const e of [...a, ...b]) {
    const key = entryKey(e);
    const old = byKey.get(key);
    if (!old) {
      byKey.set(key, e);
      continue;
    }
    const latest = e.last_seen > old.last_seen ? e : old;
    byKey.set(key, {
      ...latest,
      first_seen: e.first_seen < old.first_seen ? e.first_seen : old.first_seen,
      last_seen: latest.last_seen,
      visit_count: Math.max(e.visit_count, old.visit_count),
    });
  }
  return boundLog([...byKey.values()], cap);
}
