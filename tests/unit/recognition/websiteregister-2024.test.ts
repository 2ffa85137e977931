/**
 * Issue 11: the Websiteregister Rijksoverheid of June 2024 names the agency or
 * independent body behind a central-government site, not only its ministry.
 * Its rows claim a unit only when the project already knows that unit; a
 * foundation a ministry funds never becomes a government organisation here.
 * A sub-site claim from a weaker source yields to a stronger claim on its
 * parent domain, and a portal's shared sub-sites stay shared.
 */
import { describe, expect, it } from 'vitest';
import { buildDomainTable } from '../../../scripts/domains/build';
import type { Overrides } from '../../../scripts/domains/overrides';
import { splitNamed, websiteRegister2024Rows, type DomainRow } from '../../../scripts/domains/sources';
import { readDomainTable } from '../../../scripts/domains/table-file';
import { buildRecognitionIndex } from '../../../utils/recognition/index';
import { recognize } from '../../../utils/recognition/recognize';

const HEADER = 'url\torganisatietype\torganisatie\tsuborganisatie\tafdeling';
const tsv = (...lines: string[]) => [HEADER, ...lines].join('\n') + '\n';
const IenW = 'IenW (Ministerie van Infrastructuur en Waterstaat)';
const codes = {
  CAOP: '',
  DPC: 'Ministerie van Algemene Zaken',
  'FIN/Belastingdienst/Toeslagen': '',
  'BZK/ABD': 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
};

describe('Websiteregister 2024: reading the rows', () => {
  it('splits "ABBR (full name)", a name without brackets and an unclosed bracket', () => {
    expect(splitNamed('RWS (Rijkswaterstaat)')).toEqual(['RWS', 'Rijkswaterstaat']);
    expect(splitNamed('ZonMw (ZorgOnderzoek Nederland / Medische Wetenschappen)')).toEqual([
      'ZonMw',
      'ZorgOnderzoek Nederland / Medische Wetenschappen',
    ]);
    expect(splitNamed('Logius')).toEqual(['Logius', 'Logius']);
    expect(splitNamed('Keurmerkinstituut ')).toEqual(['Keurmerkinstituut', 'Keurmerkinstituut']);
    expect(splitNamed('NRM (Nationaal Rapporteur Mensenhandel')).toEqual(['NRM', 'Nationaal Rapporteur Mensenhandel']);
  });

  it('makes a unit claim (65) that must name a known organisation, and a weak ministry claim (35) for a ministry site', () => {
    const rows = websiteRegister2024Rows(
      tsv(
        `http://www.rws.nl\tRijksoverheid\t${IenW}\tRWS (Rijkswaterstaat)\t`,
        `http://www.deltaprogramma.nl\tRijksoverheid\t${IenW}\t\tDGWB`,
        'http://www.tweedekamer.nl\tOverheid\tTK (Tweede Kamer der Staten-Generaal)\t\t',
      ),
      codes,
    );
    expect(rows).toEqual([
      {
        host: 'rws.nl',
        name: 'Rijkswaterstaat',
        kind: null,
        strength: 65,
        source: 'websiteregister-2024',
        mustExist: true,
        resolveOnly: ['RWS'],
      },
      {
        host: 'deltaprogramma.nl',
        name: 'Ministerie van Infrastructuur en Waterstaat',
        kind: null,
        strength: 35,
        source: 'websiteregister-2024',
        weak: true,
        mustExist: true,
      },
      {
        host: 'tweedekamer.nl',
        name: 'Tweede Kamer der Staten-Generaal',
        kind: null,
        strength: 65,
        source: 'websiteregister-2024',
        weak: false,
        mustExist: true,
      },
    ]);
  });

  it('reads reviewed codes: a ministry unit is the ministry (weak), a code of "" skips the row, a department code goes first', () => {
    const rows = websiteRegister2024Rows(
      tsv(
        'http://sdg.example.nl\tRijksoverheid\tAZ (Ministerie van Algemene Zaken)\tDPC (Dienst Publiek en Communicatie)\tOnline Advies',
        'http://www.algemenebestuursdienst.nl\tRijksoverheid\tBZK (Ministerie van Binnenlandse Zaken)\tABD (Algemene Bestuursdienst)\t',
        'http://www.caop.nl\tOverheid\tCAOP (Stichting Centrum Arbeidsverhoudingen Overheidspersoneel)\t\t',
        'http://herstel.toeslagen.nl\tRijksoverheid\tFIN (Ministerie van Financiën)\tBelastingdienst\tToeslagen',
        'http://www.belastingdienst.nl\tRijksoverheid\tFIN (Ministerie van Financiën)\tBelastingdienst\t',
      ),
      codes,
    );
    expect(rows.map((r) => [r.host, r.name, r.strength, !!r.weak])).toEqual([
      ['sdg.example.nl', 'Ministerie van Algemene Zaken', 35, true],
      ['algemenebestuursdienst.nl', 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties', 35, true],
      ['belastingdienst.nl', 'Belastingdienst', 65, false],
    ]);
  });

  it('skips a URL with a path and says so', () => {
    const skipped: string[] = [];
    expect(
      websiteRegister2024Rows(
        tsv(`http://themasites.pbl.nl/o\tRijksoverheid\t${IenW}\tPBL (Planbureau voor de Leefomgeving)\t`),
        codes,
        skipped,
      ),
    ).toEqual([]);
    expect(skipped).toEqual(['websiteregister-2024: http://themasites.pbl.nl/o']);
  });
});

const empty: Overrides = { codes: [], aliases: [], organizations: [], hosts: [], mergers: [], exclude: [], transit: [], paths: [] };
const row = (host: string, name: string, strength: number, source: string, extra: Partial<DomainRow> = {}): DomainRow => ({
  host,
  name,
  kind: null,
  strength,
  source,
  ...extra,
});

function build(rows: DomainRow[], overrides: Overrides = empty) {
  const result = buildDomainTable({
    register: [
      { name: 'Ministerie van Volksgezondheid, Welzijn en Sport', org_id: null, algorithms: 2 },
      { name: 'Rijksinstituut voor Volksgezondheid en Milieu', org_id: null, algorithms: 3 },
      { name: 'Logius', org_id: null, algorithms: 1 },
    ],
    registerSource: 'synthetic',
    reference: [],
    generatedAt: 'x',
    overrides,
    rows,
  });
  return { ...result, at: (h: string) => result.table.organizations[result.table.hosts[h]]?.name ?? null };
}

describe('Websiteregister 2024: in the build', () => {
  it('never makes a new organisation of a unit nobody else knows, and then leaves the host to the other sources', () => {
    const { at, table, unresolved } = build([
      row('voedingscentrum.nl', 'Stichting Voedingscentrum Nederland', 65, 'websiteregister-2024', { mustExist: true }),
      row('voedingscentrum.nl', 'Ministerie van Volksgezondheid, Welzijn en Sport', 40, 'openstate-2022', { weak: true }),
    ]);
    expect(table.organizations.map((o) => o.name)).not.toContain('Stichting Voedingscentrum Nederland');
    expect(unresolved).toContain('voedingscentrum.nl (websiteregister-2024)');
    expect(at('voedingscentrum.nl')).toBe('Ministerie van Volksgezondheid, Welzijn en Sport');
  });

  it('knows a unit that a weaker source brings in, whatever the order of the rows', () => {
    const { at } = build([
      row('aivd.nl', 'Algemene Inlichtingen- en Veiligheidsdienst', 65, 'websiteregister-2024', { mustExist: true }),
      row('aivd.nl', 'Algemene Inlichtingen- en Veiligheidsdienst', 60, 'websiteregister-2016'),
    ]);
    expect(at('aivd.nl')).toBe('Algemene Inlichtingen- en Veiligheidsdienst');
  });

  it("lets a sub-site claim yield to a stronger claim on the parent, but keeps it over a weaker parent's", () => {
    const { at } = build([
      row('cybersecurityraad.nl', 'Cyber Security Raad', 85, 'roo-websites-2026'),
      row('magazines.cybersecurityraad.nl', 'Ministerie van Volksgezondheid, Welzijn en Sport', 65, 'websiteregister-2024'),
      row('vzinfo.nl', 'Ministerie van Volksgezondheid, Welzijn en Sport', 40, 'openstate-2022', { weak: true }),
      row('data.vzinfo.nl', 'Rijksinstituut voor Volksgezondheid en Milieu', 65, 'websiteregister-2024'),
    ]);
    expect(at('magazines.cybersecurityraad.nl')).toBeNull();
    expect(at('data.vzinfo.nl')).toBe('Rijksinstituut voor Volksgezondheid en Milieu');
  });

  it("names a shared portal's sub-site only by a reviewed override", () => {
    const transit = [{ host: 'digid.nl', note: 'Inloggen', why: 'test', subdomains: true }];
    const { at } = build(
      [row('login.digid.nl', 'Logius', 65, 'websiteregister-2024'), row('machtigen.digid.nl', 'Logius', 65, 'websiteregister-2024')],
      { ...empty, transit, hosts: [{ host: 'machtigen.digid.nl', org: 'Logius', why: 'test' }] },
    );
    expect(at('login.digid.nl')).toBeNull();
    expect(at('machtigen.digid.nl')).toBe('Logius');
  });
});

describe('Websiteregister 2024: the generated table', () => {
  const index = buildRecognitionIndex(readDomainTable());
  const name = (url: string) => recognize(url, index).organization?.name ?? null;

  it('names the unit the 2024 register gives, where older lists named only the ministry', () => {
    expect(name('https://www.cultureelerfgoed.nl/')).toBe('Rijksdienst voor het Cultureel Erfgoed');
    expect(name('https://www.toegankelijkheidsverklaring.nl/register/1814')).toBe('Logius');
    expect(name('https://www.werkenvoornederland.nl/')).toBe('Organisatie en Personeel Rijk');
    expect(name('https://www.kcbr.nl/')).toBe('Ministerie van Justitie en Veiligheid');
    expect(name('https://bag.basisregistraties.overheid.nl/')).toBe('Kadaster');
    expect(name('https://www.denkvooruit.nl/')).toBe('Nationaal Coördinator Terrorismebestrijding en Veiligheid');
  });

  it("keeps Dienst Toeslagen's sites, which the 2024 register still files under the Belastingdienst", () => {
    expect(name('https://herstel.toeslagen.nl/van-aanmelding-tot-uitbetaling/')).toBe('Dienst Toeslagen');
    expect(name('https://werkenbij.diensttoeslagen.nl/')).toBe('Dienst Toeslagen');
  });

  it('makes no government organisation of a foundation or association a ministry funds', () => {
    const names = new Set(readDomainTable().organizations.map((o) => o.name));
    for (const n of [
      'Stichting Voedingscentrum Nederland',
      'Verpleegkundigen & Verzorgenden',
      'VO raad',
      'Wageningen University & Research',
    ]) {
      expect(names.has(n), n).toBe(false);
    }
  });
});
