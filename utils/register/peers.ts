/**
 * Context for a count: how an organisation's number of registered algorithms
 * compares with organisations of the same kind in the register. Computed from
 * the snapshot alone, and shown as information, not judgement.
 */
import type { OrganizationType, Snapshot } from './model';
import type { OrganizationRef } from '../recognition/types';
import { nameKey } from './index';
import { typeFromOrgId } from './organizations';
import { isCounted } from '../badge';

/** Fewer organisations of a kind than this in the register: no comparison is shown. */
export const MIN_PEERS = 5;

export interface PeerContext {
  type: OrganizationType;
  /** Organisations of this type with at least one entry in the register (this one excluded). */
  peers: number;
  /** Of those, how many have more algorithms in use or in development than this one. */
  more: number;
  /** At least half of the peers have this many or more (the upper median). */
  median: number;
}

/**
 * The comparison for one organisation with `count` counted entries, or null
 * when its type is unknown or there are fewer than MIN_PEERS of its kind.
 */
export function peerContext(
  snapshot: Pick<Snapshot, 'organizations' | 'algorithms'>,
  ref: OrganizationRef,
  count: number,
): PeerContext | null {
  const own = snapshot.organizations.find((o) => (ref.org_id && o.org_id === ref.org_id) || nameKey(o.name) === nameKey(ref.name));
  const type = own?.type ?? typeFromOrgId(ref.org_id);
  if (!type || type === 'overig') return null;
  const typeOf = new Map(snapshot.organizations.map((o) => [o.name, o.type ?? typeFromOrgId(o.org_id)]));
  const self = nameKey(own?.name ?? ref.name);
  const counts = new Map<string, number>();
  for (const a of snapshot.algorithms) {
    if (!isCounted(a) || nameKey(a.organization) === self) continue;
    if ((typeOf.get(a.organization) ?? typeFromOrgId(a.org_id)) !== type) continue;
    counts.set(a.organization, (counts.get(a.organization) ?? 0) + 1);
  }
  const values = [...counts.values()].sort((x, y) => x - y);
  if (values.length < MIN_PEERS) return null;
  return { type, peers: values.length, more: values.filter((v) => v > count).length, median: values[Math.floor(values.length / 2)] };
}
