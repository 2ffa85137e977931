/**
 * What changed in the register between two snapshots, entry by entry (lars):
 * the change feed for researchers and the "Nieuw sinds …" notices for followed
 * organisations. Pure; one pass over each snapshot (Map by lars).
 *
 * Decisions (the brief was silent):
 * - One row per (entry, kind): an entry whose category and text both changed
 *   gives a `category` row and an `edited` row, so each kind can be filtered.
 * - `edited` compares what a citizen reads (texts, links, themes, groupings,
 *   dates of use); `create_dt` and `publication_date` are bookkeeping and a
 *   republication without a content change is no change.
 * - A category or status that goes from a value to null (a reduced source) is
 *   not reported: the data says less, the register did not change.
 */
import type { Algorithm, Snapshot } from './model';
import { categoryKey, type CategoryKey } from './category';
import { DESCRIPTIVE_FIELDS } from './field-lists';

export const CHANGE_KINDS = ['new', 'retracted', 'category', 'status', 'edited'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The fields compared for `edited`, in the order they are reported. */
export const CONTENT_FIELDS = ['name', 'organization', ...DESCRIPTIVE_FIELDS] as const satisfies readonly (keyof Algorithm)[];

export interface RegisterChange {
  kind: ChangeKind;
  lars: string;
  name: string;
  organization: string;
  org_id: string | null;
  /** The category and status now (for `retracted`: as they were). */
  publication_category: string | null;
  status: string | null;
  register_url: string;
  /** For `category` and `status`: the value before. */
  before?: string | null;
  /** For `edited`: which content fields differ. */
  fields?: string[];
}

/** The two snapshots a change set lies between, by their data date and hash. */
export interface ChangeSet {
  from: { data_date: string | null; hash: string };
  to: { data_date: string | null; hash: string };
  changes: RegisterChange[];
}

const rowOf = (a: Algorithm, kind: ChangeKind): RegisterChange => ({
  kind,
  lars: a.lars,
  name: a.name,
  organization: a.organization,
  org_id: a.org_id,
  publication_category: a.publication_category,
  status: a.status,
  register_url: a.register_url,
});

const same = (x: unknown, y: unknown) => x === y || JSON.stringify(x ?? null) === JSON.stringify(y ?? null);

/** Every change from `before` to `after`: new entries first, then changed ones, then retracted ones. */
export function diffSnapshots(
  before: Pick<Snapshot, 'algorithms' | 'data_date' | 'hash'>,
  after: Pick<Snapshot, 'algorithms' | 'data_date' | 'hash'>,
): ChangeSet {
  const old = new Map(before.algorithms.map((a) => [a.lars, a]));
  const added: RegisterChange[] = [];
  const changed: RegisterChange[] = [];
  const seen = new Set<string>();
  for (const a of after.algorithms) {
    seen.add(a.lars);
    const b = old.get(a.lars);
    if (!b) {
      added.push(rowOf(a, 'new'));
      continue;
    }
    if (a.publication_category !== null && categoryValue(a.publication_category) !== categoryValue(b.publication_category)) {
      changed.push({ ...rowOf(a, 'category'), before: b.publication_category });
    }
    if (a.status !== null && a.status !== b.status) changed.push({ ...rowOf(a, 'status'), before: b.status });
    const fields = CONTENT_FIELDS.filter((f) => !same(a[f], b[f]));
    if (fields.length) changed.push({ ...rowOf(a, 'edited'), fields });
  }
  const retracted = before.algorithms.filter((b) => !seen.has(b.lars)).map((b) => rowOf(b, 'retracted'));
  return {
    from: { data_date: before.data_date, hash: before.hash },
    to: { data_date: after.data_date, hash: after.hash },
    changes: [...added, ...changed, ...retracted],
  };
}

/** Spelling variants of one category compare equal; unknown values compare verbatim. */
function categoryValue(value: string | null): string | null {
  const key = categoryKey(value);
  return key === 'unknown' ? value : key;
}

const SERIOUS: readonly CategoryKey[] = ['high_risk', 'impactful'];

/**
 * The changes a follower is told about: new entries, entries that became
 * high-risk or impactful, entries that went into use, and retractions.
 */
export function isNotable(change: RegisterChange): boolean {
  switch (change.kind) {
    case 'new':
    case 'retracted':
      return true;
    case 'category': {
      const now = categoryKey(change.publication_category);
      return SERIOUS.includes(now) && SERIOUS.indexOf(now) < rank(change.before ?? null);
    }
    case 'status':
      return (change.status ?? '').toLowerCase() === 'in gebruik';
    default:
      return false;
  }
}

/** 0 high-risk, 1 impactful, 2 anything else: a category counts as "became serious" only when it rose. */
function rank(value: string | null): number {
  const i = SERIOUS.indexOf(categoryKey(value));
  return i === -1 ? SERIOUS.length : i;
}
