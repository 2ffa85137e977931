/**
 * Domain tables for the recognition property tests: the shipped generated
 * table (public/generated/domains.json) when it exists, and a table derived
 * from the real ROO domain list in scripts/data/sources (so the properties also run
 * on a table we fully know).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getDomain } from 'tldts';
import { DOMAIN_TABLE_FORMAT, parseDomainTable, type DomainTable } from '@/utils/recognition/table';
import type { OrganizationRef } from '@/utils/recognition/types';
import { buildRecognitionIndex, type RecognitionIndex } from '@/utils/recognition/index';
import { platformSite } from '@/utils/recognition/recognize';

const ROOT = resolve(import.meta.dirname, '../../..');
export const GENERATED_TABLE = resolve(ROOT, 'public/generated/domains.json');
const ROO_CSV = resolve(ROOT, 'scripts/data/sources/organisations/roo-government-domains-2026.csv');

/** A table from the ROO list (first organisation per domain), plus rijksoverheid.nl path rules and DigiD as transit. */
export function rooTable(): DomainTable {
  const rows = readFileSync(ROO_CSV, 'utf8').trim().split('\n').slice(1);
  const organizations: DomainTable['organizations'] = [];
  const hosts: Record<string, number> = {};
  for (const row of rows) {
    const [domain, name] = row.split(',');
    if (!domain || !name || domain in hosts) continue;
    hosts[domain.toLowerCase()] = organizations.push({ name, org_id: null, registered: true }) - 1;
  }
  const fin = organizations.push({ name: 'Ministerie van Financiën', org_id: 'mnre1090', registered: true }) - 1;
  return {
    format: DOMAIN_TABLE_FORMAT,
    generated_by: 'tests/unit/trust/tables.ts (synthetic)',
    generated_at: '2026-11-22T00:00:00Z',
    register_source: 'synthetic from roo-government-domains-2026.csv',
    organizations,
    hosts,
    paths: [{ host: 'rijksoverheid.nl', prefix: '/ministeries/ministerie-van-financien', org: fin }],
    transit: { 'digid.nl': 'DigiD: inlogdienst van Logius' },
  };
}

/** The tables to test: [label, table]. */
export function tablesUnderTest(): [string, DomainTable][] {
  const list: [string, DomainTable][] = [['ROO-derived table', parseDomainTable(rooTable())]];
  if (existsSync(GENERATED_TABLE)) list.push(['shipped domains.json', parseDomainTable(JSON.parse(readFileSync(GENERATED_TABLE, 'utf8')))]);
  return list;
}

/**
 * Hosts in the table that claim an organisation as a whole: host entries and path-rule hosts, except a
 * vendor's path-platform host (ris2.ibabs.eu), where a path rule names only one council's section.
 */
export function orgHosts(table: DomainTable): string[] {
  const pathPlatforms = table.path_platforms ?? {};
  return [...Object.keys(table.hosts), ...table.paths.map((p) => p.host).filter((h) => !(h in pathPlatforms))];
}

const refKey = (o: OrganizationRef) => `${o.org_id ?? ''}|${o.name}`;

/**
 * The oracle: organisations a host may legitimately be recognised as. A table
 * host H allows `host` only when host === H, or host is a subdomain of H and
 * both have the same registrable domain (Public Suffix List, private section included).
 * Under a listed platform domain, the council its sub-site's label names is allowed too.
 */
export function allowedOrganizations(table: DomainTable, host: string): Set<string> {
  const allowed = new Set<string>();
  // validateHostname off: the WHATWG parser accepts labels longer than DNS allows; the rule is about suffixes.
  const opts = { allowPrivateDomains: true, validateHostname: false };
  const registrable = getDomain(host, opts);
  const fits = (h: string) => host === h || (host.endsWith(`.${h}`) && registrable !== null && registrable === getDomain(h, opts));
  for (const [h, i] of Object.entries(table.hosts)) if (fits(h)) allowed.add(refKey(table.organizations[i]));
  for (const p of table.paths) if (fits(p.host)) allowed.add(refKey(table.organizations[p.org]));
  // under a listed platform (within its registrable domain), the council its sub-site's label names (platformSite)
  const underPlatform = (table.platforms ?? []).some(
    (p) => host.endsWith(`.${p}`) && registrable !== null && registrable === getDomain(p, opts),
  );
  const council = underPlatform ? platformSite(host, indexOf(table)) : null;
  if (council) allowed.add(refKey(council));
  return allowed;
}

const indexes = new WeakMap<DomainTable, RecognitionIndex>();
function indexOf(table: DomainTable): RecognitionIndex {
  let index = indexes.get(table);
  if (!index) indexes.set(table, (index = buildRecognitionIndex(table)));
  return index;
}

/** Key of an organisation reference, as used by allowedOrganizations. */
export { refKey };
