/**
 * Keeps the bundled domain table in step with a newer register (after a sync):
 * each table organisation is re-joined to the register's organisations by
 * org_id, then by name with the generator's own normalisation, so the names
 * shown and used for `algorithmsFor` are the register's current spelling.
 */
import { nameParts, nameVariants, plainKey } from './names';
import type { DomainTable, TableOrganization } from './table';
import type { OrganizationRef } from './types';

function unique<T>(map: Map<string, T | null>, key: string, value: T) {
  map.set(key, map.has(key) && map.get(key) !== value ? null : value);
}

/** Returns a copy of the table whose organisations use the register's names and org_ids where they join. */
export function bindTableToRegister(table: DomainTable, register: readonly OrganizationRef[]): DomainTable {
  const byId = new Map<string, OrganizationRef>();
  const byKey = new Map<string, OrganizationRef | null>();
  const byParts = new Map<string, OrganizationRef | null>();
  for (const org of register) {
    if (org.org_id) byId.set(org.org_id, org);
    for (const v of nameVariants(org.name)) {
      unique(byKey, plainKey(v), org);
      const p = nameParts(v);
      if (p.kind) unique(byParts, `${p.kind}|${p.bare}`, org);
    }
  }
  const find = (o: TableOrganization): OrganizationRef | null => {
    if (o.org_id && byId.has(o.org_id)) return byId.get(o.org_id)!;
    for (const v of nameVariants(o.name)) {
      const hit = byKey.get(plainKey(v));
      if (hit) return hit;
    }
    for (const v of nameVariants(o.name)) {
      const p = nameParts(v);
      const hit = p.kind ? byParts.get(`${p.kind}|${p.bare}`) : null;
      if (hit) return hit;
    }
    return null;
  };
  const organizations = table.organizations.map((o): TableOrganization => {
    const hit = find(o);
    return hit ? { name: hit.name, org_id: hit.org_id ?? o.org_id, registered: true } : { ...o, registered: false };
  });
  return { ...table, organizations };
}
