/**
 * The register as the domain generator and the lookup CLI see it: the
 * committed snapshot (public/generated/register-snapshot.json) when it exists,
 * so names follow the latest sync; otherwise the 2026-08-08 scrape in scripts/data/sources.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SNAPSHOT_FORMAT, type Algorithm, type Snapshot } from '../../utils/register/model';

import { SCRAPE_FILE, SNAPSHOT_FILE } from '../data/paths';

/** The scrape's status codes → the register's status text. */
export const SCRAPE_STATUS: Record<string, string> = {
  in_gebruik: 'In gebruik',
  ontwikkeling: 'In ontwikkeling',
  buiten_gebruik: 'Buiten gebruik',
};

/** A full Algorithm record with every field the caller does not give empty. */
export function blankAlgorithm(fields: Partial<Algorithm> & Pick<Algorithm, 'lars' | 'name' | 'organization'>): Algorithm {
  return {
    org_id: null,
    publication_category: null,
    status: null,
    description_short: null,
    contact_email: null,
    website: null,
    register_url: `https://algoritmes.overheid.nl/nl/algoritme/${fields.lars}`,
    goal: null,
    human_intervention: null,
    risks: null,
    proportionality: null,
    lawful_basis: null,
    lawful_basis_grouping: [],
    impacttoetsen: null,
    impacttoetsen_grouping: [],
    source_data: null,
    themes: [],
    begin_date: null,
    publication_date: null,
    objection_procedure: null,
    iama: null,
    dpia: null,
    area: null,
    ...fields,
  };
}

interface ScrapeRecord {
  id: string;
  title: string;
  url: string;
  organisatie: string;
  status: string;
  doel?: string;
  geregistreerd?: string;
}

/** A snapshot-shaped view of the scrape (reduced fields; the rest null). */
export function scrapeToSnapshot(scrape: { algoritmes: ScrapeRecord[]; fetched_at?: string }, source: string): Snapshot {
  const algorithms: Algorithm[] = scrape.algoritmes.map((r) =>
    blankAlgorithm({
      lars: String(r.id),
      name: r.title,
      organization: r.organisatie,
      status: SCRAPE_STATUS[r.status] ?? null,
      register_url: r.url || `https://algoritmes.overheid.nl/nl/algoritme/${r.id}`,
      goal: r.doel ?? null,
      publication_date: r.geregistreerd ?? null,
    }),
  );

  const names = [...new Set(algorithms.map((a) => a.organization))].sort();
  return {
    format: SNAPSHOT_FORMAT,
    generated_at: scrape.fetched_at ?? '',
    data_date: null,
    source,
    hash: '',
    organizations: names.map((name) => ({ name, org_id: null, type: null })),
    algorithms,
  };
}

/** Reads a snapshot file, or a scrape file (detected by its `algoritmes` key). */
export function readSnapshotFile(file: string): Snapshot {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  if (Array.isArray(json?.algoritmes)) return scrapeToSnapshot(json, file);
  if (json?.format !== SNAPSHOT_FORMAT || !Array.isArray(json.organizations) || !Array.isArray(json.algorithms)) {
    throw new Error(`${file} is not a register snapshot (${SNAPSHOT_FORMAT})`);
  }
  return json as Snapshot;
}

/** The default register: the committed snapshot, else the scrape. */
export function defaultSnapshot(): { snapshot: Snapshot; file: string } {
  const file = existsSync(SNAPSHOT_FILE) ? SNAPSHOT_FILE : SCRAPE_FILE;
  return { snapshot: readSnapshotFile(file), file };
}
