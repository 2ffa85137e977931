import { getDomain } from 'tldts';
import type { DomainTable, PathRule } from './table';
import { foldText } from '../text';
import type { OrganizationRef } from './types';

/** What the table says about one host. */
export type HostEntry = { org: OrganizationRef } | { transit: string };

/** The domain table as Maps, built once; lookups cost O(number of host labels). */
export interface RecognitionIndex {
  hosts: Map<string, HostEntry>;
  /** Host → its path rules, longest prefix first. */
  paths: Map<string, { prefix: string; org: OrganizationRef }[]>;
  /** Every organisation the table knows (for page-signal suggestions). */
  organizations: OrganizationRef[];
  /** Platform domains whose sub-sites belong to the organisation that the label directly below the domain names. */
  platforms?: Set<string>;
  /** Vendor hosts whose path segment (1-based) names the organisation, read as a platform label. */
  pathPlatforms?: Map<string, number>;
}

/** Builds the lookup index from a (validated) domain table. */
export function buildRecognitionIndex(table: DomainTable): RecognitionIndex {
  const organizations: OrganizationRef[] = table.organizations.map((o) => ({ name: o.name, org_id: o.org_id }));
  const hosts = new Map<string, HostEntry>();
  for (const host in table.hosts) hosts.set(host, { org: organizations[table.hosts[host]] });
  for (const host in table.transit) hosts.set(host, { transit: table.transit[host] });
  const paths = new Map<string, { prefix: string; org: OrganizationRef }[]>();
  for (const rule of table.paths as PathRule[]) {
    const list = paths.get(rule.host) ?? [];
    list.push({ prefix: rule.prefix, org: organizations[rule.org] });
    paths.set(rule.host, list);
  }
  for (const list of paths.values()) list.sort((a, b) => b.prefix.length - a.prefix.length);
  return {
    hosts,
    paths,
    organizations,
    platforms: new Set(table.platforms ?? []),
    pathPlatforms: new Map(Object.entries(table.path_platforms ?? {})),
  };
}

const labelCache = new WeakMap<RecognitionIndex, Map<string, OrganizationRef | null>>();

/**
 * The organisation a platform label names ("tiel", "zuidholland", "fryslan"),
 * or null: the host `<label>.nl` itself, then `<label>.nl` hosts by their label
 * without hyphens (vendors drop them: "zuidholland" for zuid-holland.nl), then
 * municipalities by their name ("oldambt") and provinces by theirs ("fryslan",
 * "provutrecht"); null where two organisations share one. The label map is
 * built on the first platform lookup, not with the index: most pages never need it.
 */
export function platformLabel(index: RecognitionIndex, label: string): OrganizationRef | null {
  const entry = index.hosts.get(label + '.nl');
  if (entry) return 'org' in entry ? entry.org : null;
  let labels = labelCache.get(index);
  if (!labels) labelCache.set(index, (labels = buildPlatformLabels(index)));
  return labels.get(label.replaceAll('-', '')) ?? null;
}

function buildPlatformLabels(index: RecognitionIndex): Map<string, OrganizationRef | null> {
  const labels = new Map<string, OrganizationRef | null>();
  const hosted = new Set<OrganizationRef>();
  for (const [host, entry] of index.hosts) {
    if (!('org' in entry)) continue;
    hosted.add(entry.org);
    const m = /^([a-z0-9-]+)\.nl$/.exec(host);
    if (m) addLabel(labels, m[1].replaceAll('-', ''), entry.org);
  }
  // Vendors name a council's sub-site after the council ("oldambt" for
  // gemeente-oldambt.nl or "gemeentebergeijk" for a municipality, "fryslan" or
  // "provutrecht" for a province); such a name only fills a label no host has.
  const byName = new Map<string, OrganizationRef | null>();
  for (const org of hosted) {
    const m = /^(Gemeente|Provincie) (.+)$/.exec(org.name);
    if (!m) continue;
    const label = nameLabel(m[2]);
    if (m[1] === 'Provincie') for (const prefix of ['prov', 'provincie', '']) addLabel(byName, prefix + label, org);
    else for (const prefix of ['gemeente', '']) addLabel(byName, prefix + label, org);
  }
  for (const [key, org] of byName) if (!labels.has(key)) labels.set(key, org);
  return labels;
}

function addLabel(map: Map<string, OrganizationRef | null>, key: string, org: OrganizationRef): void {
  if (!key) return;
  const seen = map.get(key);
  map.set(key, seen === undefined || seen === org ? org : null);
}

/** "Súdwest-Fryslân" → "sudwestfryslan", "Bergen (NH.)" → "bergennh". */
function nameLabel(name: string): string {
  return foldText(name).replace(/[^a-z0-9]/g, '');
}

/**
 * The candidate hosts for a lookup: the host itself, then each parent domain
 * up to and including the registrable domain (Public Suffix List, private
 * section included, so "x.github.io" never reaches "github.io"). Never beyond.
 */
export function hostChain(host: string): string[] {
  const registrable = getDomain(host, { allowPrivateDomains: true, extractHostname: false });
  if (!registrable) return [host];
  const chain = [host];
  let h = host;
  while (h !== registrable && h.endsWith('.' + registrable)) {
    h = h.slice(h.indexOf('.') + 1);
    chain.push(h);
  }
  return chain;
}
