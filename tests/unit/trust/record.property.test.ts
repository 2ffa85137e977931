/**
 * Property tests of the register record converter (utils/register/validate.ts
 * toAlgorithm): any JSON value goes in, nothing throws, and every kept record
 * satisfies the invariants the UI relies on; every dropped one has a reason.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toAlgorithm, parseListResponse } from '@/utils/register/validate';
import { maxLength, STANDARD_MAX_LENGTH } from '@/utils/register/limits';
import { emptyReport } from '@/utils/register/report';
import { violations } from './invariants';
import { dangerousLink, garbage, hostileHtml } from './arbitraries';

const text = fc.oneof(garbage, hostileHtml, fc.string({ minLength: 0, maxLength: 6000 }));
const anyValue = fc.oneof(
  { weight: 3, arbitrary: text },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, 0, true, [], {}) },
);
const linkValue = fc.oneof(dangerousLink, fc.webUrl(), anyValue, fc.constant(`https://x.nl/${'a'.repeat(2000)}`));
const grouping = fc.oneof(
  anyValue,
  fc.array(fc.oneof(anyValue, fc.record({ title: anyValue, link: linkValue }, { requiredKeys: [] })), { maxLength: 60 }),
);

/** Records that look like the register's, with any field possibly hostile or of the wrong type. */
const record = fc.record(
  {
    lars: fc.oneof(fc.stringMatching(/^\d{8}$/), fc.stringMatching(/^ ?\d{1,22} ?$/), anyValue),
    name: fc.oneof(fc.string({ minLength: 1, maxLength: 250 }), hostileHtml, anyValue),
    organization: fc.oneof(fc.constantFrom('Gemeente Amsterdam', 'UWV', ' Belastingdienst '), hostileHtml, anyValue),
    org_id: fc.oneof(fc.constantFrom('gm0363', 'GM0363', 'zb000117', 'javascript:1', ''), anyValue),
    publication_category: fc.oneof(
      fc.constantFrom('Hoog-risico AI-systemen', 'impactvolle algoritmes', 'Overige algoritmes', 'Onbekende categorie <b>X</b>'),
      anyValue,
    ),
    status: fc.oneof(fc.constantFrom('In gebruik', 'in_gebruik', 'Buiten gebruik', 'Actief'), anyValue),
    description_short: anyValue,
    goal: anyValue,
    risks: anyValue,
    contact_email: fc.oneof(fc.emailAddress(), fc.constantFrom('mailto:info@uwv.nl?subject=x', 'javascript:alert(1)//@x.nl'), linkValue),
    website: linkValue,
    lawful_basis_grouping: grouping,
    impacttoetsen_grouping: grouping,
    category: fc.oneof(fc.array(anyValue, { maxLength: 40 }), anyValue),
    publication_dt: fc.oneof(fc.constantFrom('2026-08-01T10:00:00Z', '2026-13-45', 'gisteren'), anyValue),
    create_dt: anyValue,
    objection_procedure: anyValue,
  },
  { requiredKeys: [] },
);

describe('toAlgorithm (register record → Algorithm)', () => {
  it('never throws on any JSON value, and drops non-records with a reason', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (raw) => {
        const report = emptyReport();
        const a = toAlgorithm(raw, 'page 1 #1', report);
        if (a === null) expect(report.skipped).toHaveLength(1);
        else expect(violations(a)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a record only when it satisfies every invariant; else names why it was dropped', () => {
    fc.assert(
      fc.property(record, (raw) => {
        const report = emptyReport();
        const a = toAlgorithm(raw, 'page 2 #3', report);
        if (a === null) {
          expect(report.skipped).toHaveLength(1);
          expect(report.skipped[0].reason.length).toBeGreaterThan(3);
          expect(report.skipped[0].at).toBe('page 2 #3');
        } else {
          expect(report.skipped).toHaveLength(0);
          expect(violations(a)).toEqual([]);
          expect(() => structuredClone(a)).not.toThrow();
        }
      }),
      { numRuns: 700 },
    );
  });

  it('keeps a valid record whatever junk its optional fields hold', () => {
    fc.assert(
      fc.property(record, fc.stringMatching(/^\d{8}$/), (raw, lars) => {
        const report = emptyReport();
        const a = toAlgorithm({ ...raw, lars, name: 'Fraudesignalering', organization: 'Gemeente Amsterdam' }, 'x', report);
        expect(a?.lars).toBe(lars);
        expect(violations(a!)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('cuts 1 MB text fields to their cap and drops 1 MB links', () => {
    const mb = 'x'.repeat(1_000_000);
    const report = emptyReport();
    const a = toAlgorithm(
      {
        lars: '12345678',
        name: 'N',
        organization: 'O',
        goal: mb,
        website: `https://x.nl/${mb}`,
        lawful_basis_grouping: [{ title: mb, link: `https://x.nl/${mb}` }],
      },
      'x',
      report,
    )!;
    expect(a.goal!.length).toBe(maxLength('goal') + 1);
    expect(a.website).toBeNull();
    expect(a.lawful_basis_grouping[0].title.length).toBe(STANDARD_MAX_LENGTH.grouping_title * 2 + 1);
    expect(a.lawful_basis_grouping[0].link).toBeNull();
    expect(report.notes.length).toBeGreaterThanOrEqual(3);
  });
});

describe('parseListResponse', () => {
  it('accepts only {results: [], total_count: n≥0} and otherwise throws a SyncError, never anything else', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ results: fc.jsonValue(), total_count: fc.jsonValue() })), (json) => {
        try {
          const out = parseListResponse(json, 'page 1');
          expect(Array.isArray(out.results)).toBe(true);
          expect(Number.isInteger(out.total_count) && out.total_count >= 0).toBe(true);
        } catch (err) {
          expect((err as Error).name).toBe('SyncError');
        }
      }),
      { numRuns: 500 },
    );
  });
});
