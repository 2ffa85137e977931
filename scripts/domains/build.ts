/**
 * Builds the domain table from the register's organisations, the reference
 * lists, the source domain rows and the reviewed overrides. Pure: all input
 * is passed in, so tests can run it on the real data and check the result.
 */
import { getDomainWithoutSuffix, getSubdomain } from 'tldts';
import { compactKey, plainKey } from '../../utils/recognition/names';
import type { DomainTable } from '../../utils/recognition/table';
import { OrgDirectory, type DirectoryOrg } from './directory';
import type { DomainRow, ReferenceOrg } from './sources';
import type { Overrides } from './overrides';
import { isMinistry, SpelledIndex } from './spelled';
import { detectPlatforms, prune, PLATFORM_NOTE, toTable, type Claim } from './finish';

export interface BuildInput {
  register: { name: string; org_id: string | null; algorithms: number }[];
  registerSource: string;
  reference: ReferenceOrg[];
  rows: DomainRow[];
  overrides: Overrides;
  generatedAt: string;
}

export interface BuildResult {
  table: DomainTable;
  directory: OrgDirectory;
  /** Source rows whose organisation could not be named (host + source). */
  unresolved: string[];
  /** Hosts where sources disagreed; the stronger one won. */
  conflicts: string[];
  /** Ministry-or-unit conflicts and how the precedence rule resolved each (see pickWinners). */
  units: UnitConflict[];
  /** The source of each host's winning claim (for the main-website report). */
  hostSources: Record<string, string>;
  /** Hosts whose every claim comes from the Websiteregister of 2016: a lapsed domain may be someone else's now. */
  onlyOldList: string[];
}

/** A host where a ministry-level claim met a more specific unit. */
export interface UnitConflict {
  host: string;
  ministry: string;
  ministrySource: string;
  unit: string;
  /** What says the host is the unit's: `spells "kadaster"` or the other source's name. */
  evidence: string;
  /** Who got the host: 'unit', or 'ministry' with the override's reason. */
  outcome: 'unit' | 'ministry';
  why?: string;
}

/** The whole build: directory, claims, pruning, overrides, output. */
export function buildDomainTable(input: BuildInput): BuildResult {
  const dir = buildDirectory(input);
  const { claims, unresolved } = collectClaims(input, dir);
  const transit = new Map(input.overrides.transit.map((t) => [t.host, t.note]));
  const { winners, conflicts, units } = pickWinners(input, claims, transit, new SpelledIndex(dir, false));
  for (const host of prunePlatforms(winners, new Set(input.overrides.transit.filter((t) => t.subdomains).map((t) => t.host)))) {
    conflicts.push(`${host.host}: shared platform (sub-sites of ${host.org} and at least 3 others): made a portal`);
    transit.set(host.host, PLATFORM_NOTE);
  }
  for (const n of input.overrides.noWebsite ?? []) must(dir, n.org, 'noWebsite');
  const hostSources = Object.fromEntries([...winners].map(([host, c]) => [host, c.source]).sort(([a], [b]) => (a < b ? -1 : 1)));
  const table = toTable(input, dir, winners, transit);
  const onlyOldList = Object.keys(table.hosts)
    .filter((h) => claims.get(h)?.every((c) => c.source === 'websiteregister-2016'))
    .sort();
  return {
    table,
    directory: dir,
    unresolved: [...new Set(unresolved)],
    conflicts,
    units,
    hostSources,
    onlyOldList,
  };
}

/**
 * Prunes the claims, then takes out the shared platforms it finds. A sub-site
 * claim that was pruned only because a platform's own claim outweighed it is
 * put back: once the platform is a portal, its sub-sites are named by their
 * own claims (pleio.nl's sub-sites are several bodies' communities).
 */
function prunePlatforms(winners: Map<string, Claim>, transitTrees: Set<string>): { host: string; org: string }[] {
  const all = new Map(winners);
  const found: { host: string; org: string }[] = [];
  prune(winners, transitTrees);
  for (let next = detectPlatforms(winners); next.length; next = detectPlatforms(winners)) {
    for (const host of next) found.push({ host, org: all.get(host)!.org.name });
    const shared = new Set(found.map((f) => f.host));
    winners.clear();
    for (const [host, claim] of all) if (!shared.has(host)) winners.set(host, claim);
    prune(winners, transitTrees);
  }
  return found;
}

/** Every source row and override as a claim on its host (strongest sources first). */
function collectClaims(input: BuildInput, dir: OrgDirectory) {
  const claims = new Map<string, Claim[]>();
  const unresolved: string[] = [];
  const claim = (host: string, c: Claim) => claims.set(host, [...(claims.get(host) ?? []), c]);
  const aliases = new Map(input.overrides.aliases.map((a) => [plainKey(a.name), a.org]));
  const take = (row: DomainRow) => {
    const name = row.name ? (aliases.get(plainKey(row.name)) ?? row.name) : null;
    let org = name ? dir.resolve(name, row.kind) : resolveHost(dir, row.host, row.kind);
    for (const alt of [...(row.altNames ?? []), ...(row.resolveOnly ?? [])]) org ??= dir.resolve(alt, row.kind);
    if (!org && name && !row.mustExist) org = dir.add({ name, org_id: null, registered: false, kind: null, algorithms: 0 });
    // the ROO abbreviation ("RIVM", "KNMI") becomes one of the organisation's names, so spelled.ts can find it in hosts
    if (org) for (const alt of row.altNames ?? []) if ((dir.resolve(alt, row.kind) ?? org) === org) dir.alias(org, alt);
    if (org) claim(row.host, { org, strength: row.strength, source: row.source, weak: !!row.weak });
    return !!org;
  };
  // a row that must name a known organisation, or that names it only in a plain form (the RIO's
  // slugs drop diacritics), is read after every other row, so that an organisation a weaker
  // source brings in (the 2016 register's reviewed codes) is known by then, under its own name
  const late = (row: DomainRow) => !!(row.mustExist || row.late);
  const sorted = [...input.rows].sort((a, b) => b.strength - a.strength);
  for (const row of sorted) if (!late(row) && !take(row)) unresolved.push(`${row.host} (${row.source})`);
  for (const row of sorted) if (late(row) && !take(row)) unresolved.push(`${row.host} (${row.source})`);
  for (const o of [...input.overrides.hosts, ...input.overrides.mergers]) {
    claim(o.host, { org: must(dir, o.org, o.host), strength: 100, source: 'override', weak: false });
  }
  for (const a of input.overrides.aliases) must(dir, a.org, `alias ${a.name}`);
  return { claims, unresolved };
}

/**
 * The strongest claim per host. Hosts a typed list (municipalities, provinces,
 * water boards, joint arrangements) places outside central government lose
 * their ministry-level claims, even when the list names no one.
 *
 * Precedence rule (the most specific organisation with evidence wins): a
 * ministry-level claim from a list that names only the ministry (weak: the 2016
 * Websiteregister without a unit, the OpenState Rijksoverheid rows) yields to
 * (1) any claim by another source that names a unit, however weak that source
 * is otherwise, then (2) the unit whose distinctive name the host spells
 * (spelled.ts; longest name wins, ties stay with the ministry). A reviewed
 * override (strength 100) is never moved: where it keeps a ministry on a host
 * that spells a unit, its `why` is the justification listed in COVERAGE.md.
 * A ministry-listed host that a stronger source (a ROO row) or a reviewed
 * override (an English or former name no rule can read) gives to a unit is
 * listed there too, with that evidence.
 */
function pickWinners(input: BuildInput, claims: Map<string, Claim[]>, transit: Map<string, string>, spelled: SpelledIndex) {
  const typedHosts = new Set(input.rows.filter((r) => !r.name && r.kind).map((r) => r.host));
  // a municipality's, province's or water board's own host (typed list) is never a joint arrangement's ROO website
  const territorial = new Set(input.rows.filter((r) => !r.name && r.kind && r.kind !== 'other').map((r) => r.host));
  const memberSite = (host: string, c: Claim) =>
    territorial.has(host) && c.source.startsWith('roo-websites') && (c.org.kind === null || c.org.kind === 'other');
  const excluded = new Set(input.overrides.exclude.map((e) => e.host));
  const overrideWhy = new Map(input.overrides.hosts.map((o) => [o.host, o.why]));
  const winners = new Map<string, Claim>();
  const conflicts: string[] = [];
  const units: UnitConflict[] = [];
  for (const [host, list] of claims) {
    if (excluded.has(host) || transit.has(host)) continue;
    const usable = (typedHosts.has(host) ? list.filter((c) => !c.weak) : list).filter((c) => !memberSite(host, c));
    if (!usable.length) continue;
    let best = usable.reduce((a, b) => (b.strength > a.strength ? b : a));
    const rival = usable.find((c) => c.org !== best.org && c.strength >= 60 && !c.weak);
    if (rival) conflicts.push(`${host}: ${best.org.name} (${best.source}) over ${rival.org.name} (${rival.source})`);
    if (isMinistry(best.org)) {
      const named = usable.filter((c) => !isMinistry(c.org)).sort((a, b) => b.strength - a.strength)[0];
      const hit = named ? null : spelled.find(host);
      const unit = named?.org ?? hit?.org;
      if (unit && unit !== best.org) {
        const record = { host, ministry: best.org.name, ministrySource: best.source, unit: unit.name };
        const evidence = named ? `${named.source} names it` : `host spells "${hit!.key}"`;
        if (best.weak) {
          units.push({ ...record, evidence, outcome: 'unit' });
          best = named ?? { org: unit, strength: best.strength, source: `${best.source}, unit spelled`, weak: best.weak };
        } else if (best.source === 'override') {
          units.push({ ...record, evidence, outcome: 'ministry', why: overrideWhy.get(host) });
        }
      }
    } else {
      // a ministry-only list lost to a stronger source that names the unit (or a reviewed override): listed too
      const outranked = usable.find((c) => c.weak && isMinistry(c.org));
      if (outranked) {
        const evidence =
          best.source === 'override'
            ? `reviewed override: ${overrideWhy.get(host) ?? 'see domain-overrides.json'}`
            : `${best.source} names it`;
        units.push({
          host,
          ministry: outranked.org.name,
          ministrySource: outranked.source,
          unit: best.org.name,
          evidence,
          outcome: 'unit',
        });
      }
    }
    winners.set(host, best);
  }
  return { winners, conflicts, units };
}

function buildDirectory(input: BuildInput): OrgDirectory {
  const dir = new OrgDirectory();
  for (const r of input.register) dir.add({ name: r.name, org_id: r.org_id, registered: true, kind: null, algorithms: r.algorithms });
  for (const o of input.overrides.organizations) {
    if (!dir.resolve(o.name)) dir.add({ name: o.name, org_id: o.org_id, registered: false, kind: null, algorithms: 0 });
  }
  for (const a of input.overrides.aliases) {
    const target = dir.resolve(a.org);
    if (target) dir.alias(target, a.name); // others name source organisations: applied per row
  }
  for (const ref of input.reference) {
    const found = dir.byOrgId(ref.org_id) ?? dir.resolve(ref.name, ref.kind);
    if (found) {
      if (!found.org_id) dir.setOrgId(found, ref.org_id);
      if (found.kind === null) found.kind = ref.kind;
      dir.alias(found, ref.name);
    } else dir.add({ name: ref.name, org_id: ref.org_id, registered: false, kind: ref.kind, algorithms: 0 });
  }
  return dir;
}

/** Joins a nameless typed row by its host labels ("gemeentemaastricht.nl" → Gemeente Maastricht). */
function resolveHost(dir: OrgDirectory, host: string, kind: DomainRow['kind']): DirectoryOrg | null {
  const label = getDomainWithoutSuffix(host, { allowPrivateDomains: true }) ?? '';
  const sub = (getSubdomain(host, { allowPrivateDomains: true }) ?? '').replace(/^www\.?/, '');
  const keys = [compactKey(sub + label), compactKey(label)];
  for (const k of keys) {
    const hit = k.length >= 3 ? dir.resolveCompact(k, kind) : null;
    if (hit) return hit;
  }
  return kind === 'other' && !sub ? dir.resolveShortForm(compactKey(label)) : null;
}

export function must(dir: OrgDirectory, name: string, context: string): DirectoryOrg {
  const org = dir.resolve(name);
  if (!org) throw new Error(`domain-overrides: "${name}" (for ${context}) is not a known organisation`);
  return org;
}
