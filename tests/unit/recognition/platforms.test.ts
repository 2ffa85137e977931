/**
 * Issue 11: a vendor's yearly budget-site domain ("begroting-2020.nl") holds
 * one council's document per sub-site; `<label>.<platform>` is the organisation
 * whose own `<label>.nl` the table has, and so is a document's sub-site below it
 * (`jaarstukken2014.<label>.<platform>`); nothing else on the platform is.
 */
import { describe, expect, it } from 'vitest';
import { readDomainTable } from '../../../scripts/domains/table-file';
import { buildRecognitionIndex } from '../../../utils/recognition/index';
import { recognize } from '../../../utils/recognition/recognize';
import { DOMAIN_TABLE_FORMAT, parseDomainTable, type DomainTable } from '../../../utils/recognition/table';

const table: DomainTable = {
  format: DOMAIN_TABLE_FORMAT,
  generated_by: 'test',
  generated_at: '2026-01-01T00:00:00.000Z',
  register_source: 'test',
  organizations: [
    { name: 'Gemeente Tiel', org_id: 'gm0281', registered: true },
    { name: 'Portaal', org_id: null, registered: false },
    { name: 'Provincie Zuid-Holland', org_id: 'pv28', registered: true },
    { name: 'Gemeente A', org_id: null, registered: false },
    { name: 'Gemeente B', org_id: null, registered: false },
    { name: 'Gemeente Oldambt', org_id: 'gm1895', registered: true },
    { name: 'Gemeente Súdwest-Fryslân', org_id: 'gm1900', registered: true },
    { name: 'Gemeente Zuidholland', org_id: null, registered: false },
    { name: 'Gemeente Ede', org_id: null, registered: false },
    { name: 'Gemeente Edé', org_id: null, registered: false },
  ],
  hosts: {
    'tiel.nl': 0,
    'zuid-holland.nl': 2,
    'a-bc.nl': 3,
    'ab-c.nl': 4,
    'gemeente-oldambt.nl': 5,
    'sudwestfryslan.frl': 6,
    'gemeentezuidholland.nl': 7,
    'gemeente-ede.nl': 8,
    'ede-gemeente.nl': 9,
  },
  paths: [],
  transit: { 'portaal.nl': 'gedeeld' },
  platforms: ['begroting-2020.nl'],
  path_platforms: { 'ris.vendor.eu': 3 },
};
const index = buildRecognitionIndex(table);
const name = (url: string) => recognize(url, index).organization?.name ?? null;

describe('recognize: platform sub-sites', () => {
  it('names the organisation of <label>.nl', () => {
    expect(name('https://tiel.begroting-2020.nl/p23680/brandveiligheid')).toBe('Gemeente Tiel');
    expect(recognize('https://tiel.begroting-2020.nl/', index).match).toBe('domain');
  });

  it('reads a label without the hyphens of the domain, but never when two organisations would fit', () => {
    expect(name('https://zuidholland.begroting-2020.nl/')).toBe('Provincie Zuid-Holland');
    expect(name('https://abc.begroting-2020.nl/')).toBeNull();
    expect(name('https://a-bc.begroting-2020.nl/')).toBe('Gemeente A');
  });

  it("reads a council's name when no host has the label, but a host's label always wins and a shared name names no one", () => {
    expect(name('https://oldambt.begroting-2020.nl/')).toBe('Gemeente Oldambt');
    expect(name('https://sudwestfryslan.begroting-2020.nl/')).toBe('Gemeente Súdwest-Fryslân');
    expect(name('https://zuidholland.begroting-2020.nl/')).toBe('Provincie Zuid-Holland');
    expect(name('https://ede.begroting-2020.nl/')).toBeNull();
  });

  it('reads a province as "prov<name>" and drops a "www-" or a year that a vendor put into the label', () => {
    expect(name('https://provzuidholland.begroting-2020.nl/')).toBe('Provincie Zuid-Holland');
    expect(name('https://provinciezuidholland.begroting-2020.nl/')).toBe('Provincie Zuid-Holland');
    expect(name('https://www-tiel.begroting-2020.nl/')).toBe('Gemeente Tiel');
    expect(name('https://provtiel.begroting-2020.nl/')).toBeNull();
    expect(name('https://sudwestfryslan.begroting-2020.nl/')).toBe('Gemeente Súdwest-Fryslân');
    expect(name('https://provzuidholland2019.begroting-2020.nl/')).toBe('Provincie Zuid-Holland');
    expect(name('https://tiel-2024.begroting-2020.nl/')).toBe('Gemeente Tiel');
    expect(name('https://tiel2024x.begroting-2020.nl/')).toBeNull();
    expect(name('https://tiel202402.begroting-2020.nl/')).toBe('Gemeente Tiel');
    expect(name('https://tiel202413.begroting-2020.nl/')).toBeNull();
    expect(name('https://tiel20240.begroting-2020.nl/')).toBeNull();
  });

  it("reads the label directly below the platform when a document's sub-site sits below the council's", () => {
    expect(name('https://jaarstukken2014.tiel.begroting-2020.nl/paragrafen')).toBe('Gemeente Tiel');
    expect(name('https://a.b.oldambt.begroting-2020.nl/')).toBe('Gemeente Oldambt');
    expect(name('https://tiel.nergens.begroting-2020.nl/')).toBeNull();
    expect(name('https://tiel.portaal.begroting-2020.nl/')).toBeNull();
  });

  it("reads the council after a document's name and a hyphen, but never a name two councils share", () => {
    expect(name('https://verbondenpartijen-tiel.begroting-2020.nl/p32698/algemene-informatie')).toBe('Gemeente Tiel');
    expect(name('https://slotwijziging2023-oldambt.begroting-2020.nl/')).toBe('Gemeente Oldambt');
    expect(name('https://jaarrekening-ede.begroting-2020.nl/')).toBeNull();
    expect(name('https://tiel-nergens.begroting-2020.nl/')).toBeNull();
  });

  it('names no one for an unknown label, the platform itself or an unlisted domain', () => {
    expect(name('https://nergens.begroting-2020.nl/')).toBeNull();
    expect(name('https://begroting-2020.nl/')).toBeNull();
    expect(name('https://tiel.begroting-2099.nl/')).toBeNull();
    expect(name('https://portaal.begroting-2020.nl/')).toBeNull();
  });

  it('an older table without platforms still loads and names no one there', () => {
    const older = buildRecognitionIndex({ ...table, platforms: undefined });
    expect(recognize('https://tiel.begroting-2020.nl/', older).organization).toBeNull();
  });

  it('the generated table lists only reviewed platform domains, and they name real councils', () => {
    const real = buildRecognitionIndex(readDomainTable());
    expect(readDomainTable().platforms).toContain('begroting-2023.nl');
    expect(recognize('https://raalte.begroting-2023.nl/p9426/leeswijzer-en-beleidsindicatoren', real).organization?.name).toBe(
      'Gemeente Raalte',
    );
  });

  it("the generated table reads council-information vendors' sub-sites, never the vendor's own hosts", () => {
    const real = buildRecognitionIndex(readDomainTable());
    const org = (url: string) => recognize(url, real).organization?.name ?? null;
    expect(org('https://wijkbijduurstede.notubiz.nl/vergadering/1')).toBe('Gemeente Wijk bij Duurstede');
    expect(org('https://amersfoort.notubiz.nl/')).toBe('Gemeente Amersfoort');
    expect(org('https://bodegraven-reeuwijk.parlaeus.nl/receive/opendata')).toBe('Gemeente Bodegraven-Reeuwijk');
    expect(org('https://apeldoorn.parlaeus.nl/')).toBe('Gemeente Apeldoorn');
    expect(org('https://api.notubiz.nl/events/meetings/1')).toBeNull();
    expect(org('https://www.notubiz.nl/')).toBeNull();
    expect(org('https://www.parlaeus.nl/')).toBeNull();
  });
});

describe('recognize: path platforms', () => {
  const match = (url: string) => {
    const r = recognize(url, index);
    return [r.match, r.organization?.name ?? null];
  };

  it("reads the listed path segment as a platform label: a council's domain label or its name", () => {
    expect(match('https://ris.vendor.eu/Agenda/Details/Tiel/6e877dcc')).toEqual(['path', 'Gemeente Tiel']);
    expect(match('https://ris.vendor.eu/Reports/Item/ZuidHolland/1')).toEqual(['path', 'Provincie Zuid-Holland']);
    expect(match('https://ris.vendor.eu/Agenda/Details/ProvincieZuid-Holland/1')).toEqual(['path', 'Provincie Zuid-Holland']);
    expect(match('https://ris.vendor.eu/Agenda/Details/Oldambt')).toEqual(['path', 'Gemeente Oldambt']);
    expect(match('https://ris.vendor.eu/People/Details/GemeenteTiel/1')).toEqual(['path', 'Gemeente Tiel']);
  });

  it('names no one for another segment, an unknown or shared label, a sub-host or another host', () => {
    expect(match('https://ris.vendor.eu/Tiel/Details/x')).toEqual(['none', null]);
    expect(match('https://ris.vendor.eu/Agenda/Tiel')).toEqual(['none', null]);
    expect(match('https://ris.vendor.eu/')).toEqual(['none', null]);
    expect(match('https://ris.vendor.eu/Agenda/Details/Nergens/1')).toEqual(['none', null]);
    expect(match('https://ris.vendor.eu/Agenda/Details/Ede/1')).toEqual(['none', null]);
    expect(match('https://x.ris.vendor.eu/Agenda/Details/Tiel/1')).toEqual(['none', null]);
    expect(match('https://vendor.eu/Agenda/Details/Tiel/1')).toEqual(['none', null]);
  });

  it('a table may list path platforms only with a segment from 1 to 8', () => {
    expect(() => parseDomainTable({ ...table, path_platforms: { 'ris.vendor.eu': 0 } })).toThrow(/path_platforms/);
    expect(() => parseDomainTable({ ...table, path_platforms: { 'ris.vendor.eu': 2.5 } })).toThrow(/path_platforms/);
    expect(parseDomainTable(table).path_platforms).toEqual({ 'ris.vendor.eu': 3 });
  });

  it("the generated table reads iBabs's shared host for provinces and councils", () => {
    const real = buildRecognitionIndex(readDomainTable());
    const org = (url: string) => recognize(url, real).organization?.name ?? null;
    expect(org('https://ris2.ibabs.eu/Agenda/Details/Limburg/c3e305b6-d974-4b1b-86dc-6780de4b64a8')).toBe('Provincie Limburg');
    expect(org('https://ris2.ibabs.eu/Agenda/Details/Zoetermeer/1')).toBe('Gemeente Zoetermeer');
    expect(org('https://ris2.ibabs.eu/People/Details/GemeenteBergeijk/7e1fbd94-e4fc-4d6c-ac29-c8b757983906')).toBe('Gemeente Bergeijk');
    expect(org('https://ris2.ibabs.eu/Agenda/Index/')).toBeNull();
  });
});
