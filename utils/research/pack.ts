import type { LogEntry, LoggedAlgorithm } from './model';

/**
 * The stored form of the log: about a third of the size of plain JSON
 * entries, because each entry keeps per algorithm only what can differ
 * between visits (lars, publication category, status) and names and register
 * links are kept once per lars (the latest seen).
 */
export interface PackedLog {
  v: 1;
  /** lars → [algorithm_name, register_url] */
  names: Record<string, [string, string]>;
  entries: PackedEntry[];
  /** Who wrote this value (the background's recorder tags its writes, to keep its in-memory copy). */
  writer?: string;
}

type PackedAlgorithm = [lars: string, category: string | null, status: string | null];
type PackedEntry = [
  scheme: LogEntry['scheme'],
  host: string,
  path: string,
  organization: string,
  org_id: string | null,
  match: LogEntry['match'],
  algorithms: PackedAlgorithm[],
  first_seen: string,
  last_seen: string,
  visit_count: number,
  snapshot_date: string | null,
];

/** An empty stored log. */
export const EMPTY_PACKED: PackedLog = { v: 1, names: {}, entries: [] };

/** Entries → stored form. Entries come newest first, so the newest name per lars wins. */
export function packLog(log: readonly LogEntry[]): PackedLog {
  const names: PackedLog['names'] = {};
  const entries = log.map((e): PackedEntry => {
    for (const a of e.algorithms) names[a.lars] ??= [a.algorithm_name, a.register_url];
    const algs = e.algorithms.map((a): PackedAlgorithm => [a.lars, a.publication_category, a.status]);
    return [e.scheme, e.host, e.path, e.organization, e.org_id, e.match, algs, e.first_seen, e.last_seen, e.visit_count, e.snapshot_date];
  });
  return { v: 1, names, entries };
}

/** Stored form → entries (tolerates a missing or damaged value: gives an empty log). */
export function unpackLog(packed: PackedLog | null | undefined): LogEntry[] {
  if (!packed || packed.v !== 1 || !Array.isArray(packed.entries)) return [];
  return packed.entries.map(
    ([scheme, host, path, organization, org_id, match, algs, first_seen, last_seen, visit_count, snapshot_date]) => ({
      scheme,
      host,
      path,
      organization,
      org_id,
      match,
      first_seen,
      last_seen,
      visit_count,
      snapshot_date,
      algorithms: algs.map(([lars, publication_category, status]): LoggedAlgorithm => {
        const [algorithm_name, register_url] = packed.names[lars] ?? ['', ''];
        return { lars, algorithm_name, publication_category, status, register_url };
      }),
    }),
  );
}
