/**
 * Where the repository keeps its source data and generated files. Every script
 * and test that reads source data takes its path from here, so the repository
 * builds, tests and regenerates its data on a fresh clone (nothing outside it).
 */
import { join } from 'node:path';

/** The repository root. */
export const ROOT = join(import.meta.dirname, '..', '..');
/** Unmodified copies of the public source data (see PROVENANCE.md there). */
export const SOURCES = join(ROOT, 'scripts', 'data', 'sources');
export const REGISTER_SOURCES = join(SOURCES, 'register');
export const ORGANISATION_SOURCES = join(SOURCES, 'organisations');
export const REFERENCE_DIR = join(ORGANISATION_SOURCES, 'register-reference');
export const LETTER_SOURCES = join(SOURCES, 'letters');
export const SCRAPE_FILE = join(REGISTER_SOURCES, 'register-scrape-2026-08-08.json');
export const LAUNCH_FILE = join(REGISTER_SOURCES, 'register-launch-2022-v0_1.json');
export const SITE_DATA_FILE = join(REGISTER_SOURCES, 'site-data-sample-v1_0.json');
export const STANDARD_FILE = join(REGISTER_SOURCES, 'publicatiestandaard-v1_0.json');
/** The bundled snapshot's sources, base first (see public/generated/NOTICE-data.md). */
export const SNAPSHOT_SOURCES = [SCRAPE_FILE, LAUNCH_FILE, SITE_DATA_FILE];

export const GENERATED = join(ROOT, 'public', 'generated');
export const SNAPSHOT_FILE = join(GENERATED, 'register-snapshot.json');
export const DOMAINS_FILE = join(GENERATED, 'domains.json');

/** A path relative to the repository root, as written in generated files. */
export const fromRoot = (file: string) => file.replace(ROOT + '/', '');
