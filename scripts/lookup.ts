/**
 * `npm run --silent lookup -- [--format jsonl|csv] [--snapshot <file>] [<url> ...]`
 * Recognises each URL (arguments, else one per line on stdin) and prints its
 * organisation and register entries. A line that is not a URL gets match
 * "none" and a message on stderr; the run goes on. Runs fully offline.
 */
import { createInterface } from 'node:readline';
import { buildRegisterIndex } from '../utils/register/index';
import { bindTableToRegister } from '../utils/recognition/bind';
import { buildRecognitionIndex } from '../utils/recognition/index';
import { CSV_HEADER, csvRecords, lookupUrl } from '../utils/recognition/lookup';
import { pageAddress } from '../utils/recognition/host';
import { defaultSnapshot, readSnapshotFile } from './domains/register';
import { readDomainTable } from './domains/table-file';

interface Options {
  format: 'jsonl' | 'csv';
  snapshot: string | null;
  urls: string[];
}

function parseArgs(argv: string[]): Options {
  const o: Options = { format: 'jsonl', snapshot: null, urls: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--format') o.format = argv[++i] as Options['format'];
    else if (a.startsWith('--format=')) o.format = a.slice(9) as Options['format'];
    else if (a === '--snapshot') o.snapshot = argv[++i] ?? null;
    else if (a.startsWith('--snapshot=')) o.snapshot = a.slice(11);
    else if (a === '--') continue;
    else o.urls.push(a);
  }
  if (o.format !== 'jsonl' && o.format !== 'csv') throw new Error(`--format must be jsonl or csv, not ${o.format}`);
  return o;
}

async function* inputs(urls: string[]): AsyncGenerator<string> {
  if (urls.length) return yield* urls;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim()) yield line.trim();
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const snapshot = opts.snapshot ? readSnapshotFile(opts.snapshot) : defaultSnapshot().snapshot;
  const register = buildRegisterIndex(snapshot);
  // names follow the snapshot given, not only the one the table was generated from
  const orgs = new Map(snapshot.organizations.map((o) => [o.name, { name: o.name, org_id: o.org_id }]));
  for (const a of snapshot.algorithms) if (!orgs.has(a.organization)) orgs.set(a.organization, { name: a.organization, org_id: a.org_id });
  const index = buildRecognitionIndex(bindTableToRegister(readDomainTable(), [...orgs.values()]));
  const out: string[] = [];
  const flush = () => out.length && (process.stdout.write(out.join('')), (out.length = 0));
  if (opts.format === 'csv') out.push(CSV_HEADER + '\r\n');
  for await (const url of inputs(opts.urls)) {
    const problem = pageAddress(url);
    if (problem === 'not-a-url') process.stderr.write(`lookup: not a URL: ${JSON.stringify(url)}\n`);
    else if (typeof problem === 'string') process.stderr.write(`lookup: not a web page (${problem}): ${JSON.stringify(url)}\n`);
    const result = lookupUrl(url, index, register);
    if (opts.format === 'jsonl') out.push(JSON.stringify(result) + '\n');
    else
      out.push(
        csvRecords(result)
          .map((r) => r + '\r\n')
          .join(''),
      );
    if (out.length > 256) flush();
  }
  flush();
}

main().catch((error: unknown) => {
  process.stderr.write(`lookup: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
