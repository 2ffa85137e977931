/**
 * The precedence rule "the organisation itself, not its parent" (issue 11):
 * a ministry-level claim from a list that names only the ministry yields to the
 * unit the host spells or another source names; a reviewed override keeps a
 * ministry only with a reason. Checked on synthetic input and on the real table.
 */
import { describe, expect, it } from 'vitest';
import { generate } from '../../../scripts/domains';
import { buildDomainTable } from '../../../scripts/domains/build';
import { OrgDirectory } from '../../../scripts/domains/directory';
import { readOverrides, type Overrides } from '../../../scripts/domains/overrides';
import { hostSpells, SpelledIndex } from '../../../scripts/domains/spelled';
import type { DomainRow } from '../../../scripts/domains/sources';
import { readDomainTable } from '../../../scripts/domains/table-file';

const empty: Overrides = { codes: [], aliases: [], organizations: [], hosts: [], mergers: [], exclude: [], transit: [], paths: [] };
const base = {
  register: [
    { name: 'Ministerie van Justitie en Veiligheid', org_id: null, algorithms: 3 },
    { name: 'Ministerie van Infrastructuur en Waterstaat', org_id: null, algorithms: 3 },
    { name: 'Politie', org_id: null, algorithms: 5 },
    { name: 'Politieacademie', org_id: null, algorithms: 1 },
    { name: 'Rijkswaterstaat', org_id: null, algorithms: 4 },
    { name: 'IND', org_id: null, algorithms: 2 },
    { name: 'Inspectie van het Onderwijs (OCW)', org_id: null, algorithms: 1 },
    { name: 'Ministerie van Onderwijs, Cultuur en Wetenschap', org_id: null, algorithms: 1 },
    { name: 'Gemeente Rotterdam', org_id: null, algorithms: 2 },
  ],
  registerSource: 'synthetic',
  reference: [],
  generatedAt: 'x',
};
const JenV = 'Ministerie van Justitie en Veiligheid';
const IenW = 'Ministerie van Infrastructuur en Waterstaat';
const weak = (host: string, name: string): DomainRow => ({ host, name, kind: null, strength: 40, source: 'openstate-2022', weak: true });

function build2(rows: DomainRow[]) {
  const result = buildDomainTable({
    ...base,
    register: [...base.register, { name: 'Gemeente Zaltbommel', org_id: null, algorithms: 1 }],
    overrides: empty,
    rows,
  });
  return { at: (h: string) => result.table.organizations[result.table.hosts[h]]?.name };
}

function build(rows: DomainRow[], overrides: Overrides = empty) {
  const result = buildDomainTable({ ...base, overrides, rows });
  const at = (h: string) => result.table.organizations[result.table.hosts[h]]?.name;
  return { ...result, at };
}

describe('precedence: the unit, not its ministry (synthetic input)', () => {
  it('gives a ministry-only host to the unit whose name the host spells', () => {
    const { at, units } = build([
      weak('politieplanner.nl', JenV),
      weak('jaarberichtrijkswaterstaat.nl', IenW),
      weak('ind-jaarverslag.nl', JenV),
    ]);
    expect(at('politieplanner.nl')).toBe('Politie');
    expect(at('jaarberichtrijkswaterstaat.nl')).toBe('Rijkswaterstaat');
    expect(at('ind-jaarverslag.nl')).toBe('IND');
    expect(units.map((u) => [u.host, u.unit, u.outcome])).toContainEqual(['politieplanner.nl', 'Politie', 'unit']);
    expect(units.find((u) => u.host === 'politieplanner.nl')?.evidence).toBe('host spells "politie"');
    // one row per resolved host, not a second one for the unit the rule put in the ministry's place
    expect(units.map((u) => u.host).sort()).toEqual(['ind-jaarverslag.nl', 'jaarberichtrijkswaterstaat.nl', 'politieplanner.nl']);
  });

  it('picks the most specific (longest) spelled name: Politieacademie over Politie', () => {
    expect(build([weak('werkenbijpolitieacademie.nl', JenV)]).at('werkenbijpolitieacademie.nl')).toBe('Politieacademie');
  });

  it('yields to a unit another source names for the host, even a weaker source', () => {
    const named: DomainRow = { host: 'veiligopweg.nl', name: 'Rijkswaterstaat', kind: null, strength: 20, source: 'register-contact' };
    const { at, units } = build([weak('veiligopweg.nl', IenW), named]);
    expect(at('veiligopweg.nl')).toBe('Rijkswaterstaat');
    expect(units[0]).toMatchObject({ host: 'veiligopweg.nl', evidence: 'register-contact names it', outcome: 'unit' });
  });

  it('leaves the ministry where the host spells no unit, a place, a look-alike word or a ministry abbreviation', () => {
    const { at, units } = build([
      weak('a16rotterdam.nl', IenW),
      weak('politiekeambtsdragers.nl', JenV),
      weak('kinderopvang-indicatie.nl', JenV),
      weak('ocw-verhalen.nl', JenV),
    ]);
    expect(at('a16rotterdam.nl')).toBe(IenW);
    expect(at('politiekeambtsdragers.nl')).toBe(JenV);
    expect(at('kinderopvang-indicatie.nl')).toBe(JenV);
    expect(at('ocw-verhalen.nl')).toBe(JenV);
    expect(units).toEqual([]);
  });

  it('an abbreviation from a ROO row, glued before a word, spells the unit; a word that starts with it does not', () => {
    const roo: DomainRow = {
      host: 'rijkswaterstaat.nl',
      name: 'Rijkswaterstaat',
      kind: null,
      strength: 85,
      source: 'roo-websites-2026',
      altNames: ['RWS'],
    };
    const { at } = build([
      roo,
      weak('rwsverkeersinfo.nl', IenW),
      weak('rws2050.nl', IenW),
      weak('rwseconomie.nl', IenW), // "rw" starts no word, so a vowel after the name is fine
      weak('indicatiewijzer.nl', JenV),
      weak('indrukwekkend.nl', JenV), // "ind" + consonant: IND has one vowel, so this one moves (the rule's known edge)
    ]);
    expect(at('rwsverkeersinfo.nl')).toBe('Rijkswaterstaat');
    expect(at('rws2050.nl')).toBe('Rijkswaterstaat');
    expect(at('rwseconomie.nl')).toBe('Rijkswaterstaat');
    expect(at('indicatiewijzer.nl')).toBe(JenV);
    expect(at('indrukwekkend.nl')).toBe('IND');
    // without the ROO row the directory does not know "RWS" as Rijkswaterstaat's name
    expect(build([weak('rwsverkeersinfo.nl', IenW)]).at('rwsverkeersinfo.nl')).toBe(IenW);
  });

  it('an organisation without register entries: its short ROO name counts as a whole label or after "werkenbij", never glued', () => {
    const cak: DomainRow = { host: 'hetcak.nl', name: 'CAK', kind: null, strength: 85, source: 'roo-websites-2026' };
    const cvte: DomainRow = {
      host: 'cvte.nl',
      name: 'College voor Toetsen en Examens',
      kind: null,
      strength: 85,
      source: 'roo-websites-2026',
      altNames: ['CvTE'],
    };
    const OCW = 'Ministerie van Onderwijs, Cultuur en Wetenschap';
    const { at } = build([
      cak,
      cvte,
      weak('werkenbijhetcak.nl', IenW),
      weak('cvte-raadpleging.nl', OCW),
      weak('cvtesite.nl', OCW),
      weak('cakewalk.nl', IenW),
    ]);
    expect(at('werkenbijhetcak.nl')).toBe('CAK');
    expect(at('cvte-raadpleging.nl')).toBe('College voor Toetsen en Examens');
    expect(at('cvtesite.nl')).toBe(OCW);
    expect(at('cakewalk.nl')).toBe(IenW);
  });

  it('an abbreviation with two vowels is a word start, never glued: "coa" in "coalitieakkoord"', () => {
    expect(hostSpells('coalitieakkoord.nl', 'coa')).toBe(false);
    expect(hostSpells('coa-locaties.nl', 'coa')).toBe(true);
    expect(hostSpells('knmidata.nl', 'knmi')).toBe(true);
  });

  it("a joint arrangement whose ROO website is a member municipality's site never takes that site", () => {
    const gr: DomainRow = {
      host: 'zaltbommel.nl',
      name: 'Bedrijfsvoeringseenheid Bommelerwaard',
      kind: null,
      strength: 85,
      source: 'roo-websites-2026',
    };
    const typed: DomainRow = { host: 'zaltbommel.nl', name: null, kind: 'gemeente', strength: 40, source: 'openstate-2022/Gemeenten.csv' };
    const { at } = build2([gr, typed]);
    expect(at('zaltbommel.nl')).toBe('Gemeente Zaltbommel');
  });

  it('never moves a reviewed override; lists it with its reason', () => {
    const overrides = { ...empty, hosts: [{ host: 'politie-en-justitie.nl', org: JenV, why: 'a JenV campaign about both' }] };
    const { at, units } = build([weak('politie-en-justitie.nl', JenV)], overrides);
    expect(at('politie-en-justitie.nl')).toBe(JenV);
    expect(units).toEqual([
      expect.objectContaining({ host: 'politie-en-justitie.nl', outcome: 'ministry', why: 'a JenV campaign about both' }),
    ]);
  });

  it('lists a reviewed override that gives a ministry-listed host to a unit (an English name no rule reads), with its reason', () => {
    const why = "English site of the Politie ('Police'); the lists name only JenV";
    const overrides = { ...empty, hosts: [{ host: 'police.example', org: 'Politie', why }] };
    const { at, units } = build([weak('police.example', JenV), weak('other.example', JenV)], overrides);
    expect(at('police.example')).toBe('Politie');
    expect(units).toEqual([
      expect.objectContaining({
        host: 'police.example',
        ministry: JenV,
        unit: 'Politie',
        outcome: 'unit',
        evidence: `reviewed override: ${why}`,
      }),
    ]);
  });

  it('lists a ministry-listed host that a stronger source gives to a unit, with that source as evidence', () => {
    const roo: DomainRow = { host: 'ind.example', name: 'IND', kind: null, strength: 85, source: 'roo-websites-2026' };
    const { at, units } = build([weak('ind.example', JenV), roo]);
    expect(at('ind.example')).toBe('IND');
    expect(units).toEqual([
      expect.objectContaining({
        host: 'ind.example',
        ministry: JenV,
        unit: 'IND',
        evidence: 'roo-websites-2026 names it',
        outcome: 'unit',
      }),
    ]);
  });

  it('does not move a claim that is not ministry-only (a unit list that names the ministry)', () => {
    const strong: DomainRow = { host: 'politiebond.example', name: JenV, kind: null, strength: 80, source: 'roo-2026' };
    expect(build([strong]).at('politiebond.example')).toBe(JenV);
  });

  it('spells short names only as whole labels', () => {
    expect(hostSpells('ind.nl', 'ind')).toBe(true);
    expect(hostSpells('mijn-ind.nl', 'ind')).toBe(true);
    expect(hostSpells('kindertoeslag.nl', 'ind')).toBe(false);
    expect(hostSpells('werkenbijhetkadaster.nl', 'kadaster')).toBe(true);
    expect(hostSpells('werkenbijciz.nl', 'ciz')).toBe(true);
    expect(hostSpells('solliciterenbijhetind.nl', 'ind')).toBe(true);
    expect(hostSpells('bijind.nl', 'ind')).toBe(false);
    expect(hostSpells('werkenbijcizorg.nl', 'ciz')).toBe(false);
  });
});

describe('precedence on the real table', () => {
  const committed = readDomainTable();
  const result = generate(committed.generated_at);
  const overrides = readOverrides();

  it('no host attributed to a ministry spells a register organisation, unless a reviewed override says why', () => {
    const dir = result.directory as OrgDirectory;
    const index = new SpelledIndex(dir, true);
    const why = new Map(overrides.hosts.map((o) => [o.host, o.why]));
    const unexplained: string[] = [];
    let ministryHosts = 0;
    for (const [host, i] of Object.entries(committed.hosts)) {
      const org = committed.organizations[i].name;
      if (!/^Ministerie van /.test(org)) continue;
      ministryHosts++;
      const hit = index.find(host);
      if (hit && !why.get(host)?.trim()) unexplained.push(`${host}: ${org}, but spells ${hit.org.name} ("${hit.key}")`);
    }
    expect(ministryHosts).toBeGreaterThan(500); // the check ran over the real table's ministry hosts
    expect(unexplained).toEqual([]);
  });

  it('the cases the issue names go to the unit', () => {
    const at = (h: string) => committed.organizations[committed.hosts[h]]?.name;
    expect(at('werkenbijhetkadaster.nl')).toBe('Kadaster');
    expect(at('kadaster.com')).toBe('Kadaster');
    expect(at('rijkswaterstaatdata.nl')).toBe('Rijkswaterstaat');
    expect(at('jaarberichtrijkswaterstaat.nl')).toBe('Rijkswaterstaat');
    expect(at('politieplanner.nl')).toBe('Politie');
    expect(at('politiesport.nl')).toBe('Politie');
    expect(at('douane-inzicht.nl')).toBe('Douane');
  });

  it('lists every resolved conflict in COVERAGE.md with its evidence', async () => {
    const { readFileSync } = await import('node:fs');
    const { COVERAGE_FILE } = await import('../../../scripts/domains');
    const report = readFileSync(COVERAGE_FILE, 'utf8');
    expect(result.units.length).toBeGreaterThan(50);
    for (const u of result.units) expect(report).toContain(`| ${u.host} | `);
    expect(new Set(result.units.map((u) => u.host)).size).toBe(result.units.length);
  });

  it('every register organisation is reached, or the overrides say why it has no website', () => {
    const justified = new Set((overrides.noWebsite ?? []).map((n) => n.org));
    for (const u of result.coverage.unreached) expect(justified.has(u.name), u.name).toBe(true);
    expect(result.coverage.reachedOrganizations / result.coverage.registerOrganizations).toBeGreaterThanOrEqual(0.99);
  });
});
