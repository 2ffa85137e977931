import { describe, expect, it } from 'vitest';
import { readDomainTable } from '../../../scripts/domains/table-file';
import { defaultSnapshot } from '../../../scripts/domains/register';
import { buildRecognitionIndex, hostChain } from '../../../utils/recognition/index';
import { decisionMap, recognize } from '../../../utils/recognition/recognize';
import { NEGATIVE, POSITIVE, TRANSIT } from './cases';

const table = readDomainTable();
const index = buildRecognitionIndex(table);
const { snapshot } = defaultSnapshot();
const registerIds = new Map(snapshot.organizations.map((o) => [o.name, o.org_id]));

describe('recognize: real government URLs', () => {
  it('has at least 80 real positive cases', () => expect(POSITIVE.length).toBeGreaterThanOrEqual(80));

  it.each(POSITIVE)('%s → %s', (url, name, orgId, match) => {
    const r = recognize(url, index);
    expect(r.match).toBe(match);
    expect(r.organization?.name).toBe(name);
    const expectedId = orgId === 'register' ? (registerIds.get(name!) ?? null) : orgId;
    expect(r.organization?.org_id).toBe(expectedId);
  });

  it('registered organisations in the cases are spelled exactly as the register does', () => {
    const names = new Set(snapshot.organizations.map((o) => o.name));
    for (const [, name, orgId] of POSITIVE) if (orgId === 'register') expect(names.has(name!), name!).toBe(true);
  });
});

describe('recognize: transit and negatives', () => {
  it.each(TRANSIT)('%s is a login/portal host', (url) => {
    const r = recognize(url, index);
    expect(r.match).toBe('transit');
    expect(r.organization).toBeNull();
    expect(r.transit_note).toBeTruthy();
  });

  it.each(NEGATIVE)('%s is not recognised', (url) => {
    const r = recognize(url, index);
    expect(r.match).toBe('none');
    expect(r.organization).toBeNull();
  });

  it('reports the real host for credential tricks and IDN', () => {
    expect(recognize('https://www.belastingdienst.nl@evil.example/', index).host).toBe('evil.example');
    expect(recognize('https://www.belastingdiënst.nl/', index).host).toMatch(/^www\.xn--/);
    expect(recognize('not a url', index).host).toBe('');
  });
});

describe('hostChain', () => {
  it('walks up to the registrable domain and never beyond', () => {
    expect(hostChain('a.b.belastingdienst.nl')).toEqual(['a.b.belastingdienst.nl', 'b.belastingdienst.nl', 'belastingdienst.nl']);
    expect(hostChain('uwv.nl.phish.co.uk')).toEqual(['uwv.nl.phish.co.uk', 'nl.phish.co.uk', 'phish.co.uk']);
    expect(hostChain('belastingdienst.github.io')).toEqual(['belastingdienst.github.io']);
  });
});

describe('user decisions', () => {
  const org = { name: 'Gemeente Zwolle', org_id: 'gm0193' };
  it('confirmed → page, corrected → domain, rejected → none', () => {
    const d = decisionMap([
      { host: 'www.example-gemeente.nl', organization: org, kind: 'confirmed' },
      { host: 'example-gr.nl', organization: org, kind: 'corrected' },
      { host: 'www.uwv.nl', organization: null, kind: 'rejected' },
    ]);
    expect(recognize('https://example-gemeente.nl/x', index, d)).toMatchObject({
      match: 'page',
      organization: org,
      user_decision: 'confirmed',
    });
    expect(recognize('https://www.example-gr.nl/', index, d)).toMatchObject({
      match: 'domain',
      organization: org,
      user_decision: 'corrected',
    });
    expect(recognize('https://www.uwv.nl/', index, d)).toMatchObject({ match: 'none', organization: null });
    expect(recognize('https://werk.nl/', index, d).organization?.name).toBe('Uitvoeringsinstituut Werknemersverzekeringen');
  });
});
