import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Algorithm, Snapshot } from '@/utils/register/model';
import type { SyncState } from '@/utils/protocol';
import { REGISTER_SOURCES } from '../../../scripts/data/paths';
import { convertScrape } from '@/utils/register/sources/scrape';
import { convertSiteData } from '@/utils/register/sources/site-data';

const ROOT = join(import.meta.dirname, '../../..');
const DATA = REGISTER_SOURCES;
const BUNDLED = join(ROOT, 'public/generated/register-snapshot.json');

/**
 * The real register: the bundled snapshot when it has been generated, else the
 * 2026-08-08 scrape converted by the register module's own converter.
 */
export function realAlgorithms(): Algorithm[] {
  if (existsSync(BUNDLED)) {
    const s = JSON.parse(readFileSync(BUNDLED, 'utf8')) as Snapshot;
    if (s.algorithms?.length) return s.algorithms;
  }
  return convertScrape(JSON.parse(readFileSync(join(DATA, 'register-scrape-2026-08-08.json'), 'utf8'))).algorithms;
}

/** Real standard-1.0 records with publication_category, HTML fields and groupings (site-data sample). */
export function siteDataAlgorithms(): Algorithm[] {
  return convertSiteData(JSON.parse(readFileSync(join(DATA, 'site-data-sample-v1_0.json'), 'utf8'))).algorithms;
}

/** All real algorithms of one organisation (exact register name). */
export function algorithmsOf(name: string, from = realAlgorithms()): Algorithm[] {
  return from.filter((a) => a.organization === name);
}

/** A plausible sync state for the bundled data. */
export function bundledSync(data_date = '2026-08-08'): SyncState {
  return {
    source: 'bundled',
    data_date,
    generated_at: null,
    algorithm_count: 1530,
    last_attempt: null,
    last_success: null,
    last_error: null,
    in_progress: false,
  };
}
