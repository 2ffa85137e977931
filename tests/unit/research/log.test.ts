import { describe, expect, it } from 'vitest';
import { observationFromView, cleanPath } from '../../../utils/research/observe';
import { boundLog, recordVisits } from '../../../utils/research/record';
import { mergeLogs } from '../../../utils/research/merge';
import { entryKey, type LogEntry, type Observation } from '../../../utils/research/model';
import { busyOrganisations, testIndex, viewFor } from './views';

const T0 = new Date('2026-11-01T10:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

function obs(url: string, org: string, minutes: number, paths = false): Observation {
  const o = observationFromView(viewFor(url, org), paths, at(minutes));
  if (!o) throw new Error(`no observation for ${url}`);
  return o;
}

describe('observationFromView', () => {
  const [org] = busyOrganisations();

  it('keeps the register entries of the organisation at that moment', () => {
    const o = obs('https://www.example-gemeente.nl/a', org, 0);
    const expected = testIndex()
      .algorithmsFor({ name: org, org_id: null })
      .map((a) => a.lars)
      .sort();
    expect(o.algorithms.map((a) => a.lars).sort()).toEqual(expected);
    expect(o.organization).toBe(org);
    expect(o.snapshot_date).toBe(testIndex().snapshot.data_date);
  });

  it('stores no path without the opt-in, and never a query string or fragment', () => {
    const url = 'https://www.example.nl/zaak/123?bsn=123456789&x=1#top';
    expect(obs(url, org, 0).path).toBe('');
    const withPath = obs(url, org, 0, true);
    expect(withPath.path).toBe('/zaak/123');
    expect(JSON.stringify(withPath)).not.toMatch(/bsn|123456789|#top|\?/);
  });

  it.each([
    ['none', 'Gemeente X'],
    ['domain', null],
  ] as const)('does not log non-government pages (match %s, organisation %s)', (match, orgName) => {
    expect(observationFromView(viewFor('https://www.nu.nl/', orgName, match), false, T0)).toBeNull();
  });

  it('logs a transit (login) host without an organisation or algorithms', () => {
    const view = viewFor('https://www.digid.nl/inloggen?x=1', null, 'transit');
    const o = observationFromView({ ...view, algorithms: testIndex().snapshot.algorithms.slice(0, 3) }, false, T0);
    expect(o).toMatchObject({ host: 'www.digid.nl', organization: '', org_id: null, match: 'transit', algorithms: [], path: '' });
  });

  it('does not log a paused site or a non-http page', () => {
    expect(observationFromView(viewFor('https://www.example.nl/', org, 'domain', true), false, T0)).toBeNull();
    expect(observationFromView(viewFor('file:///tmp/x.html', org), false, T0)).toBeNull();
  });

  it('cuts long paths', () => {
    expect(cleanPath('/' + 'a'.repeat(1000)).length).toBe(300);
    expect(cleanPath('')).toBe('/');
  });
});

describe('recordVisits', () => {
  const [a, b] = busyOrganisations();

  it('counts repeat visits on one entry with first/last seen', () => {
    const log = recordVisits([], [obs('https://x.nl/', a, 5), obs('https://x.nl/', a, 1), obs('https://y.nl/', b, 3)]);
    expect(log).toHaveLength(2);
    const x = log.find((e) => e.host === 'x.nl')!;
    expect(x.visit_count).toBe(2);
    expect(x.first_seen).toBe(at(1).toISOString());
    expect(x.last_seen).toBe(at(5).toISOString());
  });

  it('keeps host and host+path apart', () => {
    const log = recordVisits([], [obs('https://x.nl/a', a, 1, true), obs('https://x.nl/b', a, 2, true), obs('https://x.nl/b', a, 3)]);
    expect(log.map(entryKey).sort()).toEqual(['x.nl\u0000', 'x.nl\u0000/a', 'x.nl\u0000/b']);
  });

  it('bounds the log to the cap, dropping the oldest last_seen', () => {
    const visits = Array.from({ length: 30 }, (_, i) => obs(`https://h${i}.nl/`, a, i));
    const log = recordVisits([], visits, 10);
    expect(log).toHaveLength(10);
    expect(log.map((e) => e.host).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `h${i + 20}.nl`).sort());
    expect(boundLog(log, 3).map((e) => e.host)).toEqual(['h29.nl', 'h28.nl', 'h27.nl']);
  });
});

describe('mergeLogs', () => {
  const [a, b] = busyOrganisations();
  const mine = recordVisits([], [obs('https://x.nl/', a, 10), obs('https://x.nl/', a, 20), obs('https://y.nl/', b, 5)]);
  const theirs = recordVisits([], [obs('https://x.nl/', a, 2), obs('https://z.nl/', b, 30)]);

  it('merges without duplicates: min first_seen, max last_seen, max visit_count', () => {
    const merged = mergeLogs(mine, theirs);
    expect(merged.map((e) => e.host).sort()).toEqual(['x.nl', 'y.nl', 'z.nl']);
    const x = merged.find((e) => e.host === 'x.nl')!;
    expect([x.first_seen, x.last_seen, x.visit_count]).toEqual([at(2).toISOString(), at(20).toISOString(), 2]);
  });

  it('is idempotent: merging the same log again changes nothing', () => {
    const once = mergeLogs(mine, theirs);
    expect(mergeLogs(once, theirs)).toEqual(once);
    expect(mergeLogs(once, once)).toEqual(once);
  });

  it('takes register entries from the entry seen last', () => {
    const older: LogEntry = { ...mine[0], algorithms: [], last_seen: '2020-01-01T00:00:00.000Z', first_seen: '2020-01-01T00:00:00.000Z' };
    const merged = mergeLogs([older], mine);
    expect(merged.find((e) => e.host === older.host)!.algorithms).toEqual(mine[0].algorithms);
  });
});

describe('recordVisits keeps the log sorted like boundLog', () => {
  it('gives the same result on the fast path (newer visits) and the slow path (older visits)', () => {
    const [a, b] = busyOrganisations();
    const base = recordVisits(
      [],
      Array.from({ length: 40 }, (_, i) => obs(`https://h${i % 25}.nl/`, i % 2 ? a : b, i * 3)),
      20,
    );
    for (const minutes of [500, 10, -5]) {
      const visits = [obs('https://h3.nl/', a, minutes), obs('https://new.nl/', b, minutes + 1), obs('https://h24.nl/', a, minutes + 2)];
      const got = recordVisits(base, visits, 20);
      const byHand = boundLog(recordVisits(base, visits, 10_000), 20);
      expect(got).toEqual(byHand);
      expect(got).toEqual(boundLog(got, 20));
    }
  });
});
