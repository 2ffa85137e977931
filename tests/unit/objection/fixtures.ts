import { readFileSync } from 'node:fs';
import type { Algorithm } from '@/utils/register/model';

import { SOURCES } from '../../../scripts/data/paths';
import { blankAlgorithm, SCRAPE_STATUS } from '../../../scripts/domains/register';

/** Real data from scripts/data/sources (CC0 / EUPL; see PROVENANCE.md there). */
const SHARED = SOURCES + '/';

export function sharedText(path: string): string {
  return readFileSync(SHARED + path, 'utf8');
}

interface ScrapeRow {
  id: string;
  title: string;
  organisatie: string;
  status: string;
  url: string;
  doel: string;
}
interface LaunchRow {
  name: string;
  organization: string;
  objection_procedure: string | null;
  contact_email: string | null;
  description_short: string | null;
}

/** A full Algorithm record with every optional field empty. */
export const algorithm = blankAlgorithm;

/** The real algorithms of one organisation in the 2026-08-08 register scrape (no category/contact there). */
export function scrapeAlgorithms(organisation: string): Algorithm[] {
  const rows = (JSON.parse(sharedText('register/register-scrape-2026-08-08.json')) as { algoritmes: ScrapeRow[] }).algoritmes;
  return rows
    .filter((r) => r.organisatie === organisation)
    .map((r) =>
      algorithm({
        lars: r.id,
        name: r.title,
        organization: r.organisatie,
        status: SCRAPE_STATUS[r.status] ?? null,
        register_url: r.url,
        goal: r.doel,
      }),
    );
}

/** The real 2022 launch entries of one organisation, with their legacy objection text and contact. */
export function launchAlgorithms(organisation: string): Algorithm[] {
  const rows = JSON.parse(sharedText('register/register-launch-2022-v0_1.json')) as LaunchRow[];
  return rows
    .filter((r) => r.organization === organisation)
    .map((r, i) =>
      algorithm({
        lars: String(90000000 + i),
        name: r.name,
        organization: r.organization,
        objection_procedure: r.objection_procedure,
        contact_email: r.contact_email,
        description_short: r.description_short,
      }),
    );
}
