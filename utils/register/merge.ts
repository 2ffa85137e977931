import type { Algorithm, FilledFrom } from './model';
import type { AlgorithmDetails } from './fields';
import { DESCRIPTIVE_FIELDS } from './field-lists';
import { nameKey } from './index';

/** Fields an older registration may fill in; never identity, status, category or dates. */
export const FILLABLE_FIELDS = [
  ...DESCRIPTIVE_FIELDS,
  'objection_procedure',
  'iama',
  'dpia',
  'area',
] as const satisfies readonly (keyof AlgorithmDetails)[];

/** An older registration of some algorithm: by lars when it has one, else by organisation + name. */
export interface Enrichment {
  lars: string | null;
  organization: string;
  name: string;
  at: string;
  fields: Partial<AlgorithmDetails>;
}

export interface MergeReport {
  source: string;
  matched_lars: number;
  matched_name: number;
  /** Entries with no current counterpart: not added (the register no longer lists them). */
  unmatched: string[];
  /** Entries whose key fits more than one record on either side: not used. */
  ambiguous: string[];
  filled_fields: number;
}

/** Organisation + name key: nameKey, then only letters and digits ("Fraude bestrijding" = "Fraudebestrijding"). */
export function entryKey(organization: string, name: string): string {
  const compact = (s: string) => nameKey(s).replace(/[^a-z0-9]+/g, '');
  return `${compact(organization)}|${compact(name)}`;
}

const isEmpty = (value: unknown) => value === null || value === undefined || (Array.isArray(value) && value.length === 0);

function countKeys<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/**
 * Fill empty fields of current entries from older registrations of the same
 * algorithm. Conservative: an entry is used only when its lars matches, or when
 * its organisation + name key is unique among both the current records and the
 * older ones. Current values always win; each filled field is recorded in `filled_from`.
 */
export function enrich(algorithms: Algorithm[], entries: Enrichment[], source: string): { algorithms: Algorithm[]; report: MergeReport } {
  const report: MergeReport = { source, matched_lars: 0, matched_name: 0, unmatched: [], ambiguous: [], filled_fields: 0 };
  const byLars = new Map(algorithms.map((a) => [a.lars, a]));
  const currentKeys = countKeys(algorithms, (a) => entryKey(a.organization, a.name));
  const byKey = new Map(algorithms.map((a) => [entryKey(a.organization, a.name), a]));
  const olderKeys = countKeys(entries, (e) => entryKey(e.organization, e.name));
  const updated = new Map<string, Algorithm>();

  for (const entry of entries) {
    const key = entryKey(entry.organization, entry.name);
    const label = `${entry.organization} — ${entry.name}`;
    let target: Algorithm | undefined;
    let matched_on: FilledFrom['matched_on'] = 'lars';
    if (entry.lars) target = byLars.get(entry.lars);
    else if ((currentKeys.get(key) ?? 0) > 1 || (olderKeys.get(key) ?? 0) > 1) {
      if (currentKeys.has(key)) report.ambiguous.push(label);
      else report.unmatched.push(label);
      continue;
    } else {
      target = byKey.get(key);
      matched_on = 'organization+name';
    }
    if (!target) {
      report.unmatched.push(label);
      continue;
    }
    matched_on === 'lars' ? report.matched_lars++ : report.matched_name++;
    const current = updated.get(target.lars) ?? { ...target };
    const filled: string[] = [];
    for (const field of FILLABLE_FIELDS) {
      const value = entry.fields[field];
      if (isEmpty(current[field]) && !isEmpty(value)) {
        (current as unknown as Record<string, unknown>)[field] = value;
        filled.push(field);
      }
    }
    if (filled.length) {
      current.filled_from = [...(current.filled_from ?? []), { source, matched_on, fields: filled }];
      report.filled_fields += filled.length;
    }
    updated.set(target.lars, current);
  }
  return { algorithms: algorithms.map((a) => updated.get(a.lars) ?? a), report };
}

/**
 * Keep fields that an earlier snapshot filled in from older registrations
 * (`filled_from`) when a fresh download still lacks them: same lars, field
 * still empty. Without this a sync would drop the launch-era details.
 */
export function carryFilled(algorithms: Algorithm[], previous: Algorithm[]): Algorithm[] {
  const before = new Map(previous.filter((a) => a.filled_from?.length).map((a) => [a.lars, a]));
  return algorithms.map((a) => {
    const old = before.get(a.lars);
    if (!old) return a;
    const next = { ...a };
    const kept: FilledFrom[] = [];
    for (const origin of old.filled_from ?? []) {
      const fields = origin.fields.filter((f) => {
        const field = f as keyof Algorithm;
        if (!isEmpty(next[field]) || isEmpty(old[field])) return false;
        (next as unknown as Record<string, unknown>)[field] = old[field];
        return true;
      });
      if (fields.length) kept.push({ ...origin, fields });
    }
    if (kept.length) next.filled_from = [...(a.filled_from ?? []), ...kept];
    return next;
  });
}
