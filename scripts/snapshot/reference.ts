import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OrgReference } from '../../utils/register/organizations';
import type { OrganizationType } from '../../utils/register/model';

const FILE_TYPES: Record<string, OrganizationType> = {
  'Gemeenten.csv': 'gemeente',
  'Provincies.csv': 'provincie',
  'Waterschappen.csv': 'waterschap',
  'Omgevingsdiensten.csv': 'gemeenschappelijke regeling',
  'Veiligheidsregios.csv': 'gemeenschappelijke regeling',
};

/**
 * The register's own name → org_id lists (MinBZK/Algoritmeregister
 * backend/etl/figures/csv, `name;identifier;org_id`), all *.csv in `dir`.
 */
export function loadReference(dir: string): OrgReference[] {
  const rows: OrgReference[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort()) {
    const lines = readFileSync(join(dir, file), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    const header = lines[0].split(';');
    const nameAt = header.indexOf('name');
    const idAt = header.indexOf('org_id');
    if (nameAt < 0 || idAt < 0) throw new Error(`${file}: expected columns name;...;org_id`);
    for (const line of lines.slice(1)) {
      const cells = line.split(';');
      const name = cells[nameAt]?.trim();
      const orgId = cells[idAt]?.trim().toLowerCase();
      if (name && orgId) rows.push({ name, org_id: orgId, type: FILE_TYPES[file] ?? null });
    }
  }
  return rows;
}
