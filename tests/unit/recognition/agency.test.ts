/**
 * Issue 11: agencies, independent bodies and regional shared services are
 * recognised as themselves (agency-cases.ts), not as their ministry.
 */
import { describe, expect, it } from 'vitest';
import { readDomainTable } from '../../../scripts/domains/table-file';
import { defaultSnapshot } from '../../../scripts/domains/register';
import { buildRecognitionIndex } from '../../../utils/recognition/index';
import { recognize } from '../../../utils/recognition/recognize';
import { AGENCY_CASES, UNREGISTERED_CASES } from './agency-cases';
import { POSITIVE } from './cases';

const index = buildRecognitionIndex(readDomainTable());
const { snapshot } = defaultSnapshot();
const registerIds = new Map(snapshot.organizations.map((o) => [o.name, o.org_id]));

describe('recognize: agencies, independent bodies and regional shared services', () => {
  it('has at least 60 cases, none of them a URL the older table already tests', () => {
    expect(AGENCY_CASES.length).toBeGreaterThanOrEqual(60);
    const old = new Set(POSITIVE.map(([url]) => url));
    for (const { url } of AGENCY_CASES) expect(old.has(url), url).toBe(false);
    expect(new Set(AGENCY_CASES.map((a) => a.url)).size).toBe(AGENCY_CASES.length);
  });

  it('names only register organisations, spelled as the register does', () => {
    for (const { org } of AGENCY_CASES) expect(registerIds.has(org), org).toBe(true);
  });

  it.each(AGENCY_CASES.map((a) => [a.url, a.org] as const))('%s → %s', (url, org) => {
    const r = recognize(url, index);
    expect(r.organization?.name).toBe(org);
    // the register's org_id where the snapshot has one; else the table may add it from the register's reference lists
    const id = registerIds.get(org);
    if (id) expect(r.organization?.org_id).toBe(id);
    expect(r.match).toBe('domain');
  });

  it.each(UNREGISTERED_CASES.map((a) => [a.url, a.org] as const))('%s → %s (no register entries: itself, not a ministry)', (url, org) => {
    const r = recognize(url, index);
    expect(r.organization?.name).toBe(org);
    expect(registerIds.has(org)).toBe(false);
  });

  it('a page of the NZa on the shared PUC platform is the NZa, not BZK (path rule); the platform itself names no one', () => {
    const nza = recognize('https://puc.overheid.nl/nza/doc/PUC_781989_22/2/', index);
    expect([nza.match, nza.organization?.name]).toEqual(['path', 'Nederlandse Zorgautoriteit (NZa)']);
    const other = recognize('https://puc.overheid.nl/andere-organisatie/', index);
    expect(other.organization).toBeNull();
  });
});
