import type { MatchKind } from '../recognition/types';

/**
 * The research log's data. One stored entry per site (host, or host + path
 * with the second opt-in); exports flatten it to one row per (site, algorithm).
 * See utils/research/COLUMNS.md for what each column means.
 */

/** Most entries kept; beyond it the entries with the oldest last_seen are dropped. */
export const RESEARCH_LOG_CAP = 5000;

/** Longest path kept (characters); longer paths are cut. */
export const MAX_PATH_LENGTH = 300;

/** Format tag of a JSON export. */
export const EXPORT_FORMAT = 'algoritmewijzer-research-log/1';

/** A register entry as it was when the site was last seen. */
export interface LoggedAlgorithm {
  lars: string;
  algorithm_name: string;
  publication_category: string | null;
  status: string | null;
  register_url: string;
}

/** One observed site. */
export interface LogEntry {
  /** http: or https: (from the visited URL), so the export's url column can be rebuilt. */
  scheme: 'http' | 'https';
  host: string;
  /** URL path without query or fragment; '' unless the path opt-in was on. */
  path: string;
  /** As the register spells it; '' for a transit (login/portal) host, which has no organisation. */
  organization: string;
  org_id: string | null;
  match: Exclude<MatchKind, 'none'>;
  algorithms: LoggedAlgorithm[];
  /** ISO timestamps. */
  first_seen: string;
  last_seen: string;
  visit_count: number;
  /** The register data's date at the last visit (YYYY-MM-DD), or null. */
  snapshot_date: string | null;
}

/** One visit, ready to be recorded (made by observationFromView). */
export type Observation = Omit<LogEntry, 'first_seen' | 'last_seen' | 'visit_count'> & { seen_at: string };

/** Columns of the CSV/JSON export; the first ten equal `lookup --format csv`. */
export const EXPORT_COLUMNS = [
  'url',
  'host',
  'organization',
  'org_id',
  'match',
  'lars',
  'algorithm_name',
  'publication_category',
  'status',
  'register_url',
  'path',
  'first_seen',
  'last_seen',
  'visit_count',
  'snapshot_date',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** One flat export row: one per (site, algorithm); a site without algorithms has one row with lars ''. */
export type ExportRow = Record<Exclude<ExportColumn, 'visit_count'>, string> & { visit_count: number };

/** Identity of an entry: the same site is never stored twice. */
export function entryKey(e: Pick<LogEntry, 'host' | 'path'>): string {
  return `${e.host}\u0000${e.path}`;
}
