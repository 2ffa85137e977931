import Fuse from 'fuse.js';
import type { Algorithm, OrganizationType, Snapshot } from '@/utils/register/model';
import { buildRegisterIndex } from '@/utils/register/index';

/** Filter value for "the data does not say". */
export const UNKNOWN = '(onbekend)';

/** The explorer's filters; '' means any. */
export interface ExplorerFilters {
  category: string;
  status: string;
  orgType: string;
  theme: string;
}
export const NO_FILTERS: ExplorerFilters = { category: '', status: '', orgType: '', theme: '' };

/** One searchable row: the algorithm plus its organisation's type. */
export interface ExplorerRow {
  algorithm: Algorithm;
  orgType: OrganizationType | null;
  /** Searchable description: description_short, else the goal as plain text (the scrape has only a goal). */
  description: string;
}

/** Longest query searched (characters); Fuse matches up to 32 characters in one pass; longer patterns are split and much slower. */
const MAX_QUERY = 32;

/** Longest description text searched (characters): keeps fuzzy search fast. */
const MAX_SEARCH_TEXT = 500;

/** Plain searchable text of an algorithm's description (tags removed, cut). */
export function descriptionText(a: Algorithm): string {
  const raw = a.description_short?.trim() || a.goal || '';
  return raw
    .replace(/<[^>]*>?/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_SEARCH_TEXT);
}

/** Search index and filter choices for one snapshot. */
export interface ExplorerIndex {
  rows: ExplorerRow[];
  fuse: Fuse<ExplorerRow>;
  facets: { category: string[]; status: string[]; orgType: string[]; theme: string[] };
}

const cache = new WeakMap<Snapshot, ExplorerIndex>();

/** Builds the fuzzy index once per snapshot (cached on the snapshot object). */
export function explorerIndex(snapshot: Snapshot): ExplorerIndex {
  const hit = cache.get(snapshot);
  if (hit) return hit;
  const register = buildRegisterIndex(snapshot);
  const rows = snapshot.algorithms
    .map((algorithm) => ({
      algorithm,
      orgType: register.organization({ name: algorithm.organization, org_id: algorithm.org_id })?.type ?? null,
      description: descriptionText(algorithm),
    }))
    .sort(
      (a, b) =>
        a.algorithm.organization.localeCompare(b.algorithm.organization, 'nl') || a.algorithm.name.localeCompare(b.algorithm.name, 'nl'),
    );
  const fuse = new Fuse(rows, {
    keys: [
      { name: 'algorithm.name', weight: 3 },
      { name: 'algorithm.organization', weight: 2 },
      { name: 'description', weight: 1 },
    ],
    threshold: 0.3,
    ignoreLocation: true,
    minMatchCharLength: 2,
  });
  const index = { rows, fuse, facets: facetsOf(rows) };
  cache.set(snapshot, index);
  return index;
}

function facetsOf(rows: ExplorerRow[]): ExplorerIndex['facets'] {
  const sets = { category: new Set<string>(), status: new Set<string>(), orgType: new Set<string>(), theme: new Set<string>() };
  for (const r of rows) {
    sets.category.add(r.algorithm.publication_category ?? UNKNOWN);
    sets.status.add(r.algorithm.status ?? UNKNOWN);
    sets.orgType.add(r.orgType ?? UNKNOWN);
    for (const th of r.algorithm.themes ?? []) sets.theme.add(th);
  }
  const sorted = (s: Set<string>) => [...s].sort((a, b) => (a === UNKNOWN ? 1 : b === UNKNOWN ? -1 : a.localeCompare(b, 'nl')));
  return { category: sorted(sets.category), status: sorted(sets.status), orgType: sorted(sets.orgType), theme: sorted(sets.theme) };
}

/** True when a row passes every filter that is set. */
export function passes(row: ExplorerRow, f: ExplorerFilters): boolean {
  const a = row.algorithm;
  return (
    (!f.category || (a.publication_category ?? UNKNOWN) === f.category) &&
    (!f.status || (a.status ?? UNKNOWN) === f.status) &&
    (!f.orgType || (row.orgType ?? UNKNOWN) === f.orgType) &&
    (!f.theme || (a.themes ?? []).includes(f.theme))
  );
}

/**
 * Searches and filters: with a query, best matches first (fuzzy, so small
 * typos still match); without one, every algorithm by organisation and name.
 */
export function searchExplorer(index: ExplorerIndex, query: string, filters: ExplorerFilters): ExplorerRow[] {
  const q = query.trim().slice(0, MAX_QUERY);
  const found = q.length >= 2 ? index.fuse.search(q).map((r) => r.item) : index.rows;
  return found.filter((r) => passes(r, filters));
}

/** One page of results (1-based page, clamped to the last page). */
export function pageOf<T>(items: readonly T[], page: number, size: number): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(1, page), pages);
  return { items: items.slice((p - 1) * size, p * size), page: p, pages };
}
