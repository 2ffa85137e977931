import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REFERENCE_DIR, SCRAPE_FILE } from '../../../scripts/data/paths';
import { blankAlgorithm, SCRAPE_STATUS } from '../../../scripts/domains/register';
import { SNAPSHOT_FORMAT, type Algorithm, type Organization, type Snapshot } from '../../../utils/register/model';

const ROOT = join(import.meta.dirname, '../../..');
const BUNDLED = join(ROOT, 'public/generated/register-snapshot.json');
const SCRAPE = SCRAPE_FILE;
const REFERENCE = REFERENCE_DIR;

/**
 * The real register for tests: the bundled snapshot when it exists, else the
 * 2026-08-08 scrape in scripts/data/sources converted to the snapshot shape (that
 * source has no publication_category, so those are null there).
 */
export function loadTestSnapshot(): Snapshot {
  if (existsSync(BUNDLED)) {
    const s = JSON.parse(readFileSync(BUNDLED, 'utf8')) as Snapshot;
    if (s.format === SNAPSHOT_FORMAT && s.algorithms?.length) return s;
  }
  return convertScrape();
}

function referenceOrgs(): Map<string, { org_id: string; type: Organization['type'] }> {
  const types: Record<string, Organization['type']> = {
    'Gemeenten.csv': 'gemeente',
    'Provincies.csv': 'provincie',
    'Waterschappen.csv': 'waterschap',
    'Omgevingsdiensten.csv': 'gemeenschappelijke regeling',
    'Veiligheidsregios.csv': 'gemeenschappelijke regeling',
  };
  const map = new Map<string, { org_id: string; type: Organization['type'] }>();
  for (const [file, type] of Object.entries(types)) {
    const lines = readFileSync(join(REFERENCE, file), 'utf8').trim().split(/\r?\n/).slice(1);
    for (const line of lines) {
      const [name, , org_id] = line.split(';');
      map.set(name.toLowerCase(), { org_id, type });
    }
  }
  return map;
}

function convertScrape(): Snapshot {
  const raw = JSON.parse(readFileSync(SCRAPE, 'utf8')) as { fetched_at: string; algoritmes: Record<string, string>[] };
  const ref = referenceOrgs();
  const algorithms: Algorithm[] = raw.algoritmes.map((r) =>
    blankAlgorithm({
      lars: r.id,
      name: r.title,
      organization: r.organisatie,
      org_id: ref.get(r.organisatie.toLowerCase())?.org_id ?? null,
      status: SCRAPE_STATUS[r.status] ?? null,
      description_short: r.doel || null,
      register_url: r.url,
      lawful_basis: r.juridische_basis || null,
      publication_date: r.geregistreerd || null,
    }),
  );

  const names = [...new Set(algorithms.map((a) => a.organization))].sort();
  const organizations: Organization[] = names.map((name) => {
    const hit = ref.get(name.toLowerCase());
    return { name, org_id: hit?.org_id ?? null, type: hit?.type ?? null };
  });
  const data_date =
    algorithms
      .map((a) => a.publication_date ?? '')
      .sort()
      .at(-1) || null;
  return {
    format: SNAPSHOT_FORMAT,
    generated_at: raw.fetched_at,
    data_date,
    source: 'test: register-scrape-2026-08-08.json',
    hash: 'test',
    organizations,
    algorithms,
  };
}
