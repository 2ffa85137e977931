/**
 * `npm run data`: regenerates everything under public/generated/ offline from
 * the source copies in scripts/data/sources, deterministically: the bundled
 * register snapshot, then the domain table and its coverage report. The
 * timestamp written into both is the scrape's own fetch time, not the clock,
 * so on a fresh clone this changes no committed file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildSnapshot } from './snapshot/build';
import { parseArgs } from './snapshot/args';
import { loadReference } from './snapshot/reference';
import { writeSnapshotFile } from './snapshot/write';
import { COVERAGE_FILE, generate } from './domains';
import { coverageReport } from './domains/coverage';
import { DOMAINS_FILE, fromRoot, REFERENCE_DIR, SCRAPE_FILE, SNAPSHOT_FILE, SNAPSHOT_SOURCES } from './data/paths';

/** The sources' own date: when the base scrape was fetched from the register. */
export function sourcesDate(): string {
  const { fetched_at } = JSON.parse(readFileSync(SCRAPE_FILE, 'utf8')) as { fetched_at?: string };
  const date = new Date(fetched_at ?? '');
  if (Number.isNaN(date.getTime())) throw new Error(`${fromRoot(SCRAPE_FILE)} has no valid fetched_at`);
  return date.toISOString();
}

/** The snapshot arguments `npm run data` uses (also the ones NOTICE-data.md states). */
export function dataArgs(out = SNAPSHOT_FILE) {
  return parseArgs([...SNAPSHOT_SOURCES.flatMap((f) => ['--from', f]), '--out', out, '--generated-at', sourcesDate()]);
}

async function main() {
  const { snapshot } = await buildSnapshot(dataArgs(), loadReference(REFERENCE_DIR));
  writeSnapshotFile(SNAPSHOT_FILE, snapshot);
  console.log(`${fromRoot(SNAPSHOT_FILE)}: ${snapshot.algorithms.length} algorithms, generated_at ${snapshot.generated_at}`);
  const result = generate();
  writeFileSync(DOMAINS_FILE, JSON.stringify(result.table) + '\n');
  writeFileSync(COVERAGE_FILE, coverageReport(result.coverage, result));
  console.log(`${fromRoot(DOMAINS_FILE)}: ${result.coverage.hosts} hosts; ${fromRoot(COVERAGE_FILE)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(`data: error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
