import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertScrape } from '@/utils/register/sources/scrape';
import { convertLaunch } from '@/utils/register/sources/launch';
import { convertSiteData } from '@/utils/register/sources/site-data';
import { asEnrichment, combineSources } from '@/utils/register/combine';
import { STANDARD_MAX_LENGTH } from '@/utils/register/limits';
import { loadReference } from '@/scripts/snapshot/reference';
import { SNAPSHOT_FILE, SOURCES } from '@/scripts/data/paths';

const DATA = SOURCES;
const read = (file: string) => JSON.parse(readFileSync(`${DATA}/${file}`, 'utf8'));
const scrape = read('register/register-scrape-2026-08-08.json');
const launch = read('register/register-launch-2022-v0_1.json');
const siteData = read('register/site-data-sample-v1_0.json');

describe('the 2026 scrape', () => {
  const result = convertScrape(scrape);

  it('keeps all 1,530 algorithms with lars, name, organisation and the register page', () => {
    expect(result.algorithms).toHaveLength(1530);
    expect(result.report.skipped).toEqual([]);
    expect(new Set(result.algorithms.map((a) => a.lars)).size).toBe(1530);
    for (const a of result.algorithms) {
      const raw = scrape.algoritmes.find((r: { id: string }) => r.id === a.lars);
      expect(a.register_url).toBe(raw.url);
      expect(a.name).toBe(raw.title);
      expect(a.organization).toBe(raw.organisatie);
    }
  });

  it('spells the status as the register does and invents nothing it lacks', () => {
    const counts: Record<string, number> = {};
    for (const a of result.algorithms) counts[a.status ?? 'null'] = (counts[a.status ?? 'null'] ?? 0) + 1;
    expect(counts).toEqual({ 'In gebruik': 1392, 'In ontwikkeling': 73, 'Buiten gebruik': 65 });
    for (const a of result.algorithms) {
      expect(a.publication_category).toBeNull();
      expect(a.contact_email).toBeNull();
      expect(a.website).toBeNull();
      expect(a.description_short).toBeNull();
      expect(a.dpia).toBeNull();
      expect(a.iama).toBeNull();
    }
  });

  it('maps doel to goal, empty strings to null, and geregistreerd to the publication date', () => {
    const raw = scrape.algoritmes.find((r: { juridische_basis: string }) => r.juridische_basis === '');
    const a = result.algorithms.find((x) => x.lars === raw.id)!;
    expect(a.lawful_basis).toBeNull();
    expect(a.goal).toBe(raw.doel.trim() || null);
    expect(a.publication_date).toBe(raw.geregistreerd);
    expect(result.register_state).toMatchObject({ total_count: 1530, newest_create_dt: '2026-08-06' });
  });
});

describe('the 2022 launch records', () => {
  const { entries, report } = convertLaunch(launch);

  it('reads all 90, without the dpia database default and without unusable contact values', () => {
    expect(entries).toHaveLength(90);
    expect(entries.every((e) => !('dpia' in e.fields) && !('status' in e.fields))).toBe(true);
    const rotterdam = entries.find((e) => e.name === 'Parkeercontrole' && e.organization === 'Gemeente Rotterdam')!;
    expect(rotterdam.fields.contact_email).toBeNull(); // "14 010" is a phone number, not an e-mail address or link
    expect(report.notes.filter((n) => n.reason.startsWith('contact_email'))).toHaveLength(3);
  });
});

describe('the site-data download', () => {
  const result = convertSiteData(siteData);
  it('uses only the Dutch versions and the organisation types the register states', () => {
    expect(result.algorithms.map((a) => a.name).sort()).toEqual(['Druktebeeld (NL)', 'Wmo-voorspelmodel']);
    expect(result.organization_types?.get('Gemeente Den Haag')).toBe('gemeente');
    expect(result.organization_types?.has('Municipality of The Hague')).toBe(false);
    const wmo = result.algorithms.find((a) => a.lars === '97246956')!;
    expect(wmo.objection_procedure).toBe('Gezien de aard van het model is dit niet geregeld.');
    expect(wmo.status).toBeNull(); // "Actief" is not a status of the standard
  });
});

describe('the bundled combination', async () => {
  const base = { label: 'scrape', ...convertScrape(scrape) };
  const old = convertLaunch(launch);
  const site = convertSiteData(siteData);
  const reference = loadReference(`${DATA}/organisations/register-reference`);
  const { snapshot, merges, org_id_from_reference } = await combineSources(
    base,
    [
      { label: 'launch', ...old },
      { label: 'site', entries: asEnrichment(site.algorithms), report: site.report },
    ],
    { reference, source: 'test', generated_at: '2026-11-22T00:00:00Z' },
  );

  it('fills launch-era fields into matching current entries only, and records where they came from', () => {
    expect(snapshot.algorithms).toHaveLength(1530);
    expect(merges[0].matched_name).toBe(45);
    expect(merges[0].unmatched).toHaveLength(45);
    const wmo = snapshot.algorithms.find((a) => a.lars === '97246956')!;
    expect(wmo.objection_procedure).toBe('Gezien de aard van het model is dit niet geregeld.');
    expect(wmo.filled_from?.[0]).toMatchObject({ source: 'launch', matched_on: 'organization+name' });
    expect(wmo.filled_from?.[0].fields).toContain('objection_procedure');
    // A launch record that is not in the 2026 register is not added.
    expect(snapshot.algorithms.some((a) => a.name === 'SpotRotterdam')).toBe(false);
    // The current value wins over the old one.
    const raw = scrape.algoritmes.find((r: { id: string }) => r.id === '97246956');
    expect(wmo.goal).toBe(raw.doel);
  });

  it('gives org_id and type only from exact reference matches', () => {
    expect(org_id_from_reference.organizations).toBe(241);
    const denHaag = snapshot.organizations.find((o) => o.name === 'Gemeente Den Haag')!;
    expect(denHaag).toEqual({ name: 'Gemeente Den Haag', org_id: 'gm0518', type: 'gemeente' });
    const belasting = snapshot.organizations.find((o) => o.name === 'Belastingdienst')!;
    expect(belasting).toEqual({ name: 'Belastingdienst', org_id: null, type: null });
    expect(snapshot.algorithms.filter((a) => a.org_id).length).toBe(org_id_from_reference.algorithms);
  });

  it('is deterministic: the same data gives the same hash', async () => {
    const again = await combineSources(base, [{ label: 'launch', ...old }], { reference, source: 'x', generated_at: 'later' });
    const once = await combineSources(base, [{ label: 'launch', ...old }], { reference, source: 'y', generated_at: 'now' });
    expect(again.snapshot.hash).toBe(once.snapshot.hash);
    expect(again.snapshot.hash).not.toBe(snapshot.hash); // the site-data fields make a difference
  });
});

describe('length limits', () => {
  it('match the publication standard 1.0', () => {
    const standard = read('register/publicatiestandaard-v1_0.json').properties;
    for (const [field, max] of Object.entries(STANDARD_MAX_LENGTH)) {
      if (field.startsWith('grouping_')) continue;
      expect(standard[field].max_length, field).toBe(max);
    }
    expect(standard.lawful_basis_grouping.items.title.max_length).toBe(STANDARD_MAX_LENGTH.grouping_title);
    expect(standard.lawful_basis_grouping.items.link.max_length).toBe(STANDARD_MAX_LENGTH.grouping_link);
  });
});

describe('the committed bundled snapshot', () => {
  const bundled = JSON.parse(readFileSync(SNAPSHOT_FILE, 'utf8'));

  it('holds every algorithm of the 2026-08-08 register', () => {
    const lars = new Set(bundled.algorithms.map((a: { lars: string }) => a.lars));
    expect(lars.size).toBe(1530);
    for (const r of scrape.algoritmes) expect(lars.has(r.id), r.id).toBe(true);
  });

  it('is what `npm run snapshot` makes from the real files today (regenerate it when the converters change)', async () => {
    const site = convertSiteData(siteData);
    const { snapshot } = await combineSources(
      { label: 'scrape', ...convertScrape(scrape) },
      [
        { label: 'register-launch-2022-v0_1', ...convertLaunch(launch) },
        { label: 'site-data-sample-v1_0', entries: asEnrichment(site.algorithms), report: site.report },
      ],
      { reference: loadReference(`${DATA}/organisations/register-reference`), source: '', generated_at: '' },
    );
    expect(bundled.hash).toBe(snapshot.hash);
  });
});
