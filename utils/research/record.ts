import { RESEARCH_LOG_CAP, entryKey, type LogEntry, type Observation } from './model';

/**
 * Adds visits to the log (pure: returns a new array, newest first, at most
 * `cap` entries). A site already in the log gets last_seen and visit_count
 * updated and takes the register entries and snapshot date of the newest
 * visit; first_seen never moves later. Expects `log` sorted as boundLog
 * leaves it; when all visits are newer than the log (the usual case) it
 * avoids a full sort.
 */
export function recordVisits(log: readonly LogEntry[], visits: readonly Observation[], cap = RESEARCH_LOG_CAP): LogEntry[] {
  // Only entries on a visited host can change: look at those alone (cheap at the cap).
  const hosts = new Set(visits.map((v) => v.host));
  const touched = (e: LogEntry) => hosts.has(e.host) && changed.has(entryKey(e));
  const before = new Map<string, LogEntry>();
  for (const e of log) if (hosts.has(e.host)) before.set(entryKey(e), e);
  const changed = new Map<string, LogEntry>();
  for (const v of visits) {
    const key = entryKey(v);
    const old = changed.get(key) ?? before.get(key);
    const { seen_at, ...rest } = v;
    const next: LogEntry = !old
      ? { ...rest, first_seen: seen_at, last_seen: seen_at, visit_count: 1 }
      : {
          ...(seen_at >= old.last_seen ? rest : stripSeen(old)),
          first_seen: seen_at < old.first_seen ? seen_at : old.first_seen,
          last_seen: seen_at > old.last_seen ? seen_at : old.last_seen,
          visit_count: old.visit_count + 1,
        };
    changed.set(key, next);
  }
  const newest = log[0]?.last_seen ?? '';
  if (![...changed.values()].every((e) => e.last_seen >= newest)) {
    return boundLog(log.filter((e) => !touched(e)).concat([...changed.values()]), cap);
  }
  const head = boundLog([...changed.values()], cap);
  const tail = log.filter((e) => !touched(e));
  const all = head.concat(tail);
  return all.length > cap ? all.slice(0, cap) : all;
}

/**
 * Keeps at most `cap` entries: the ones with the newest last_seen. The result
 * is sorted newest first (ties by host and path, so the order is stable).
 */
export function boundLog(log: readonly LogEntry[], cap = RESEARCH_LOG_CAP): LogEntry[] {
  const sorted = [...log].sort((a, b) => cmp(b.last_seen, a.last_seen) || cmp(a.host, b.host) || cmp(a.path, b.path));
  return sorted.length > cap ? sorted.slice(0, cap) : sorted;
}

function stripSeen(e: LogEntry): Omit<LogEntry, 'first_seen' | 'last_seen' | 'visit_count'> {
  const { first_seen: _f, last_seen: _l, visit_count: _v, ...rest } = e;
  return rest;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
