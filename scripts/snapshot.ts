/**
 * `npm run snapshot -- [--api [<base>]] [--from <file> ...] --out <file>`
 *
 * Builds a register snapshot (utils/register/model.ts) from the live API or
 * from offline copies, and writes it only when the run is complete: on any
 * error it prints one line `snapshot: error: ...`, writes nothing and exits 1.
 * The bundled default is made by `npm run data` (scripts/data.ts) from the
 * copies in scripts/data/sources.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseArgs, USAGE } from './snapshot/args';
import { loadReference } from './snapshot/reference';
import { buildSnapshot } from './snapshot/build';
import { writeSnapshotFile } from './snapshot/write';
import { summarizeReport } from '../utils/register/report';
import { REFERENCE_DIR as DEFAULT_REFERENCE } from './data/paths';

async function main() {
  if (process.argv.includes('--help')) return void console.log(USAGE);
  const args = parseArgs(process.argv.slice(2));
  const refDir = args.reference ?? (existsSync(DEFAULT_REFERENCE) ? DEFAULT_REFERENCE : null);
  const reference = refDir ? loadReference(refDir) : [];
  const result = await buildSnapshot(args, reference);
  const { snapshot } = result;
  const json = writeSnapshotFile(args.out, snapshot);
  if (args.report) {
    writeFileSync(
      args.report,
      JSON.stringify(
        {
          base: result.base.report,
          merges: result.merges,
          enrichments: result.enrichments.map((e) => ({ label: e.label, report: e.report })),
        },
        null,
        1,
      ),
    );
  }
  const lines = [
    `wrote ${args.out}: ${snapshot.algorithms.length} algorithms, ${snapshot.organizations.length} organisations, data_date ${snapshot.data_date}`,
    `size ${Buffer.byteLength(json)} bytes raw, ${gzipSync(json).length} bytes gzipped; hash ${snapshot.hash.slice(0, 12)}`,
    `org_id: ${snapshot.organizations.filter((o) => o.org_id).length} organisations have one; from the reference lists: ${result.org_id_from_reference.organizations} organisations / ${result.org_id_from_reference.algorithms} algorithms`,
    ...(result.stats
      ? [
          `api: ${result.stats.requests} requests, ${result.stats.bytes_received} bytes received, ${result.duplicates} duplicates from shifting pages`,
        ]
      : []),
    ...summarizeReport(result.base.report).map((l) => `${result.base.label}: ${l}`),
    ...result.merges.map(
      (m) =>
        `${m.source}: matched ${m.matched_lars} by lars + ${m.matched_name} by organisation+name, ${m.filled_fields} fields filled, ${m.unmatched.length} not in the base (not added), ${m.ambiguous.length} ambiguous`,
    ),
    ...result.enrichments.flatMap((e) => summarizeReport(e.report).map((l) => `${e.label}: ${l}`)),
  ];
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const hint = /required|unknown argument|needs|give --api/.test(message) ? ' (see --help)' : '';
  console.error(`snapshot: error: ${message.split('\n')[0]}${hint}`);
  process.exit(1);
});
