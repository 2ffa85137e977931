import * as v from 'valibot';
import { EXPORT_FORMAT, MAX_PATH_LENGTH, entryKey, type ExportRow, type LogEntry } from './model';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const iso = v.pipe(v.string(), v.isoTimestamp());

const RowSchema = v.object({
  url: text(2100),
  host: v.pipe(v.string(), v.minLength(1), v.maxLength(253), v.regex(/^[a-z0-9.-]+$/, 'host: only a-z, 0-9, dot and hyphen')),
  organization: text(300),
  org_id: text(40),
  match: v.picklist(['domain', 'path', 'page', 'transit']),
  lars: v.pipe(v.string(), v.regex(/^\d{0,12}$/, 'lars: digits only')),
  algorithm_name: text(500),
  publication_category: text(100),
  status: text(100),
  register_url: text(2100),
  path: v.pipe(
    v.string(),
    v.maxLength(MAX_PATH_LENGTH),
    v.check((p) => !/[?#]/.test(p), 'path: no query or fragment'),
  ),
  first_seen: iso,
  last_seen: iso,
  visit_count: v.pipe(v.number(), v.integer(), v.minValue(1)),
  snapshot_date: text(40),
});

const CheckedRow = v.pipe(
  RowSchema,
  v.check((r) => r.organization !== '' || r.match === 'transit', 'organization: empty only for a transit host'),
);

const ExportSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  rows: v.pipe(v.array(CheckedRow), v.maxLength(200_000)),
});

/** Result of reading an export file: the entries, or readable error lines. */
export type ImportResult = { ok: true; entries: LogEntry[] } | { ok: false; errors: string[] };

/**
 * Reads a JSON export (made by toJson) back into log entries, grouping rows
 * per (host, path). Validated with valibot: wrong files give errors, never a
 * partial import. Merge the result into the stored log with mergeLogs.
 */
export function parseExport(json: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, errors: [`JSON: ${(e as Error).message}`] };
  }
  const parsed = v.safeParse(ExportSchema, data);
  if (!parsed.success) {
    return { ok: false, errors: parsed.issues.slice(0, 5).map((i) => `${v.getDotPath(i) ?? '(file)'}: ${i.message}`) };
  }
  return { ok: true, entries: rowsToEntries(parsed.output.rows as ExportRow[]) };
}

/** Groups flat export rows back into one entry per (host, path). */
export function rowsToEntries(rows: readonly ExportRow[]): LogEntry[] {
  const byKey = new Map<string, LogEntry>();
  for (const r of rows) {
    const key = entryKey(r);
    let e = byKey.get(key);
    if (!e) {
      e = {
        scheme: r.url.startsWith('http:') ? 'http' : 'https',
        host: r.host,
        path: r.path,
        organization: r.organization,
        org_id: r.org_id || null,
        match: r.match as LogEntry['match'],
        algorithms: [],
        first_seen: r.first_seen,
        last_seen: r.last_seen,
        visit_count: r.visit_count,
        snapshot_date: r.snapshot_date || null,
      };
      byKey.set(key, e);
    }
    if (r.lars && !e.algorithms.some((a) => a.lars === r.lars)) {
      e.algorithms.push({
        lars: r.lars,
        algorithm_name: r.algorithm_name,
        publication_category: r.publication_category || null,
        status: r.status || null,
        register_url: r.register_url,
      });
    }
  }
  return [...byKey.values()];
}
