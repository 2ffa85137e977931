import { foldSpaced } from '../text';
import type { Algorithm, Organization, Snapshot } from './model';
import type { OrganizationRef } from '../recognition/types';

/** Lower-case, single spaces, no diacritics: for joining names that differ only in spelling noise. */
export function nameKey(name: string): string {
  return foldSpaced(name);
}

/** A snapshot with lookups by organisation; build once per snapshot. */
export interface RegisterIndex {
  snapshot: Snapshot;
  /** The organisation's algorithms: by org_id when both sides have one, else by name. */
  algorithmsFor(ref: OrganizationRef): Algorithm[];
  /** The register's organisation record for a reference, if any. */
  organization(ref: OrganizationRef): Organization | undefined;
}

export function buildRegisterIndex(snapshot: Snapshot): RegisterIndex {
  const byOrgId = new Map<string, Algorithm[]>();
  const byName = new Map<string, Algorithm[]>();
  for (const a of snapshot.algorithms) {
    if (a.org_id) push(byOrgId, a.org_id, a);
    push(byName, nameKey(a.organization), a);
  }
  const orgById = new Map<string, Organization>();
  const orgByName = new Map<string, Organization>();
  for (const o of snapshot.organizations) {
    if (o.org_id) orgById.set(o.org_id, o);
    orgByName.set(nameKey(o.name), o);
  }
  const joined = new Map<string, Algorithm[]>();
  return {
    snapshot,
    algorithmsFor(ref) {
      const key = `${ref.org_id ?? ''}\u0000${ref.name}`;
      let list = joined.get(key);
      if (!list) {
        // Records carrying the org_id, plus records of the same name whose source gave no org_id.
        const byId = ref.org_id ? (byOrgId.get(ref.org_id) ?? []) : [];
        const named = (byName.get(nameKey(ref.name)) ?? []).filter((a) => !ref.org_id || !a.org_id);
        list = byId.length && named.length ? [...byId, ...named.filter((a) => !byId.includes(a))] : byId.length ? byId : named;
        joined.set(key, list);
      }
      return list;
    },
    organization(ref) {
      return (ref.org_id ? orgById.get(ref.org_id) : undefined) ?? orgByName.get(nameKey(ref.name));
    },
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
