import { describe, expect, it } from 'vitest';
import { exportDecisions, mergeDecisions, normalizeHost, parseDecisions } from '../../../utils/decisions/file';
import type { HostDecision } from '../../../utils/settings';
import { loadTestSnapshot } from './snapshot-fixture';

const orgs = loadTestSnapshot().organizations.filter((o) => o.org_id);
const d = (host: string, i: number, at: string): HostDecision => ({
  host,
  organization: { name: orgs[i].name, org_id: orgs[i].org_id },
  kind: 'corrected',
  decided_at: at,
});

describe('normalizeHost', () => {
  it.each([
    ['www.Belastingdienst.nl', 'belastingdienst.nl'],
    ['https://mijn.toeslagen.nl/pad?x=1', 'mijn.toeslagen.nl'],
    ['  werk.nl  ', 'werk.nl'],
    ['not a host', null],
    ['localhost', null],
    ['javascript:alert(1)', null],
    ['', null],
  ])('%s → %s', (input, expected) => expect(normalizeHost(input)).toBe(expected));
});

describe('decisions export/import', () => {
  const mine = [d('a.nl', 0, '2026-01-01T00:00:00.000Z'), d('b.nl', 1, '2026-01-01T00:00:00.000Z')];

  it('round-trips an export', () => {
    const parsed = parseDecisions(exportDecisions(mine), orgs);
    expect(parsed).toEqual({ ok: true, decisions: mine });
  });

  it('merges one decision per host, the newer one winning, without duplicates', () => {
    const theirs = [
      d('b.nl', 2, '2026-02-01T00:00:00.000Z'),
      d('c.nl', 3, '2025-01-01T00:00:00.000Z'),
      d('a.nl', 4, '2025-01-01T00:00:00.000Z'),
    ];
    const merged = mergeDecisions(mine, theirs);
    expect(merged.map((x) => x.host)).toEqual(['a.nl', 'b.nl', 'c.nl']);
    expect(merged[0]).toEqual(mine[0]);
    expect(merged[1]).toEqual(theirs[0]);
    expect(mergeDecisions(merged, theirs)).toEqual(merged);
  });

  it.each([
    ['not JSON', '{', /JSON/],
    ['wrong format tag', JSON.stringify({ format: 'x', decisions: [] }), /format/],
    [
      'bad host',
      JSON.stringify({
        format: 'algoritmewijzer-host-decisions/1',
        decisions: [{ host: 'evil.nl/<b>', organization: null, kind: 'rejected', decided_at: '2026-01-01T00:00:00Z' }],
      }),
      /decisions\.0\.host/,
    ],
    [
      'rejected with an organisation',
      JSON.stringify({
        format: 'algoritmewijzer-host-decisions/1',
        decisions: [{ host: 'a.nl', organization: { name: 'X', org_id: null }, kind: 'rejected', decided_at: '2026-01-01T00:00:00Z' }],
      }),
      /rejected/,
    ],
    [
      'unknown kind',
      JSON.stringify({
        format: 'algoritmewijzer-host-decisions/1',
        decisions: [{ host: 'a.nl', organization: null, kind: 'maybe', decided_at: '2026-01-01T00:00:00Z' }],
      }),
      /kind/,
    ],
  ])('rejects %s with a clear error', (_what, text, pattern) => {
    const r = parseDecisions(text, orgs);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join(' ')).toMatch(pattern);
  });

  const file = (decisions: unknown[]) => JSON.stringify({ format: 'algoritmewijzer-host-decisions/1', decisions });

  it('accepts only organisations of the register, as the form does (a forged name is refused, not stored)', () => {
    const forged = file([
      {
        host: 'phish.example',
        organization: { name: 'Belastingdienst (officieel)', org_id: null },
        kind: 'corrected',
        decided_at: '2026-01-01T00:00:00Z',
      },
    ]);
    const r = parseDecisions(forged, orgs);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join(' ')).toMatch(/not in the register/);
  });

  it('takes the org_id from the register, not from the file', () => {
    const r = parseDecisions(
      file([
        { host: 'a.nl', organization: { name: orgs[0].name, org_id: 'zzz999' }, kind: 'corrected', decided_at: '2026-01-01T00:00:00Z' },
      ]),
      orgs,
    );
    expect(r).toMatchObject({ ok: true, decisions: [{ organization: { name: orgs[0].name, org_id: orgs[0].org_id } }] });
  });

  it('normalises imported hosts with the one normaliser: www., case, trailing dot, port and IDN spellings become one decision', () => {
    const at = (i: number) => `2026-01-0${i}T00:00:00Z`;
    const r = parseDecisions(
      file([
        { host: 'WWW.A.NL.', organization: null, kind: 'rejected', decided_at: at(1) },
        { host: 'a.nl:443', organization: null, kind: 'rejected', decided_at: at(2) },
        { host: 'bücher.nl', organization: null, kind: 'rejected', decided_at: at(3) },
        { host: 'xn--bcher-kva.nl', organization: null, kind: 'rejected', decided_at: at(4) },
      ]),
      orgs,
    );
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.decisions.map((x) => [x.host, x.decided_at])).toEqual([
        ['a.nl', at(2)],
        ['xn--bcher-kva.nl', at(4)],
      ]);
    expect(
      mergeDecisions([d('www.a.nl', 0, '2025-01-01T00:00:00.000Z')], [d('a.nl', 1, '2026-01-01T00:00:00.000Z')]).map((x) => x.host),
    ).toEqual(['a.nl']);
  });
});
