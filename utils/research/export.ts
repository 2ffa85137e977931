import { BOM, CSV_EOL, csvField } from '../csv';
import { EXPORT_COLUMNS, EXPORT_FORMAT, RESEARCH_LOG_CAP, type ExportRow, type LogEntry } from './model';

/**
 * Flattens the log to export rows: one per (site, algorithm), in log order
 * (newest first), algorithms by lars. A site without register entries gives
 * one row with empty algorithm columns, so "no entries" stays visible.
 */
export function toExportRows(log: readonly LogEntry[]): ExportRow[] {
  const rows: ExportRow[] = [];
  for (const e of log) {
    const base = {
      url: `${e.scheme}://${e.host}${e.path || '/'}`,
      host: e.host,
      organization: e.organization,
      org_id: e.org_id ?? '',
      match: e.match,
      path: e.path,
      first_seen: e.first_seen,
      last_seen: e.last_seen,
      visit_count: e.visit_count,
      snapshot_date: e.snapshot_date ?? '',
    };
    const algorithms = [...e.algorithms].sort((x, y) => (x.lars < y.lars ? -1 : x.lars > y.lars ? 1 : 0));
    if (!algorithms.length) {
      rows.push({ ...base, lars: '', algorithm_name: '', publication_category: '', status: '', register_url: '' });
    }
    for (const a of algorithms) {
      rows.push({
        ...base,
        lars: a.lars,
        algorithm_name: a.algorithm_name,
        publication_category: a.publication_category ?? '',
        status: a.status ?? '',
        register_url: a.register_url,
      });
    }
  }
  return rows;
}

/**
 * The log as CSV text: RFC 4180 (CRLF line ends, header row, quoting where
 * needed), prefixed with a UTF-8 BOM. Columns: EXPORT_COLUMNS.
 */
export function toCsv(log: readonly LogEntry[]): string {
  const lines = [EXPORT_COLUMNS.join(',')];
  for (const e of log) {
    // The rows of one site share its columns: quote those once per site.
    const [first, ...rest] = toExportRows([e]);
    const head = SITE_HEAD.map((c) => csvField(first[c])).join(',');
    const tail = SITE_TAIL.map((c) => csvField(first[c])).join(',');
    for (const row of [first, ...rest]) lines.push(`${head},${ALGORITHM_COLUMNS.map((c) => csvField(row[c])).join(',')},${tail}`);
  }
  return BOM + lines.join(CSV_EOL) + CSV_EOL;
}

// EXPORT_COLUMNS split in three: site columns, algorithm columns, site columns.
const SITE_HEAD = ['url', 'host', 'organization', 'org_id', 'match'] as const;
const ALGORITHM_COLUMNS = ['lars', 'algorithm_name', 'publication_category', 'status', 'register_url'] as const;
const SITE_TAIL = ['path', 'first_seen', 'last_seen', 'visit_count', 'snapshot_date'] as const;

/** The JSON export document: format tag, columns, and the same rows as the CSV. */
export interface ResearchExport {
  format: typeof EXPORT_FORMAT;
  exported_at: string;
  cap: number;
  columns: readonly string[];
  rows: ExportRow[];
}

/** The log as a JSON export document (pretty-printed text). */
export function toJson(log: readonly LogEntry[], now: Date): string {
  const doc: ResearchExport = {
    format: EXPORT_FORMAT,
    exported_at: now.toISOString(),
    cap: RESEARCH_LOG_CAP,
    columns: EXPORT_COLUMNS,
    rows: toExportRows(log),
  };
  return JSON.stringify(doc, null, 2);
}
