/**
 * Reads the source lists in scripts/data/sources/organisations into one row shape.
 * Strength says which source wins for the same host: reviewed overrides (100)
 * > ROO 2026 directorates-general (90) > ROO 2026-05 per-organisation websites
 * (85) > ROO 2026 (80) > RIO 2026, the register of government domains (75; 45
 * when a ministry holds the domain) > Websiteregister 2024 with a named sub-organisation (65)
 * > Websiteregister 2016 with a named sub-organisation (60) > ROO 2026-05 e-mail
 * domains that fit the name (50) > OpenState 2022 named ministry or typed list
 * (40) > Websiteregister 2024 ministry only (35) > Websiteregister 2016 ministry only (30).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDomain } from 'tldts';
import { readCsv, readCsvObjects } from './csv';
import { evidenceDomain, labelFits } from './evidence';
import { isMinistry } from './spelled';
import { rioRows } from './rio';
import type { NameKind } from '../../utils/recognition/names';

/** One claim "this host belongs to this organisation" from a source list. */
export interface DomainRow {
  host: string;
  /** The source's organisation name, or null when the source only gives a type. */
  name: string | null;
  /** Organisation kind when the source tells it ("Gemeenten.csv"), for joining. */
  kind: NameKind | 'other' | null;
  strength: number;
  source: string;
  /** A ministry-level claim about a sub-site: never overrides a parent's better claim. */
  weak?: boolean;
  /** Other names of the same organisation (an abbreviation), tried when `name` joins no one. */
  altNames?: string[];
  /** Names tried, in order, when `name` joins no one, but never added as the organisation's names. */
  resolveOnly?: string[];
  /** The row names a unit that must already be known (register, ROO, a reviewed override): never a new organisation. */
  mustExist?: boolean;
  /** The row's name is a plain form (no diacritics): read after the other rows, so a known organisation keeps its own name. */
  late?: boolean;
}

/** Turns "http://www.Example.nl/" into "example.nl"; null for paths, IPs and non-domains. */
export function sourceHost(raw: string): string | null {
  let text = raw.trim();
  if (!text) return null;
  if (!/^[a-z]+:\/\//i.test(text)) text = 'http://' + text;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.pathname !== '/' && url.pathname !== '') return null;
  const host = url.hostname
    .toLowerCase()
    .replace(/\.+$/, '')
    .replace(/^www\./, '');
  const registrable = getDomain(host, { allowPrivateDomains: true });
  if (!registrable || /^[0-9.]+$/.test(host)) return null;
  return host;
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

/** All source rows; `orgDir` is scripts/data/sources/organisations, `codes` maps Websiteregister codes to names. */
export function readDomainRows(orgDir: string, codes: Record<string, string>): { rows: DomainRow[]; skipped: string[] } {
  const rows: DomainRow[] = [];
  const skipped: string[] = [];
  const add = (raw: string, name: string | null, kind: DomainRow['kind'], strength: number, source: string, weak = false) => {
    const host = sourceHost(raw);
    if (!host) return void skipped.push(`${source}: ${raw}`);
    rows.push({ host, name: name?.trim() || null, kind, strength, source, weak });
  };
  for (const r of readCsvObjects(read(orgDir, 'roo-government-domains-extra.csv'))) add(r.domain, r.name, null, 90, 'roo-extra-2026');
  for (const r of readCsvObjects(read(orgDir, 'roo-government-domains-2026.csv'))) add(r.domain, r.name, null, 80, 'roo-2026');
  rows.push(...rooWebsiteRows(read(join(orgDir, 'roo-polder-2026'), 'websites.csv'), skipped));
  const os = join(orgDir, 'openstate-2022');
  for (const r of readCsvObjects(read(os, 'webregister-rijksoverheid-20160825.csv'))) {
    const unit = r['organisatie-onderdeel'];
    const unitName = unit ? (codes[`${r.organisatie}/${unit}`] ?? codes[unit]) : undefined;
    if (unit && unitName === '') continue; // reviewed: unit is not an organisation of its own
    // a unit that is the ministry's own staff ("IenM/BSK") names only the ministry: as weak as a ministry-only row
    if (unitName && isMinistry({ name: unitName })) add(r.domeinnaam, unitName, null, 30, 'websiteregister-2016', true);
    else if (unitName) add(r.domeinnaam, unitName, null, 60, 'websiteregister-2016');
    else if (!unit && codes[r.organisatie]) add(r.domeinnaam, codes[r.organisatie], null, 30, 'websiteregister-2016', true);
    else skipped.push(`websiteregister-2016: ${r.domeinnaam} (${r.organisatie}/${unit}: no name for this code)`);
  }
  rows.push(...websiteRegister2024Rows(read(join(orgDir, 'websiteregister-rijksoverheid-2024'), 'websites.tsv'), codes, skipped));
  rows.push(...rioRows(read(join(orgDir, 'rio-2026'), 'domains.tsv'), codes, skipped));
  for (const r of readCsvObjects(read(os, 'domains.csv'))) {
    const type = r['Domain Type'];
    if (type === 'Rijksoverheid') add(r['Domain Name'], r.Agency, null, 40, 'openstate-2022', true);
  }
  for (const [line] of readCsv(read(os, 'Rijksoverheid.csv')).map((r) => [r])) {
    const name = codes[line[1]?.trim()];
    if (name) add(line[0], name, null, 40, 'openstate-2022', true);
  }
  const typed: [string, NameKind | 'other'][] = [
    ['Gemeenten.csv', 'gemeente'],
    ['Provincies.csv', 'provincie'],
    ['Waterschappen.csv', 'waterschap'],
    ['Gemeenschappelijke-Regelingen.csv', 'other'],
  ];
  for (const [file, kind] of typed) {
    for (const [domain] of readCsv(read(os, file))) add(domain, null, kind, 40, `openstate-2022/${file}`);
  }
  return { rows, skipped };
}

/** A name → org_id entry of the register's own reference lists. */
export interface ReferenceOrg {
  name: string;
  org_id: string;
  kind: NameKind | 'other';
}

/** The register's reference lists (municipalities, provinces, water boards, ...). */
export function readReferenceOrgs(orgDir: string): ReferenceOrg[] {
  const dir = join(orgDir, 'register-reference');
  const kinds: Record<string, NameKind | 'other'> = {
    'Gemeenten.csv': 'gemeente',
    'Provincies.csv': 'provincie',
    'Waterschappen.csv': 'waterschap',
    'Omgevingsdiensten.csv': 'other',
    'Veiligheidsregios.csv': 'other',
  };
  const out: ReferenceOrg[] = [];
  for (const [file, kind] of Object.entries(kinds)) {
    for (const r of readCsvObjects(read(dir, file), ';')) out.push({ name: r.name, org_id: r.org_id.toLowerCase(), kind });
  }
  return out;
}

/**
 * The register of government organisations' own website and e-mail per
 * organisation (ROO export of 2026-05-09, rows extracted from
 * github.com/anneschuth/polder; see PROVENANCE.md). The website is the
 * organisation's current main site (strength 85). The e-mail domain counts
 * only when it fits the name or abbreviation (strength 50): "info@odh.nl" is
 * Omgevingsdienst Haaglanden's, a typo or a host's shared mail domain is not.
 */
export function rooWebsiteRows(csv: string, skipped: string[] = []): DomainRow[] {
  const rows: DomainRow[] = [];
  for (const r of readCsvObjects(csv)) {
    const altNames = r.abbr ? [r.abbr] : [];
    const full = r.abbr ? `${r.name} (${r.abbr})` : r.name;
    const site = sourceHost(r.website) ?? ownSiteWithPath(r.website, full);
    if (site) rows.push({ host: site, name: r.name, kind: null, strength: 85, source: 'roo-websites-2026', altNames });
    else skipped.push(`roo-websites-2026: ${r.website}`);
    const mail = evidenceDomain(r.email);
    if (mail && mail !== site && labelFits(mail, full)) {
      rows.push({ host: mail, name: r.name, kind: null, strength: 50, source: 'roo-websites-2026 e-mail', altNames });
    }
  }
  return rows;
}

/**
 * The host of a ROO website given with a path ("https://www.acm.nl/nl"), but
 * only when the host's name fits the organisation: a path on a shared site
 * ("werkenbijdefensie.nl/paresto", "rijksoverheid.nl/ministeries/...") is a
 * page about the organisation, not its own site, and gives no host.
 */
export function ownSiteWithPath(raw: string, fullName: string): string | null {
  const text = /^[a-z]+:\/\//i.test(raw.trim()) ? raw.trim() : `http://${raw.trim()}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  const host = sourceHost(`${url.protocol}//${url.host}/`);
  const domain = host && evidenceDomain(`${url.protocol}//${host}/`);
  return host && domain && labelFits(domain, fullName) ? host : null;
}

/** "RIVM (Rijksinstituut voor Volksgezondheid en Milieu)" → ["RIVM", "Rijksinstituut ..."]; "Logius" → ["Logius", "Logius"]. */
export function splitNamed(text: string): [string, string] {
  const t = text.trim();
  const m = /^(.+?) \((.+?)\)?$/.exec(t);
  return m ? [m[1].trim(), m[2].trim()] : [t, t];
}

/**
 * The Websiteregister Rijksoverheid of June 2024 (columns extracted; see
 * PROVENANCE.md): every central-government site with its ministry and, for an
 * agency's or independent body's site, its sub-organisation. A named
 * sub-organisation is a claim for that unit (65), but only for a unit the
 * project already knows (register, ROO, a reviewed override) or a reviewed
 * code names: the register lists sites of foundations and associations a
 * ministry funds, which must not become government organisations here, nor
 * fall back to their ministry. A site with only a ministry is a ministry-level
 * claim (35, weak), newer than the 2016 register's (30).
 */
export function websiteRegister2024Rows(tsv: string, codes: Record<string, string>, skipped: string[] = []): DomainRow[] {
  const rows: DomainRow[] = [];
  const source = 'websiteregister-2024';
  for (const line of tsv.split('\n').slice(1)) {
    if (!line.trim()) continue;
    const [url, , organisatie = '', sub = '', afdeling = ''] = line.split('\t');
    const host = sourceHost(url);
    if (!host) {
      skipped.push(`${source}: ${url}`);
      continue;
    }
    const [orgCode, orgName] = splitNamed(organisatie);
    const owner = codes[orgCode] ?? orgName;
    if (!sub.trim()) {
      if (owner === '') continue; // reviewed: not a government organisation
      const weak = isMinistry({ name: owner });
      rows.push({ host, name: owner, kind: null, strength: weak ? 35 : 65, source, weak, mustExist: true });
      continue;
    }
    const [unitCode, unitName] = splitNamed(sub);
    const coded = codes[`${orgCode}/${unitCode}/${afdeling.trim()}`] ?? codes[`${orgCode}/${unitCode}`] ?? codes[unitCode];
    if (coded === '') continue; // reviewed: the unit is not a government organisation of its own
    const name = coded ?? unitName;
    if (isMinistry({ name })) {
      rows.push({ host, name, kind: null, strength: 35, source, weak: true, mustExist: true });
      continue;
    }
    rows.push({ host, name, kind: null, strength: 65, source, mustExist: true, resolveOnly: [unitCode] });
  }
  return rows;
}
