/**
 * `npm run domains`: generates public/generated/domains.json (host → organisation)
 * and scripts/domains/COVERAGE.md from scripts/data/sources/organisations,
 * the register's organisation names and scripts/data/domain-overrides.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDomainTable, type BuildResult } from './domains/build';
import { coverageOf, coverageReport, type Coverage } from './domains/coverage';
import { codeTable, readOverrides } from './domains/overrides';
import { defaultSnapshot } from './domains/register';
import { DOMAINS_FILE, fromRoot, ORGANISATION_SOURCES, ROOT } from './data/paths';
import { registerEvidenceRows } from './domains/evidence';
import { readDomainRows, readReferenceOrgs } from './domains/sources';
import { rioTransfers } from './domains/rio';
import { buildRecognitionIndex } from '../utils/recognition/index';
import { recognize } from '../utils/recognition/recognize';
import type { Snapshot } from '../utils/register/model';

/** Kept out of public/ so it is not shipped inside the extension. */
export const COVERAGE_FILE = join(ROOT, 'scripts', 'domains', 'COVERAGE.md');

/** Register organisations with algorithm counts (org_id from the snapshot where it has one). */
export function registerOrganizations(snapshot: Snapshot) {
  const counts = new Map<string, number>();
  for (const a of snapshot.algorithms) counts.set(a.organization, (counts.get(a.organization) ?? 0) + 1);
  const orgs = new Map(snapshot.organizations.map((o) => [o.name, o.org_id]));
  for (const name of counts.keys()) if (!orgs.has(name)) orgs.set(name, null);
  return [...orgs].map(([name, org_id]) => ({ name, org_id, algorithms: counts.get(name) ?? 0 }));
}

/** Runs the whole generation on the real data; returns the result and its coverage. */
export function generate(
  generatedAt?: string,
): BuildResult & { coverage: Coverage; source: string; evidenceRejected: string[]; rioTransfers: TransferAnswer[] } {
  const { snapshot, file } = defaultSnapshot();
  const overrides = readOverrides();
  const orgDir = ORGANISATION_SOURCES;
  const { rows } = readDomainRows(orgDir, codeTable(overrides));
  const evidence = registerEvidenceRows(snapshot.algorithms);
  const source = fromRoot(file);
  const result = buildDomainTable({
    register: registerOrganizations(snapshot),
    registerSource: source,
    reference: readReferenceOrgs(orgDir),
    rows: [...rows, ...evidence.rows],
    overrides,
    generatedAt: generatedAt ?? stableTimestamp(snapshot),
  });
  const coverage = coverageOf(result.table, result.directory, result.hostSources, overrides.noWebsite);
  const index = buildRecognitionIndex(result.table);
  const transfers = rioTransfers(readFileSync(join(orgDir, 'rio-2026', 'domains.tsv'), 'utf8')).map((t) => {
    const r = recognize(`https://${t.host}/`, index);
    return { ...t, answer: r.organization?.name ?? (r.match === 'transit' ? 'a shared site' : 'no one') };
  });
  return { ...result, coverage, source, evidenceRejected: evidence.rejected, rioTransfers: transfers };
}

/** A host the RIO re-filed, with what the table now says on it. */
export type TransferAnswer = ReturnType<typeof rioTransfers>[number] & { answer: string };

/**
 * The table's timestamp: SOURCE_DATE_EPOCH when set, else the register
 * snapshot's own, so the same inputs always give a byte-identical file.
 */
function stableTimestamp(snapshot: Snapshot): string {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  if (Number.isFinite(epoch) && epoch > 0) return new Date(epoch * 1000).toISOString();
  return snapshot.generated_at || '1970-01-01T00:00:00.000Z';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = generate();
  const { coverage: c } = result;
  writeFileSync(DOMAINS_FILE, JSON.stringify(result.table) + '\n');
  writeFileSync(COVERAGE_FILE, coverageReport(c, result));
  console.log(
    `domains.json: ${c.hosts} hosts, ${c.pathRules} path rules, ${c.transitHosts} transit; ` +
      `register organisations reached ${c.reachedOrganizations}/${c.registerOrganizations}, ` +
      `algorithms ${c.reachedAlgorithms}/${c.registerAlgorithms}; unresolved rows ${result.unresolved.length}`,
  );
}
