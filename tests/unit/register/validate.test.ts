import { describe, expect, it } from 'vitest';
import { parseListResponse, toAlgorithm } from '@/utils/register/validate';
import { emptyReport } from '@/utils/register/report';
import { SyncError } from '@/utils/register/errors';
import { realApiRecords } from '../../fixtures/fake-register';

const real = realApiRecords().find((r) => r.lars === '97246956')!; // Wmo-voorspelmodel, with the site-data fields

describe('one record', () => {
  it('converts a real API-shaped record with values as the register spells them', () => {
    const report = emptyReport();
    const a = toAlgorithm(real, 'test', report)!;
    expect(a).toMatchObject({
      lars: '97246956',
      name: 'Wmo-voorspelmodel',
      organization: 'Gemeente Den Haag',
      org_id: 'gm0518',
      status: 'In gebruik',
    });
    expect(a.register_url).toBe('https://algoritmes.overheid.nl/nl/algoritme/97246956');
    expect(a.publication_date).toBe(real.create_dt.slice(0, 10));
  });

  it.each([
    [{ lars: 11234933 }, 'lars: not a string'],
    [{ lars: '11234933<script>' }, 'lars: not a register number'],
    [{ lars: undefined }, 'lars: missing'],
    [{ organization: undefined }, 'organization: missing'],
    [{ name: null }, 'name: not a string'],
    [{ name: '   ' }, 'name: empty'],
    [{ name: 'x'.repeat(201) }, 'name: longer than 200 characters'],
    [{ organization: 42 }, 'organization: not a string'],
  ])('skips %j with a reason', (change, reason) => {
    const report = emptyReport();
    expect(toAlgorithm({ ...real, ...change }, 'page 1 #0', report)).toBeNull();
    expect(report.skipped).toEqual([expect.objectContaining({ at: 'page 1 #0', reason })]);
  });

  it('skips a record that is not an object', () => {
    const report = emptyReport();
    expect(toAlgorithm('nope', 'x', report)).toBeNull();
    expect(report.skipped[0].reason).toBe('record is not an object');
  });

  it('cuts oversized text (noted), drops oversized or unsafe links, and nulls wrong types', () => {
    const report = emptyReport();
    const a = toAlgorithm(
      {
        ...real,
        goal: 'g'.repeat(6000),
        website: 'javascript:alert(1)',
        contact_email: `https://x.nl/${'a'.repeat(1000)}`,
        risks: 12,
        lawful_basis_grouping: 'Wet',
      },
      'x',
      report,
    )!;
    expect(a.goal).toHaveLength(5001);
    expect(a.goal!.endsWith('…')).toBe(true);
    expect(a.website).toBeNull();
    expect(a.contact_email).toBeNull();
    expect(a.risks).toBeNull();
    expect(a.lawful_basis_grouping).toEqual([]);
    expect(report.notes.map((n) => n.reason.split(':')[0]).sort()).toEqual([
      'contact_email',
      'goal',
      'lawful_basis_grouping',
      'risks',
      'website',
    ]);
  });

  it('keeps e-mail and https contacts, strips mailto:, keeps grouping links only when http(s)', () => {
    const a = toAlgorithm(
      {
        ...real,
        contact_email: 'mailto:algoritmes@denhaag.nl',
        impacttoetsen_grouping: [
          { title: 'Data Protection Impact Assessment (DPIA)', link: 'javascript:x' },
          { title: 'IAMA', link: 'https://x.nl/iama' },
        ],
      },
      'x',
      emptyReport(),
    )!;
    expect(a.contact_email).toBe('algoritmes@denhaag.nl');
    expect(a.impacttoetsen_grouping).toEqual([
      { title: 'Data Protection Impact Assessment (DPIA)', link: null },
      { title: 'IAMA', link: 'https://x.nl/iama' },
    ]);
  });
});

describe('a response as a whole', () => {
  it.each([
    [null, 'response is not an object'],
    [[], 'response is not an object'],
    ['{}', 'response is not an object'],
    [{ results: {}, total_count: 1 }, 'results is not a list'],
    [{ results: [], total_count: '1530' }, 'total_count is not a number'],
    [{ results: [], total_count: 1.5 }, 'total_count is not an integer'],
    [{ total_count: 3 }, 'results is not a list'],
  ])('%j is rejected', (json, message) => {
    expect(() => parseListResponse(json, 'page 2')).toThrowError(new SyncError('malformed', `page 2: ${message}`));
  });

  it('accepts extra keys such as filter_data', () => {
    expect(parseListResponse({ results: [], total_count: 0, filter_data: { x: 1 } }, 'p').total_count).toBe(0);
  });
});
