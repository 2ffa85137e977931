import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDomain, getPublicSuffix } from 'tldts';
import { describe, expect, it } from 'vitest';
import { COVERAGE_FILE, generate } from '../../../scripts/domains';
import { buildDomainTable } from '../../../scripts/domains/build';
import { codeTable, readOverrides, type Overrides } from '../../../scripts/domains/overrides';
import { rioRows } from '../../../scripts/domains/rio';
import { defaultSnapshot } from '../../../scripts/domains/register';
import { ORGANISATION_SOURCES } from '../../../scripts/data/paths';
import { readReferenceOrgs, sourceHost } from '../../../scripts/domains/sources';
import { readCsvObjects } from '../../../scripts/domains/csv';
import { readDomainTable } from '../../../scripts/domains/table-file';
import { nameParts } from '../../../utils/recognition/names';
import { buildRecognitionIndex } from '../../../utils/recognition/index';
import { recognize } from '../../../utils/recognition/recognize';

const committed = readDomainTable();
const result = generate(committed.generated_at);
const { snapshot } = defaultSnapshot();

describe('domain table generator on the real data', () => {
  it('the committed public/generated/domains.json is what the generator makes now', () => {
    expect(result.table).toEqual(committed);
  });

  it('computes coverage that matches an independent count over the register', () => {
    const used = new Set([...Object.values(committed.hosts), ...committed.paths.map((p) => p.org)]);
    const reachedNames = new Set([...used].map((i) => committed.organizations[i].name));
    const counts = new Map<string, number>();
    for (const a of snapshot.algorithms) counts.set(a.organization, (counts.get(a.organization) ?? 0) + 1);
    const reached = [...counts.keys()].filter((n) => reachedNames.has(n));
    const c = result.coverage;
    expect(c.registerOrganizations).toBe(counts.size);
    expect(c.reachedOrganizations).toBe(reached.length);
    expect(c.reachedAlgorithms).toBe(reached.reduce((n, name) => n + counts.get(name)!, 0));
    expect(c.unreached.map((u) => u.name).sort()).toEqual([...counts.keys()].filter((n) => !reachedNames.has(n)).sort());
    expect(c.reachedOrganizations / c.registerOrganizations).toBeGreaterThan(0.9);
    expect(c.reachedAlgorithms / c.registerAlgorithms).toBeGreaterThan(0.95);
  });

  it('the coverage report lists every unreached register organisation', () => {
    const report = readFileSync(COVERAGE_FILE, 'utf8');
    expect(report).toContain(`**${result.coverage.reachedOrganizations} / ${result.coverage.registerOrganizations}**`);
    for (const u of result.coverage.unreached) expect(report).toContain(`| ${u.name} | ${u.algorithms} |`);
  });

  it('registered organisations are spelled exactly as the register does; others are not in it', () => {
    const names = new Set(snapshot.organizations.map((o) => o.name));
    for (const o of committed.organizations) expect(names.has(o.name), o.name).toBe(o.registered);
  });

  it('reaches every municipality, province and water board of the reference lists, by org_id', () => {
    const ids = new Set(Object.values(committed.hosts).map((i) => committed.organizations[i].org_id));
    const ref = readReferenceOrgs(ORGANISATION_SOURCES).filter((r) => r.kind !== 'other');
    expect(ref.length).toBeGreaterThan(370);
    for (const r of ref) expect(ids.has(r.org_id), `${r.name} ${r.org_id}`).toBe(true);
  });

  it('every host is a lower-case, www-less name at or below a registrable domain', () => {
    for (const host of [...Object.keys(committed.hosts), ...Object.keys(committed.transit)]) {
      expect(host).toBe(host.toLowerCase());
      expect(host.startsWith('www.')).toBe(false);
      expect(getDomain(host, { allowPrivateDomains: true }), host).toBeTruthy();
      expect(getPublicSuffix(host, { allowPrivateDomains: true })).not.toBe(host);
    }
  });

  it('every reviewed override says why, and is applied', () => {
    const o = readOverrides();
    // a sub-host whose parent now names the same organisation is pruned: recognition still names it
    const index = buildRecognitionIndex(committed);
    // ... and names the override's organisation: the same name up to its kind prefix or noise ("Gemeenschappelijke
    // Regeling Samenwerking de Bevelanden" is "Samenwerking De Bevelanden"), never another body
    const same = (name: string | undefined) => (name ? nameParts(name).bare : name);
    for (const h of [...o.hosts, ...o.mergers])
      expect(same(recognize(`https://${h.host}/`, index).organization?.name), h.host).toBe(same(h.org));
    for (const e of o.exclude) expect(committed.hosts[e.host], e.host).toBeUndefined();
    for (const t of o.transit) expect(committed.transit[t.host]).toBe(t.note);
  });

  it("a host the table gives to a ministry is that ministry's in the 2022 list too, unless a reviewed override says why", () => {
    // Catches a unit of one ministry that made another ministry's site (DPC, AZ's
    // communication service, built nix18.nl for VWS) and older lists' stale ministries.
    const reviewed = new Set(readOverrides().hosts.map((h) => h.host));
    // or the register of government domains (RIO, 2026), which is newer, names the same ministry
    const rioTsv = readFileSync(join(ORGANISATION_SOURCES, 'rio-2026', 'domains.tsv'), 'utf8');
    const rio = new Map(rioRows(rioTsv, codeTable(readOverrides())).map((r) => [r.host, r.name]));
    const csv = readFileSync(join(ORGANISATION_SOURCES, 'openstate-2022', 'domains.csv'), 'utf8');
    let checked = 0;
    for (const r of readCsvObjects(csv)) {
      const ministry = r.Agency?.trim() ?? '';
      const host = sourceHost(r['Domain Name']);
      if (r['Domain Type'] !== 'Rijksoverheid' || !ministry.startsWith('Ministerie van ') || !host || reviewed.has(host)) continue;
      const name = committed.organizations[committed.hosts[host]]?.name;
      if (!name?.startsWith('Ministerie van ') || rio.get(host) === name) continue;
      checked++;
      expect(name.startsWith(ministry) || ministry.startsWith(name), `${host}: ${name}, 2022: ${ministry}`).toBe(true);
    }
    expect(checked).toBeGreaterThan(150); // the rest are confirmed by the RIO or moved to a unit
  });

  it('lists the hosts whose only evidence is the 2016 Websiteregister, each in that list and named by no other source', () => {
    const old = result.onlyOldList;
    const w16 = readFileSync(join(ORGANISATION_SOURCES, 'openstate-2022', 'webregister-rijksoverheid-20160825.csv'), 'utf8');
    const in2016 = new Set(readCsvObjects(w16).map((r) => sourceHost(r.domeinnaam)));
    const roo = readFileSync(join(ORGANISATION_SOURCES, 'roo-government-domains-2026.csv'), 'utf8');
    const inRoo = new Set(readCsvObjects(roo).map((r) => sourceHost(r.domain)));
    const reviewed = new Set(readOverrides().hosts.map((h) => h.host));
    expect(old.length).toBeGreaterThan(100);
    for (const host of old) {
      expect(committed.hosts[host], host).toBeDefined();
      expect(in2016.has(host), host).toBe(true);
      expect(inRoo.has(host) || reviewed.has(host), host).toBe(false);
    }
    expect(old).toContain('aanvalopoverval.nl');
    expect(old).not.toContain('kleinlef.nl'); // the RIO of 2026 lists it (ICTU's)
    expect(old).not.toContain('uwv.nl');
    const report = readFileSync(COVERAGE_FILE, 'utf8');
    expect(report).toContain(`only evidence is the Websiteregister Rijksoverheid of 2016 (${old.length})`);
    for (const host of old) expect(report).toContain(`\n- ${host}\n`);
  });

  it('a host with path rules is a shared (transit) host or an organisation own host, so its other pages are never "unknown"; or a vendor path platform, whose other pages the platform rule reads', () => {
    for (const rule of committed.paths) {
      const own = rule.host in committed.hosts || rule.host in committed.transit || rule.host in (committed.path_platforms ?? {});
      expect(own, rule.host + rule.prefix).toBe(true);
    }
  });
});

describe('buildDomainTable rules (synthetic input)', () => {
  const empty: Overrides = { codes: [], aliases: [], organizations: [], hosts: [], mergers: [], exclude: [], transit: [], paths: [] };
  const base = {
    register: [
      { name: 'Ministerie van Financiën', org_id: null, algorithms: 3 },
      { name: 'Belastingdienst', org_id: null, algorithms: 5 },
      { name: 'Gemeente Utrecht', org_id: null, algorithms: 2 },
      { name: 'Provincie Utrecht', org_id: null, algorithms: 1 },
    ],
    registerSource: 'synthetic',
    reference: [{ name: 'Gemeente Utrecht', org_id: 'gm0344', kind: 'gemeente' as const }],
    generatedAt: 'x',
  };
  const row = (host: string, name: string | null, strength: number, extra = {}) => ({
    host,
    name,
    kind: null,
    strength,
    source: 's',
    ...extra,
  });

  it('lets the stronger source win, drops weak sub-site claims under a better parent, keeps specific ones', () => {
    const { table } = buildDomainTable({
      ...base,
      overrides: { ...empty, transit: [{ host: 'login.example', note: 'login', why: 'w', subdomains: true }] },
      rows: [
        row('belastingdienst.nl', 'Financiën', 40, { weak: true }),
        row('belastingdienst.nl', 'Belastingdienst', 90),
        row('odb.belastingdienst.nl', 'Ministerie van Financiën', 40, { weak: true }),
        row('utrecht.nl', null, 40, { kind: 'gemeente' }),
        row('provincie-utrecht.nl', 'Provincie Utrecht', 80),
        row('a.login.example', 'Ministerie van Financiën', 40, { weak: true }),
        row('utrecht.example', 'Utrecht', 80),
      ],
    });
    const at = (h: string) => (table.hosts[h] === undefined ? undefined : table.organizations[table.hosts[h]]);
    expect(at('belastingdienst.nl')?.name).toBe('Belastingdienst');
    expect(at('odb.belastingdienst.nl')).toBeUndefined();
    expect(at('utrecht.nl')).toEqual({ name: 'Gemeente Utrecht', org_id: 'gm0344', registered: true });
    expect(at('provincie-utrecht.nl')?.name).toBe('Provincie Utrecht');
    expect(at('a.login.example')).toBeUndefined();
    // "Utrecht" alone is ambiguous (municipality or province): becomes its own unregistered organisation
    expect(at('utrecht.example')).toEqual({ name: 'Utrecht', org_id: null, registered: false });
  });

  it('drops a ministry-level claim on a host that a typed list places outside central government', () => {
    const { table } = buildDomainTable({
      ...base,
      overrides: empty,
      rows: [
        row('recreatieschap.example', null, 40, { kind: 'other' }),
        row('recreatieschap.example', 'Ministerie van Financiën', 40, { weak: true }),
        row('campagne.example', 'Ministerie van Financiën', 40, { weak: true }),
      ],
    });
    expect(table.hosts['recreatieschap.example']).toBeUndefined();
    expect(table.organizations[table.hosts['campagne.example']].name).toBe('Ministerie van Financiën');
  });

  it('turns a domain whose sub-sites belong to many organisations into a shared-platform portal', () => {
    const orgs = ['Ministerie van Financiën', 'Belastingdienst', 'Gemeente Utrecht', 'Provincie Utrecht'];
    const { table } = buildDomainTable({
      ...base,
      overrides: empty,
      rows: [row('platform.example', 'Ministerie van Financiën', 80), ...orgs.map((o, i) => row(`s${i}.platform.example`, o, 80))],
    });
    expect(table.hosts['platform.example']).toBeUndefined();
    expect(table.transit['platform.example']).toMatch(/platform/i);
    expect(table.organizations[table.hosts['s1.platform.example']].name).toBe('Belastingdienst');
  });

  it('refuses an override that names an unknown organisation', () => {
    const overrides = { ...empty, hosts: [{ host: 'x.nl', org: 'Nergens', why: 'w' }] };
    expect(() => buildDomainTable({ ...base, overrides, rows: [] })).toThrow(/Nergens/);
  });
});
