/**
 * The change feed as files for researchers: the research log's export columns
 * (so the files combine), site columns left empty, plus what changed. CSV as
 * RFC 4180 with a BOM and CRLF and the same formula guard; JSON with the same rows.
 */
import { EXPORT_COLUMNS } from '../research/model';
import { BOM, CSV_EOL, csvRecord } from '../csv';
import type { ChangeSet } from './changes';

export const CHANGES_FORMAT = 'algoritmewijzer-register-changes/1';
export const CHANGE_COLUMNS = [...EXPORT_COLUMNS, 'change_kind', 'before', 'changed_fields', 'previous_snapshot_date'] as const;
export type ChangeColumn = (typeof CHANGE_COLUMNS)[number];
export type ChangeRow = Record<ChangeColumn, string | number>;

/** One row per change, in the change set's order. */
export function changeRows(set: ChangeSet): ChangeRow[] {
  return set.changes.map((c) => ({
    url: '',
    host: '',
    organization: c.organization,
    org_id: c.org_id ?? '',
    match: '',
    lars: c.lars,
    algorithm_name: c.name,
    publication_category: c.publication_category ?? '',
    status: c.status ?? '',
    register_url: c.register_url,
    path: '',
    first_seen: '',
    last_seen: '',
    visit_count: '',
    snapshot_date: set.to.data_date ?? '',
    change_kind: c.kind,
    before: c.before ?? '',
    changed_fields: (c.fields ?? []).join(' '),
    previous_snapshot_date: set.from.data_date ?? '',
  }));
}

export function changesCsv(set: ChangeSet): string {
  const lines = [CHANGE_COLUMNS.join(','), ...changeRows(set).map((r) => csvRecord(CHANGE_COLUMNS.map((c) => r[c])))];
  return BOM + lines.join(CSV_EOL) + CSV_EOL;
}

export function changesJson(set: ChangeSet, now: Date): string {
  return JSON.stringify(
    { format: CHANGES_FORMAT, exported_at: now.toISOString(), from: set.from, to: set.to, columns: CHANGE_COLUMNS, rows: changeRows(set) },
    null,
    2,
  );
}
