/**
 * Issue 11: the hold-out batches 6 to 8 (holdout-cases.ts), 9 to 15, 16 to 23, 24 to 25 and 26 to 28,
 * taken from stored web pages (holdout-pages-cases.ts and holdout-round5/6/7-cases.ts), are recognised as the
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

describeBatches(
  'recognize: hold-out batches 16 to 23 (stored web pages, round 5)',
  { cases: ROUND5_CASES, noOne: [...ROUND5_NOT_GOVERNMENT, ...ROUND5_UNRECOGNISED] },
  tablesBefore16,
);

describeBatches(
  'recognize: hold-out batches 24 and 25 (stored web pages, round 6)',
  { cases: ROUND6_CASES, noOne: [...ROUND6_NOT_GOVERNMENT, ...ROUND6_UNRECOGNISED] },
  () => [...tablesBefore16(), ...ROUND5_CASES.map((c) => c.url), ...ROUND5_NOT_GOVERNMENT, ...ROUND5_UNRECOGNISED],
);

describeBatches(
  'recognize: hold-out batches 26 to 28 (stored web pages, round 7)',
  { cases: ROUND7_CASES, noOne: [...ROUND7_NOT_GOVERNMENT, ...ROUND7_UNRECOGNISED] },
  () => [
    ...tablesBefore16(),
    ...[...ROUND5_CASES, ...ROUND6_CASES].map((c) => c.url),
    ...ROUND5_NOT_GOVERNMENT,
    ...ROUND5_UNRECOGNISED,
    ...ROUND6_NOT_GOVERNMENT,
    ...ROUND6_UNRECOGNISED,
  ],
);

describeBatches(
  'recognize: hold-out batches 29 to 32 (stored web pages, round 8)',
  { cases: ROUND8_CASES, noOne: [...ROUND8_NOT_GOVERNMENT, ...ROUND8_UNRECOGNISED] },
  () => [
    ...tablesBefore16(),
    ...[...ROUND5_CASES, ...ROUND6_CASES, ...ROUND7_CASES].map((c) => c.url),
    ...ROUND5_NOT_GOVERNMENT,
    ...ROUND5_UNRECOGNISED,
    ...ROUND6_NOT_GOVERNMENT,
    ...ROUND6_UNRECOGNISED,
    ...ROUND7_NOT_GOVERNMENT,
    ...ROUND7_UNRECOGNISED,
  ],
);

describe('recognize: sites that targeted sweeps of stored pages found missing or misnamed', () => {
  it.each(SWEEP_CASES.map((c) => [c.url, c.org] as const))('%s → %s', (url, org) => {
    expect(recognize(url, index).organization?.name).toBe(org);
  });
});

describe('recognize: sites several government bodies share name none of them (round 6)', () => {
  it.each([
    'https://www.hwbp.nl/over-hwbp',
    'https://www.slimwatermanagement.nl/nieuws/nieuwsberichten/toekomstbestendig-watersysteem-ark-nzk/',
    'http://www.brabantkeur.nl/themas/details/Steigers-vlonders-en-overhangende-bouwwerken/71',
    // round 8: a municipality split over four successors, and joint sites of municipalities, police and OM, of the
    // Frisian municipalities and of two safety regions
    'https://www.haaren.nl/home/asbest_41933/',
    'https://jp2023.nh-sv.nl/thema/zorg-veiligheid/',
    'https://www.sdfryslan.nl/nieuws/veiligheid-voorop',
    'https://samen.vrfgv.nl/ambulances-rav-gooi-en-vechtstreek-rijden-18-000-ritten-per-jaar/',
    // Waternet works for a water board and a municipality; only its water-board-tax pages name one (round-8 cases)
    'https://waternet.nl/mijn-waternet/belasting',
  ])('%s → a shared site, no organisation', (url) => {
    const r = recognize(url, index);
    expect([r.match, r.organization]).toEqual(['transit', null]);
  });
});

describe("recognize: the ministries' shared magazine host names each magazine's own organisation (round 6)", () => {
  it.each([
    ['https://magazines.rijksoverheid.nl/knmi/knmimagazine/2020/01/', 'Koninklijk Nederlands Meteorologisch Instituut'],
    ['https://magazines.rijksoverheid.nl/scp/x', 'Sociaal en Cultureel Planbureau'],
    ['https://magazines.rijksoverheid.nl/jenv/jenvmagazine/2023/21/', 'Ministerie van Justitie en Veiligheid'],
  ])('%s → %s', (url, org) => {
    expect(recognize(url, index).organization?.name).toBe(org);
  });

  it('names no one for the host itself or a magazine no list gives', () => {
    expect(recognize('https://magazines.rijksoverheid.nl/', index).match).toBe('transit');
    expect(recognize('https://magazines.rijksoverheid.nl/onbekend/1', index).organization).toBeNull();
  });
});
