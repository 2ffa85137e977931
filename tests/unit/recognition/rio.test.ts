/**
 * Issue 11: the Register Internetdomeinen Overheid (RIO) names, for each
 * domain a government organisation has registered, the organisation itself:
 * a municipality's project site, a water board's museum, a joint
 * arrangement's site. Mail servers and given-up hosts name no website; a
 * ministry's domain is a ministry-level claim that yields to a unit.
 */
import { describe, expect, it } from 'vitest';
import { buildDomainTable } from '../../../scripts/domains/build';
import type { Overrides } from '../../../scripts/domains/overrides';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rioName, rioRows, rioTransfers, RIO_MINISTRY_STRENGTH, RIO_STRENGTH } from '../../../scripts/domains/rio';
import { COVERAGE_FILE } from '../../../scripts/domains';
import { ORGANISATION_SOURCES } from '../../../scripts/data/paths';
import type { DomainRow } from '../../../scripts/domains/sources';
import { readDomainTable } from '../../../scripts/domains/table-file';
import { buildRecognitionIndex } from '../../../utils/recognition/index';
import { recognize } from '../../../utils/recognition/recognize';

const HEADER = 'id\tnaam\torg\tdoel\tonder\ttot\tslug';
const tsv = (...lines: string[]) => [HEADER, ...lines].join('\n') + '\n';
const line = (id: string, naam: string, org: string, doel: string, slug: string, tot = '') =>
  [id, naam, org, doel, naam.replace(/^www\./, ''), tot, slug].join('\t');

describe('RIO: reading the rows', () => {
  it('reads the organisation from the slug and claims each website host at 75', () => {
    const rows = rioRows(
      tsv(
        line('d1', 'woudagemaal.nl', '21134', 'Website', 'Wetterskip_Fryslan'),
        line('d2', 'www.a2samenwerking.nl', '24964661', 'Website', 'Samenwerking_A2-gemeenten'),
        line('r3', 'gelderlandherdenkt.nl', '15185', 'Onbekend', 'Provincie_Gelderland'),
      ),
      {},
    );
    expect(rows.map((r) => [r.host, r.name, r.strength, !!r.weak, r.source])).toEqual([
      ['woudagemaal.nl', 'Wetterskip Fryslan', RIO_STRENGTH, false, 'rio-2026'],
      ['a2samenwerking.nl', 'Samenwerking A2-gemeenten', RIO_STRENGTH, false, 'rio-2026'],
      ['gelderlandherdenkt.nl', 'Provincie Gelderland', RIO_STRENGTH, false, 'rio-2026'],
    ]);
  });

  it('skips mail servers, reserved domains and hosts with an end date, and says which rows it could not read', () => {
    const skipped: string[] = [];
    const rows = rioRows(
      tsv(
        line('d1', 'mx001.ctivd.nl', '28360975', 'Mailserver', 'CTIVD'),
        line('d2', 'feeds.rekenkamer.nl', '1', 'Website', 'Algemene_Rekenkamer', '2026-01-15'),
        line('d5', 'kenteken.biz', '28212299', 'Reservering', 'RDW'),
        line('d3', 'http://x.nl/pad', '1', 'Website', 'Algemene_Rekenkamer'),
        line('d4', 'www.rekenkamer.nl', '1', 'Website', 'Algemene_Rekenkamer'),
      ),
      {},
      skipped,
    );
    expect(rows.map((r) => r.host)).toEqual(['rekenkamer.nl']);
    expect(skipped).toEqual(['rio-2026: d3 http://x.nl/pad']);
  });

  it('makes a ministry-held domain a weak ministry claim, and applies reviewed codes by ROO id', () => {
    const rows = rioRows(
      tsv(
        line('d1', 'www.eisenrijkswebsites.nl', '94546', 'Doorverwijzing', 'Dienst_Publiek_en_Communicatie'),
        line('d2', 'www.kennisopenbaarbestuur.nl', '30', 'Website', 'Ministerie_van_Binnenlandse_Zaken_en_Koninkrijksrelaties'),
        line('d3', 'www.caop.nl', '777', 'Website', 'Stichting_CAOP'),
      ),
      { 'roo:94546': 'Ministerie van Algemene Zaken', 'roo:777': '' },
    );
    expect(rows.map((r) => [r.host, r.name, r.strength, !!r.weak])).toEqual([
      ['eisenrijkswebsites.nl', 'Ministerie van Algemene Zaken', RIO_MINISTRY_STRENGTH, true],
      ['kennisopenbaarbestuur.nl', 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties', RIO_MINISTRY_STRENGTH, true],
    ]);
  });

  it('turns a slug into a name', () => {
    expect(rioName('Gemeente_Etten-Leur')).toBe('Gemeente Etten-Leur');
    expect(rioName('Commissie_van_toezicht_op_de_inlichtingen-_en_veiligheidsdiensten')).toBe(
      'Commissie van toezicht op de inlichtingen- en veiligheidsdiensten',
    );
  });
});

const empty: Overrides = { codes: [], aliases: [], organizations: [], hosts: [], mergers: [], exclude: [], transit: [], paths: [] };

function build(rows: DomainRow[]) {
  const result = buildDomainTable({
    register: [
      { name: 'Ministerie van Infrastructuur en Waterstaat', org_id: null, algorithms: 2 },
      { name: 'Rijkswaterstaat', org_id: null, algorithms: 3 },
      { name: 'Gemeente Súdwest-Fryslân', org_id: 'gm1900', algorithms: 1 },
    ],
    registerSource: 'synthetic',
    reference: [],
    generatedAt: 'x',
    overrides: empty,
    rows,
  });
  return { ...result, at: (h: string) => result.table.organizations[result.table.hosts[h]]?.name ?? null };
}

describe('RIO: in the build', () => {
  it('joins a slug without diacritics to the known organisation, and adds an unknown one under its name', () => {
    const { at, table } = build(
      rioRows(
        tsv(
          line('d1', 'sudwestfryslan.nl', '5', 'Website', 'Gemeente_Sudwest-Fryslan'),
          line('d2', 'www.a2samenwerking.nl', '24964661', 'Website', 'Samenwerking_A2-gemeenten'),
        ),
        {},
      ),
    );
    expect(at('sudwestfryslan.nl')).toBe('Gemeente Súdwest-Fryslân');
    expect(table.organizations.filter((o) => /Fryslan|Fryslân/.test(o.name))).toHaveLength(1);
    expect(at('a2samenwerking.nl')).toBe('Samenwerking A2-gemeenten');
  });

  it('reads its rows after the weaker sources, so an organisation one of them brings in keeps its own spelling', () => {
    const nctv = 'Nationaal Coördinator Terrorismebestrijding en Veiligheid';
    const { at, table } = build([
      ...rioRows(tsv(line('d1', 'www.crisis.nl', '98010', 'Website', 'Nationaal_Coordinator_Terrorismebestrijding_en_Veiligheid')), {}),
      { host: 'nctv.nl', name: nctv, kind: null, strength: 60, source: 'websiteregister-2016' },
    ]);
    expect(at('crisis.nl')).toBe(nctv);
    expect(table.organizations.filter((o) => /Terrorismebestrijding/.test(o.name)).map((o) => o.name)).toEqual([nctv]);
  });

  it("yields to ROO's own website of an organisation and beats the 2024 Websiteregister", () => {
    const sudwest = (id: string, host: string) => line(id, host, '5', 'Website', 'Gemeente_Sudwest-Fryslan');
    const { at } = build([
      ...rioRows(tsv(sudwest('d1', 'rijkswaterstaat.nl'), sudwest('d2', 'grensproject.nl')), {}),
      { host: 'rijkswaterstaat.nl', name: 'Rijkswaterstaat', kind: null, strength: 85, source: 'roo-websites-2026' },
      { host: 'grensproject.nl', name: 'Rijkswaterstaat', kind: null, strength: 65, source: 'websiteregister-2024' },
    ]);
    expect(at('rijkswaterstaat.nl')).toBe('Rijkswaterstaat');
    expect(at('grensproject.nl')).toBe('Gemeente Súdwest-Fryslân');
  });

  it("keeps a weaker source's sub-site of a domain that turns out to be a shared platform", () => {
    const r = (host: string, name: string, strength: number, source = 'rio-2026'): DomainRow => ({
      host,
      name,
      kind: null,
      strength,
      source,
    });
    const { at, table } = build([
      r('platform.nl', 'Rijkswaterstaat', 75),
      r('a.platform.nl', 'Dienst A', 75),
      r('b.platform.nl', 'Dienst B', 75),
      r('c.platform.nl', 'Dienst C', 75),
      r('d.platform.nl', 'Gemeente Súdwest-Fryslân', 40, 'openstate-2022'),
    ]);
    expect(table.transit['platform.nl']).toBeDefined();
    expect(at('platform.nl')).toBeNull();
    expect(at('d.platform.nl')).toBe('Gemeente Súdwest-Fryslân');
  });

  it('gives a ministry-held domain to the unit another source names', () => {
    const rio = rioRows(tsv(line('d1', 'rws.nl', '9', 'Website', 'Ministerie_van_Infrastructuur_en_Waterstaat')), {});
    const { at, units } = build([
      ...rio,
      { host: 'rws.nl', name: 'Rijkswaterstaat', kind: null, strength: 65, source: 'websiteregister-2024' },
    ]);
    expect(at('rws.nl')).toBe('Rijkswaterstaat');
    expect(units.find((u) => u.host === 'rws.nl')?.ministrySource).toBe('rio-2026');
  });
});

describe('RIO: the generated table', () => {
  const index = buildRecognitionIndex(readDomainTable());
  const name = (url: string) => recognize(url, index).organization?.name ?? null;

  it('names the organisation that registered a second site, a joint arrangement or a project domain', () => {
    expect(name('https://woudagemaal.nl/')).toBe('Wetterskip Fryslân');
    expect(name('https://toeristischsimpelveld.nl/')).toBe('Gemeente Simpelveld');
    expect(name('https://www.doemeeinetten-leur.nl/')).toBe('Gemeente Etten-Leur');
    expect(name('https://www.a2samenwerking.nl/')).toBe('Gemeenschappelijke Regeling Samenwerking A2-gemeenten');
    expect(name('https://www.ncadierproevenbeleid.nl/')).toBe('Nationaal Comité advies dierproevenbeleid');
  });

  it("keeps a known organisation's own name, not the slug's plain form", () => {
    expect(name('https://www.crisis.nl/')).toBe('Nationaal Coördinator Terrorismebestrijding en Veiligheid');
    const names = readDomainTable().organizations.map((o) => o.name);
    for (const plain of ['Wetterskip Fryslan', 'Nationaal Coordinator Terrorismebestrijding en Veiligheid', 'Financien']) {
      expect(names).not.toContain(plain);
    }
  });

  it("gives a ministry's registration of a reviewed internal service to the ministry", () => {
    expect(name('https://www.agrimatie.nl/')).toBe('Ministerie van Landbouw, Natuur en Voedselkwaliteit');
    expect(name('https://www.algemenebestuursdienst.nl/')).toBe('Ministerie van Binnenlandse Zaken en Koninkrijksrelaties');
  });

  it('claims no service an organisation only uses, no reserved host, and mends the hosts the source files under a neighbouring organisation', () => {
    expect(name('https://github.com/minbzk')).toBeNull();
    expect(name('https://www.ibabs.com/')).toBeNull();
    expect(name('https://mijn.bestuursrechtspraak.nl/')).toBeNull();
    expect(name('https://www.rvdkraadsnet.nl/')).toBe('Raad voor de Kinderbescherming');
    expect(name('https://www.kinderbescherming.nl/')).toBe('Raad voor de Kinderbescherming');
    expect(name('https://www.rsj.nl/')).toBe('Raad voor Strafrechtstoepassing en Jeugdbescherming');
    expect(name('https://rvdk.nl/')).toBe('Raad voor de Kinderbescherming');
    expect(name('https://www.kiesraad.nl/')).toBe('Kiesraad');
    expect(name('https://www.verkiezingsuitslagen.nl/')).toBe('Kiesraad');
  });
});

describe('RIO: hosts it re-filed from one organisation to another', () => {
  it('lists a host whose ended rows name one holder and whose current rows another, and nothing else', () => {
    const transfers = rioTransfers(
      tsv(
        line('d1', 'www.kiesraad.nl', '28212627', 'Website', 'Kiesraad', '2026-01-15'),
        line('d2', 'www.kiesraad.nl', '28212603', 'Website', 'Dienst_voor_het_kadaster_en_de_openbare_registers'),
        line('d3', 'feeds.rvo.nl', '28325623', 'Website', 'RVO', '2025-06-04'),
        line('d4', 'www.rvo.nl', '28325623', 'Website', 'RVO'),
        line('d5', 'english.rvo.nl', '28325623', 'Website', 'RVO', '2025-06-04'),
        line('d6', 'english.rvo.nl', '28325623', 'Website', 'RVO'),
        line('d7', 'old.example.nl', '1', 'Website', 'A', '2025-01-01'),
        line('d8', 'old.example.nl', '2', 'Reservering', 'B'),
      ),
    );
    expect(transfers).toEqual([{ host: 'kiesraad.nl', from: ['Kiesraad'], to: 'Dienst voor het kadaster en de openbare registers' }]);
  });

  it('lists every such host of the real RIO in COVERAGE.md with what the extension names, and keeps the wrong ones with their own body', () => {
    const transfers = rioTransfers(readFileSync(join(ORGANISATION_SOURCES, 'rio-2026', 'domains.tsv'), 'utf8'));
    const report = readFileSync(COVERAGE_FILE, 'utf8');
    expect(transfers.length).toBeGreaterThan(100);
    expect(report).toContain(`## Hosts the RIO re-filed from one organisation to another (${transfers.length})`);
    for (const t of transfers) expect(report, t.host).toContain(`- ${t.host}: ${t.from.join(', ')} → ${t.to}; names `);
    expect(report).toContain('- kiesraad.nl: Kiesraad → Dienst voor het kadaster en de openbare registers; names Kiesraad');
    expect(report).toContain('- rvdk.nl: Raad voor de Kinderbescherming → Raad voor de rechtspraak; names Raad voor de Kinderbescherming');
  });
});
