import * as v from 'valibot';
import { SNAPSHOT_FORMAT, type Algorithm, type Organization, type RegisterState, type Snapshot } from './model';

/** sha256 (hex) of a string, with Web Crypto (browser and Node ≥ 20 alike). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The content hash: sha256 of the canonical JSON of `{organizations, algorithms}` (sorted, fixed key order). */
export function contentHash(organizations: Organization[], algorithms: Algorithm[]): Promise<string> {
  return sha256Hex(JSON.stringify({ organizations, algorithms }));
}

export interface SnapshotParts {
  algorithms: Algorithm[];
  organizations: Organization[];
  source: string;
  generated_at: string;
  register_state: RegisterState | null;
}

/** Sort, date and hash the parts into a Snapshot. Same data in → same hash out. */
export async function finalizeSnapshot(parts: SnapshotParts): Promise<Snapshot> {
  const algorithms = [...parts.algorithms].sort((a, b) => (a.lars < b.lars ? -1 : a.lars > b.lars ? 1 : 0));
  const organizations = [...parts.organizations].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let data_date: string | null = null;
  for (const a of algorithms) if (a.publication_date && (!data_date || a.publication_date > data_date)) data_date = a.publication_date;
  return {
    format: SNAPSHOT_FORMAT,
    generated_at: parts.generated_at,
    data_date,
    source: parts.source,
    hash: await contentHash(organizations, algorithms),
    organizations,
    algorithms,
    register_state: parts.register_state,
  };
}

const SnapshotShape = v.looseObject({
  format: v.literal(SNAPSHOT_FORMAT),
  generated_at: v.string(),
  data_date: v.nullable(v.string()),
  source: v.string(),
  hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  organizations: v.array(v.looseObject({ name: v.string() })),
  algorithms: v.array(v.looseObject({ lars: v.string(), name: v.string(), organization: v.string(), register_url: v.string() })),
});

/** A cheap shape check for snapshots read from storage or the bundled file (not a full re-validation). */
export function isSnapshot(value: unknown): value is Snapshot {
  return v.is(SnapshotShape, value);
}
