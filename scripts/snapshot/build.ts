import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { convertScrape, isScrapeFile } from '../../utils/register/sources/scrape';
import { convertSiteData, isSiteData } from '../../utils/register/sources/site-data';
import { convertLaunch, isLaunchFile } from '../../utils/register/sources/launch';
import { asEnrichment, combineSources, type BaseSource, type CombineResult, type EnrichmentSource } from '../../utils/register/combine';
import { downloadRegister } from '../../utils/register/pager';
import { newStats, type TransferStats } from '../../utils/register/http';
import type { OrgReference } from '../../utils/register/organizations';
import type { SnapshotArgs } from './args';

type Loaded = { kind: 'current'; source: BaseSource } | { kind: 'legacy'; source: EnrichmentSource };

/** Read one --from file and convert it by its shape. */
export function loadFile(path: string): Loaded {
  const label = basename(path).replace(/\.json$/, '');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message.split('\n')[0]}`);
  }
  if (isScrapeFile(json)) return { kind: 'current', source: { label, ...convertScrape(json, label) } };
  if (isSiteData(json)) return { kind: 'current', source: { label, ...convertSiteData(json, label) } };
  if (isLaunchFile(json)) {
    const { entries, report } = convertLaunch(json, label);
    return { kind: 'legacy', source: { label, entries, report } };
  }
  throw new Error(`${path}: not a known register shape (scrape, site-data download or launch records)`);
}

export interface BuildResult extends CombineResult {
  base: BaseSource;
  enrichments: EnrichmentSource[];
  stats: TransferStats | null;
  duplicates: number;
}

/**
 * The snapshot for a command line: the API download (with --api) or the first
 * --from file is the base; every other source only fills empty fields of
 * entries that exist in the base.
 */
export async function buildSnapshot(args: SnapshotArgs, reference: OrgReference[]): Promise<BuildResult> {
  const loaded = args.from.map(loadFile);
  let base: BaseSource;
  let stats: TransferStats | null = null;
  let duplicates = 0;
  if (args.api) {
    stats = newStats();
    const download = await downloadRegister(
      {
        base: args.api,
        timeoutMs: args.timeoutMs,
        maxBytes: args.maxBytes,
        retries: args.retries,
        backoffMs: args.backoffMs,
        maxRetryAfterMs: args.maxRetryAfterMs,
      },
      stats,
    );
    duplicates = download.duplicates;
    base = { label: args.api, algorithms: download.algorithms, report: download.report, register_state: download.register_state };
  } else {
    const first = loaded.shift()!;
    if (first.kind !== 'current')
      throw new Error(`${args.from[0]}: launch records cannot be the base; put a scrape or site-data file first`);
    base = first.source;
  }
  const enrichments = loaded.map((l) =>
    l.kind === 'legacy' ? l.source : { label: l.source.label, entries: asEnrichment(l.source.algorithms), report: l.source.report },
  );
  const source = [base.label, ...enrichments.map((e) => e.label)].join(' + ');
  const combined = await combineSources(base, enrichments, {
    reference,
    source,
    generated_at: args.generatedAt ?? new Date().toISOString(),
  });
  return { ...combined, base, enrichments, stats, duplicates };
}
