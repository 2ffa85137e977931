/**
 * ROO websites per organisation (scripts/data/sources/organisations/roo-polder-2026):
 * a website given with a path counts only when its host fits the organisation,
 * and every extracted row names the polder file and commit it was read from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORGANISATION_SOURCES } from '../../../scripts/data/paths';
import { readCsvObjects } from '../../../scripts/domains/csv';
import { rooWebsiteRows } from '../../../scripts/domains/sources';

const header = 'name,abbr,website,email,file,commit\n';

describe('ROO website rows', () => {
  it('takes the host of a website given with a path when the host fits the name or abbreviation', () => {
    const rows = rooWebsiteRows(header + 'Autoriteit Consument en Markt,ACM,https://www.acm.nl/nl,acm-post@acm.nl,f,c\n');
    expect(rows.map((r) => [r.host, r.strength])).toEqual([['acm.nl', 85]]);
    expect(rooWebsiteRows(header + 'Belastingsamenwerking Gemeenten en Waterschappen,BsGW,https://www.bsgw.nl/nl,,f,c\n')[0].host).toBe(
      'bsgw.nl',
    );
  });

  it('never takes a shared site that only has a page about the organisation', () => {
    const skipped: string[] = [];
    const rows = rooWebsiteRows(
      header +
        'Paresto,,https://werkenbijdefensie.nl/paresto,frontoffice@ebvkomfort.nl,f,c\n' +
        'Dienst Publiek en Communicatie,DPC,http://www.rijksoverheid.nl/ministeries/az/organisatie/organogram/dienst-publiek-en-communicatie,woo@minaz.nl,f,c\n' +
        'Garantiewetcommissie,GWC,https://wetten.overheid.nl/BWBR0002060/2013-01-01/0/#Artikel8,,f,c\n',
      skipped,
    );
    expect(rows).toEqual([]);
    expect(skipped).toHaveLength(3);
  });

  it('every extracted row names its polder file and commit, and gives a usable website', () => {
    const csv = readFileSync(join(ORGANISATION_SOURCES, 'roo-polder-2026', 'websites.csv'), 'utf8');
    const objects = readCsvObjects(csv);
    expect(objects.length).toBeGreaterThanOrEqual(100);
    for (const r of objects) {
      expect(r.file, r.name).toMatch(/^data\/organisaties\/[a-z-]+\/[a-z0-9-]+\.yaml$/);
      expect(r.commit, r.name).toMatch(/^[0-9a-f]{40}$/);
    }
    const skipped: string[] = [];
    rooWebsiteRows(csv, skipped);
    expect(skipped).toEqual([]);
  });
});
