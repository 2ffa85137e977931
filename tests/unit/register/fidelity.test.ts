import { describe, expect, it } from 'vitest';
import { syntheticApiRecords } from '../../fixtures/fake-register';
import { toAlgorithm } from '@/utils/register/validate';
import { emptyReport } from '@/utils/register/report';
import { convertSiteData } from '@/utils/register/sources/site-data';
import { buildOrganizations, REGISTER_ORG_TYPES, statedType } from '@/utils/register/organizations';
import { sanitizeHtml, safeText } from '@/utils/sanitize';

/** The register's OrgType values (MinBZK/Algoritmeregister backend/app/schemas/misc.py), read there, not copied. */
const REGISTER_TYPES = [
  'adviescollege',
  'agentschap',
  'brandweer',
  'caribisch_openbaar_lichaam',
  'gemeente',
  'grensoverschrijdend_regionaal_samenwerkingsorgaan',
  'hoog_college_van_staat',
  'interdepartementale_commissie',
  'kabinet_van_de_koning',
  'koepelorganisatie',
  'ministerie',
  'omgevingsdienst',
  'openbaar_lichaam_voor_beroep_en_bedrijf',
  'organisatie_met_overheidsbemoeienis',
  'organisatieonderdeel',
  'politie',
  'provincie',
  'regionaal_samenwerkingsverband',
  'rechtspraak',
  'regionaal_samenwerkingsorgaan',
  'waterschap',
  'zelfstandig_bestuursorgaan',
  'overig',
];

const convert = (raw: unknown) => {
  const report = emptyReport();
  return { algorithm: toAlgorithm(raw, 'test', report), report };
};

describe('fields as the real API sends them', () => {
  const [standard10, standard04] = syntheticApiRecords();

  it('keeps a numeric org_id, as a string (also when the JSON has a number)', () => {
    expect(convert(standard10).algorithm?.org_id).toBe('189378');
    expect(convert(standard04).algorithm?.org_id).toBe('189378');
    expect(convert({ ...standard10, org_id: 'GM0363' }).algorithm?.org_id).toBe('gm0363');
    const odd = convert({ ...standard10, org_id: 'gemeente amsterdam' });
    expect(odd.algorithm?.org_id).toBeNull();
    expect(odd.report.notes.map((n) => n.reason)).toContain('org_id: not an organisation id, dropped');
  });

  it('keeps list fields: category and the groupings', () => {
    const a = convert(standard10).algorithm!;
    expect(a.themes).toEqual(['Natuur en milieu', 'Wonen']);
    expect(a.lawful_basis_grouping).toEqual([{ title: 'Waterwet', link: 'https://wetten.overheid.nl/BWBR0025458' }]);
    expect(a.impacttoetsen_grouping).toEqual([{ title: 'Data Protection Impact Assessment (DPIA)', link: null }]);
  });

  it('keeps a standard 0.4 impacttoetsen list, every item, as inert text in a list', () => {
    const { algorithm, report } = convert(standard04);
    expect(algorithm?.impacttoetsen).toBe('<ul><li>DPIA: https://voorbeeld.example/dpia</li><li>IAMA</li></ul>');
    expect(report.notes).toEqual([]);
    const hostile = convert({ ...standard04, impacttoetsen: ['<img src=x onerror=alert(1)>', 'IAMA'] }).algorithm!;
    const nodes = sanitizeHtml(hostile.impacttoetsen);
    expect(safeText(nodes)).toContain('<img src=x onerror=alert(1)>');
    expect(JSON.stringify(nodes)).not.toContain('"tag":"img"');
  });

  it('takes the organisation id from site-data `owner` when the record has no org_id, but not a slug', () => {
    const row = { ...standard10, org_id: undefined, owner: 'gm0363', state: 'PUBLISHED', language: 'NLD' };
    const result = convertSiteData({ algoritme_versions: [row, { ...row, lars: '90000003', owner: 'gemeente-amsterdam' }] });
    expect(result.algorithms.map((a) => a.org_id)).toEqual(['gm0363', null]);
    expect(result.report.notes).toEqual([]);
  });
});

describe('organisation types', () => {
  it.each(REGISTER_TYPES)('maps the register type %s to a type of the interface', (type) => {
    expect(REGISTER_ORG_TYPES[type]).toBeTruthy();
    expect(statedType(type)).toBe(REGISTER_ORG_TYPES[type]);
  });

  it.each([
    ['zelfstandig_bestuursorgaan', 'zbo'],
    ['agentschap', 'rijksoverheid'],
    ['ministerie', 'rijksoverheid'],
    ['regionaal_samenwerkingsorgaan', 'gemeenschappelijke regeling'],
    ['omgevingsdienst', 'gemeenschappelijke regeling'],
    ['politie', 'overig'],
    ['Gemeente', 'gemeente'],
    ['iets nieuws', null],
  ])('%s → %s', (type, expected) => {
    expect(statedType(type)).toBe(expected);
  });

  it('uses the type site-data states when the org_id says nothing (a numeric id)', () => {
    const row = { ...syntheticApiRecords()[0], state: 'PUBLISHED', language: 'NLD' };
    const site = convertSiteData({
      algoritme_versions: [row],
      organisation_details: [{ name: 'SYNTHETISCH Waterbedrijf', code: '189378', type: 'zelfstandig_bestuursorgaan', language: 'NLD' }],
    });
    const { organizations } = buildOrganizations(site.algorithms, [], site.organization_types);
    expect(organizations).toEqual([{ name: 'SYNTHETISCH Waterbedrijf', org_id: '189378', type: 'zbo' }]);
  });
});
