/**
 * Issue 11: the hold-out batches 6 to 8 (holdout-cases.ts), then 9 to 15 and rounds 5 to 14 (batches 16 to 48),
 * taken from stored web pages (holdout-pages-cases.ts and holdout-round5…14-cases.ts), are recognised as the
 * organisation itself, and look-alikes, news sites and municipal companies as
 * no one.
 */
import { describe, expect, it } from 'vitest';
import { readDomainTable } from '../../../scripts/domains/table-file';
import { defaultSnapshot } from '../../../scripts/domains/register';
import { buildRecognitionIndex } from '../../../utils/recognition/index';
import { recognize } from '../../../utils/recognition/recognize';
import { AGENCY_CASES, UNREGISTERED_CASES } from './agency-cases';
import { POSITIVE } from './cases';
import { HOLDOUT_CASES, HOLDOUT_NOT_GOVERNMENT } from './holdout-cases';
import { PAGES_CASES, PAGES_NOT_GOVERNMENT, PAGES_UNRECOGNISED, SWEEP_CASES } from './holdout-pages-cases';
import { ROUND5_CASES, ROUND5_NOT_GOVERNMENT, ROUND5_UNRECOGNISED } from './holdout-round5-cases';
import { ROUND6_CASES, ROUND6_NOT_GOVERNMENT, ROUND6_UNRECOGNISED } from './holdout-round6-cases';
import { ROUND7_CASES, ROUND7_NOT_GOVERNMENT, ROUND7_UNRECOGNISED } from './holdout-round7-cases';
import { ROUND8_CASES, ROUND8_NOT_GOVERNMENT, ROUND8_UNRECOGNISED } from './holdout-round8-cases';
import { ROUND9_CASES, ROUND9_NOT_GOVERNMENT, ROUND9_UNRECOGNISED } from './holdout-round9-cases';
import { ROUND10_CASES, ROUND10_NOT_GOVERNMENT, ROUND10_UNRECOGNISED } from './holdout-round10-cases';
import { ROUND11_CASES, ROUND11_NOT_GOVERNMENT, ROUND11_UNRECOGNISED } from './holdout-round11-cases';
import { ROUND12_CASES, ROUND12_NOT_GOVERNMENT, ROUND12_UNRECOGNISED } from './holdout-round12-cases';
import { ROUND13_CASES, ROUND13_NOT_GOVERNMENT, ROUND13_UNRECOGNISED } from './holdout-round13-cases';
import { ROUND14_CASES, ROUND14_NOT_GOVERNMENT, ROUND14_UNRECOGNISED } from './holdout-round14-cases';
import { ROUND15_CASES, ROUND15_NOT_GOVERNMENT, ROUND15_UNRECOGNISED } from './holdout-round15-cases';
import { ROUND16_CASES, ROUND16_NOT_GOVERNMENT, ROUND16_UNRECOGNISED } from './holdout-round16-cases';
import { ROUND17_CASES, ROUND17_NOT_GOVERNMENT, ROUND17_UNRECOGNISED } from './holdout-round17-cases';
import { ROUND18_CASES, ROUND18_NOT_GOVERNMENT, ROUND18_UNRECOGNISED } from './holdout-round18-cases';
import { ROUND19_CASES, ROUND19_NOT_GOVERNMENT, ROUND19_UNRECOGNISED } from './holdout-round19-cases';
import { ROUND20_CASES, ROUND20_NOT_GOVERNMENT, ROUND20_UNRECOGNISED } from './holdout-round20-cases';
import { ROUND21_CASES, ROUND21_NOT_GOVERNMENT, ROUND21_UNRECOGNISED } from './holdout-round21-cases';
import { ROUND22_CASES, ROUND22_NOT_GOVERNMENT, ROUND22_UNRECOGNISED } from './holdout-round22-cases';
import { ROUND23_CASES, ROUND23_NOT_GOVERNMENT, ROUND23_UNRECOGNISED } from './holdout-round23-cases';
import { ROUND24_CASES, ROUND24_NOT_GOVERNMENT, ROUND24_UNRECOGNISED } from './holdout-round24-cases';
import { ROUND25_CASES, ROUND25_NOT_GOVERNMENT, ROUND25_UNRECOGNISED } from './holdout-round25-cases';
import { ROUND26_CASES, ROUND26_NOT_GOVERNMENT, ROUND26_UNRECOGNISED } from './holdout-round26-cases';
import { ROUND27_CASES, ROUND27_NOT_GOVERNMENT, ROUND27_UNRECOGNISED } from './holdout-round27-cases';
import { ROUND28_CASES, ROUND28_NOT_GOVERNMENT, ROUND28_UNRECOGNISED } from './holdout-round28-cases';
import { ROUND29_CASES, ROUND29_NOT_GOVERNMENT, ROUND29_UNRECOGNISED } from './holdout-round29-cases';
import { ROUND30_CASES, ROUND30_NOT_GOVERNMENT, ROUND30_UNRECOGNISED } from './holdout-round30-cases';
import { ROUND31_CASES, ROUND31_NOT_GOVERNMENT, ROUND31_UNRECOGNISED } from './holdout-round31-cases';
import { ROUND32_CASES, ROUND32_NOT_GOVERNMENT, ROUND32_UNRECOGNISED } from './holdout-round32-cases';

const index = buildRecognitionIndex(readDomainTable());
const registerIds = new Map(defaultSnapshot().snapshot.organizations.map((o) => [o.name, o.org_id]));

describe('recognize: hold-out batches 6 to 8', () => {
  it('are new URLs: none of them is in an older table, none twice', () => {
    const older = new Set([...POSITIVE.map(([url]) => url), ...AGENCY_CASES.map((a) => a.url), ...UNREGISTERED_CASES.map((a) => a.url)]);
    for (const { url } of HOLDOUT_CASES) expect(older.has(url), url).toBe(false);
    expect(new Set(HOLDOUT_CASES.map((c) => c.url)).size).toBe(HOLDOUT_CASES.length);
  });

  it.each(HOLDOUT_CASES.map((c) => [c.url, c.org] as const))('%s → %s', (url, org) => {
    const r = recognize(url, index);
    expect([r.match, r.organization?.name]).toEqual(['domain', org]);
    const id = registerIds.get(org);
    if (id) expect(r.organization?.org_id).toBe(id);
  });

  it.each(HOLDOUT_NOT_GOVERNMENT)('%s → no organisation', (url) => {
    expect(recognize(url, index).organization).toBeNull();
  });
});

/**
 * A blind batch from stored pages: its URLs are in no older table and none twice,
 * each government URL names its organisation (with the register's org_id), and
 * the rest name no one.
 */
function describeBatches(title: string, batch: { cases: { url: string; org: string }[]; noOne: string[] }, older: () => string[]): void {
  describe(title, () => {
    it('are new URLs: none of them is in an older table, none twice', () => {
      const seen = new Set(older());
      const all = [...batch.cases.map((c) => c.url), ...batch.noOne];
      for (const url of all) expect(seen.has(url), url).toBe(false);
      expect(new Set(all).size).toBe(all.length);
    });

    it.each(batch.cases.map((c) => [c.url, c.org] as const))('%s → %s', (url, org) => {
      const r = recognize(url, index);
      expect(r.organization?.name).toBe(org);
      const id = registerIds.get(org);
      if (id) expect(r.organization?.org_id).toBe(id);
    });

    it.each(batch.noOne)('%s → no organisation', (url) => {
      expect(recognize(url, index).organization).toBeNull();
    });
  });
}

const tablesBefore9 = () => [
  ...POSITIVE.map(([url]) => url),
  ...AGENCY_CASES.map((a) => a.url),
  ...UNREGISTERED_CASES.map((a) => a.url),
  ...HOLDOUT_CASES.map((c) => c.url),
];

describeBatches(
  'recognize: hold-out batches 9 to 15 (stored web pages)',
  { cases: PAGES_CASES, noOne: [...PAGES_NOT_GOVERNMENT, ...PAGES_UNRECOGNISED] },
  tablesBefore9,
);

const tablesBefore16 = () => [
  ...tablesBefore9(),
  ...PAGES_CASES.map((c) => c.url),
  ...PAGES_NOT_GOVERNMENT,
  ...PAGES_UNRECOGNISED,
  ...SWEEP_CASES.map((c) => c.url),
];

/** Not blind, so not in the recall figures; but each sweep fix is kept, with the register's org_id. */
describeBatches('recognize: cases of the targeted sweeps', { cases: SWEEP_CASES, noOne: [] }, () => [
  ...tablesBefore9(),
  ...PAGES_CASES.map((c) => c.url),
  ...PAGES_NOT_GOVERNMENT,
  ...PAGES_UNRECOGNISED,
]);

/** The blind rounds from stored pages since round 5, each checked to be new against every table before it. */
const ROUNDS = [
  {
    title: 'recognize: hold-out batches 16 to 23 (stored web pages, round 5)',
    cases: ROUND5_CASES,
    noOne: [...ROUND5_NOT_GOVERNMENT, ...ROUND5_UNRECOGNISED],
  },
  {
    title: 'recognize: hold-out batches 24 and 25 (stored web pages, round 6)',
    cases: ROUND6_CASES,
    noOne: [...ROUND6_NOT_GOVERNMENT, ...ROUND6_UNRECOGNISED],
  },
  {
    title: 'recognize: hold-out batches 26 to 28 (stored web pages, round 7)',
    cases: ROUND7_CASES,
    noOne: [...ROUND7_NOT_GOVERNMENT, ...ROUND7_UNRECOGNISED],
  },
  {
    title: 'recognize: hold-out batches 29 to 32 (stored web pages, round 8)',
    cases: ROUND8_CASES,
    noOne: [...ROUND8_NOT_GOVERNMENT, ...ROUND8_UNRECOGNISED],
  },
  {
    title: 'recognize: hold-out batches 33 to 37 (stored web pages, round 9)',
    cases: ROUND9_CASES,
    noOne: [...ROUND9_NOT_GOVERNMENT, ...ROUND9_UNRECOGNISED],
  },
  {
    title: 'recognize: hold-out batches 38 to 43 (stored web pages, round 10)',
    cases: ROUND10_CASES,
    noOne: [...ROUND10_NOT_GOVERNMENT, ...ROUND10_UNRECOGNISED],
  },
  {
    title: 'recognize: hold-out batches 44 and 45 (stored web pages, round 11)',
    cases: ROUND11_CASES,
    noOne: [...ROUND11_NOT_GOVERNMENT, ...ROUND11_UNRECOGNISED],
  },
  {
    title: 'recognize: hold-out batch 46 (stored web pages, round 12)',
    cases: ROUND12_CASES,
    noOne: [...ROUND12_NOT_GOVERNMENT, ...ROUND12_UNRECOGNISED],
  },
  {
    title: 'recognize: hold-out batch 47 (stored web pages, round 13)',
    cases: ROUND13_CASES,
    noOne: [...ROUND13_NOT_GOVERNMENT, ...ROUND13_UNRECOGNISED],
  },
  {
    title: 'recognize: hold-out batch 48 (stored web pages, round 14)',
    cases: ROUND14_CASES,
    noOne: [...ROUND14_NOT_GOVERNMENT, ...ROUND14_UNRECOGNISED],
  },
  {
    title: 'recognize: hold-out batch 49 (stored web pages, round 15)',
    cases: ROUND15_CASES,
    noOne: [...ROUND15_NOT_GOVERNMENT, ...ROUND15_UNRECOGNISED],
  },
  {
    title: 'recognize: hold-out batch 50 (stored web pages, round 16)',
    cases: ROUND16_CASES,
    noOne: [...ROUND16_NOT_GOVERNMENT, ...ROUND16_UNRECOGNISED],
  },
  {
    title: 'recognize: hold-out batch 51 (stored web pages, round 17)',
    cases: ROUND17_CASES,
    noOne: [...ROUND17_NOT_GOVERNMENT, ...ROUND17_UNRECOGNISED],
  },
  {
    title: 'recognize: hold-out batch 52 (stored web pages, round 18)',
    cases: ROUND18_CASES,
    noOne: [...ROUND18_NOT_GOVERNMENT, ...ROUND18_UNRECOGNISED],
  },
  {
    title: 'recognize: hold-out batch 53 (stored web pages, round 19)',
    cases: ROUND19_CASES,
    noOne: [...ROUND19_NOT_GOVERNMENT, ...ROUND19_UNRECOGNISED],
  },
  {
    title: 'recognize: hold-out batch 54 (stored web pages, round 20)',
    cases: ROUND20_CASES,
    noOne: [...ROUND20_NOT_GOVERNMENT, ...ROUND20_UNRECOGNISED],
  },
  {
    title: 'recognize: hold-out batch 55 (stored web pages, round 21)',
    cases: ROUND21_CASES,
    noOne: [...ROUND21_NOT_GOVERNMENT, ...ROUND21_UNRECOGNISED],
  },
  {
    title: 'recognize: hold-out batch 56 (stored web pages, round 22)',
    cases: ROUND22_CASES,
    noOne: [...ROUND22_NOT_GOVERNMENT, ...ROUND22_UNRECOGNISED],
  },
  {
    title: 'recognize: hold-out batches 57 and 58 (stored web pages, round 23)',
    cases: ROUND23_CASES,
    noOne: [...ROUND23_NOT_GOVERNMENT, ...ROUND23_UNRECOGNISED],
  },
  {
    title: 'recognize: hold-out batches 59 and 60 (stored web pages, round 24)',
    cases: ROUND24_CASES,
    noOne: [...ROUND24_NOT_GOVERNMENT, ...ROUND24_UNRECOGNISED],
  },
  {
    title: 'recognize: hold-out batches 61 and 62 (stored web pages, round 25)',
    cases: ROUND25_CASES,
    noOne: [...ROUND25_NOT_GOVERNMENT, ...ROUND25_UNRECOGNISED],
  },
  {
    title: 'recognize: hold-out batch 63 (stored web pages, round 26)',
    cases: ROUND26_CASES,
    noOne: [...ROUND26_NOT_GOVERNMENT, ...ROUND26_UNRECOGNISED],
  },
  {
    title: "recognize: hold-out batch 64 (stored web pages, round 27: a citizen's eye)",
    cases: ROUND27_CASES,
    noOne: [...ROUND27_NOT_GOVERNMENT, ...ROUND27_UNRECOGNISED],
  },
  {
    title: "recognize: hold-out batch 65 (stored web pages, round 28: a citizen's eye, again)",
    cases: ROUND28_CASES,
    noOne: [...ROUND28_NOT_GOVERNMENT, ...ROUND28_UNRECOGNISED],
  },
  {
    title: "recognize: hold-out batch 66 (stored web pages, round 29: a citizen's eye, the last third)",
    cases: ROUND29_CASES,
    noOne: [...ROUND29_NOT_GOVERNMENT, ...ROUND29_UNRECOGNISED],
  },
  {
    title: "recognize: hold-out batch 67 (stored web pages, round 30: new citizen's tasks)",
    cases: ROUND30_CASES,
    noOne: [...ROUND30_NOT_GOVERNMENT, ...ROUND30_UNRECOGNISED],
  },
  {
    title: "recognize: hold-out batch 68 (stored web pages, round 31: new citizen's tasks, a second sample)",
    cases: ROUND31_CASES,
    noOne: [...ROUND31_NOT_GOVERNMENT, ...ROUND31_UNRECOGNISED],
  },
  {
    title: "recognize: hold-out batch 69 (stored web pages, round 32: the old citizen's tasks on the current table)",
    cases: ROUND32_CASES,
    noOne: [...ROUND32_NOT_GOVERNMENT, ...ROUND32_UNRECOGNISED],
  },
];

ROUNDS.forEach((round, i) =>
  describeBatches(round.title, round, () => [
    ...tablesBefore16(),
    ...ROUNDS.slice(0, i).flatMap((older) => [...older.cases.map((c) => c.url), ...older.noOne]),
  ]),
);
