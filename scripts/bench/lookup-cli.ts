/**
 * The researcher's CLI (run by `npm run bench`): how long `npm run lookup`
 * takes to start (target ≤ 300 ms), and its cost per URL against a plain table
 * lookup that prints the same JSON (target ≤ 1.5×). Both per-URL costs are
 * measured end to end in a child process reading URLs on stdin, as
 * (time for N URLs − time for 1 URL) / (N − 1), median of several runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../data/paths';
import { defaultSnapshot } from '../domains/register';
import { readDomainTable } from '../domains/table-file';
import { buildRegisterIndex } from '../../utils/register/index';
import { bindTableToRegister } from '../../utils/recognition/bind';
import { buildRecognitionIndex } from '../../utils/recognition/index';
import { lookupUrl } from '../../utils/recognition/lookup';

const N = 20_000;
const RUNS = 7;

function wall(cmd: string, args: string[], input: string): number {
  const t = process.hrtime.bigint();
  const run = spawnSync(cmd, args, { cwd: ROOT, input, maxBuffer: 1 << 30 });
  if (run.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${run.stderr}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const timeOf = (cmd: string, args: string[], input: string) => median(Array.from({ length: RUNS }, () => wall(cmd, args, input)));

// URLs of real government hosts in the table, with paths, as a researcher's list would have.
const table = readDomainTable();
const hosts = Object.keys(table.hosts);
const urls = Array.from({ length: N }, (_, i) => `https://www.${hosts[(i * 7919) % hosts.length]}/pagina/${i}`);
const many = urls.join('\n') + '\n';
const one = urls[0] + '\n';

// The baseline: a Map from host to the finished answer (computed here with the real lookup), then
// per URL only `new URL`, one Map.get and JSON.stringify: the least any CLI printing this JSON can do.
const { snapshot } = defaultSnapshot();
const register = buildRegisterIndex(snapshot);
const index = buildRecognitionIndex(
  bindTableToRegister(
    table,
    snapshot.organizations.map((o) => ({ name: o.name, org_id: o.org_id })),
  ),
);
const answers: Record<string, unknown> = {};
for (const u of urls) {
  const host = new URL(u).hostname;
  if (!(host in answers)) {
    const { url: _url, ...rest } = lookupUrl(u, index, register);
    answers[host] = rest;
  }
}
const dir = mkdtempSync(join(tmpdir(), 'aw-bench-'));
writeFileSync(join(dir, 'answers.json'), JSON.stringify(answers));
writeFileSync(
  join(dir, 'plain.mjs'),
  `import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
const answers = JSON.parse(readFileSync(${JSON.stringify(join(dir, 'answers.json'))}, 'utf8'));
const out = [];
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  const url = line.trim();
  if (!url) continue;
  out.push(JSON.stringify({ url, ...answers[new URL(url).hostname] }) + '\\n');
  if (out.length > 256) { process.stdout.write(out.join('')); out.length = 0; }
}
process.stdout.write(out.join(''));
`,
);

// Same output, or the comparison means nothing.
const cliOut = spawnSync('node', ['scripts/lookup-cli.mjs'], { cwd: ROOT, input: urls.slice(0, 200).join('\n') }).stdout.toString();
const plainOut = spawnSync('node', [join(dir, 'plain.mjs')], { cwd: ROOT, input: urls.slice(0, 200).join('\n') }).stdout.toString();
if (cliOut !== plainOut) throw new Error('the baseline does not print what the CLI prints');

const start = timeOf('npm', ['run', '-s', 'lookup', '--', urls[0]], '');
const startNode = timeOf('node', ['scripts/lookup-cli.mjs', urls[0]], '');
const startTsx = timeOf('node', ['--import', 'tsx', 'scripts/lookup.ts', urls[0]], '');
console.log(`start, npm run lookup (1 URL)               median ${start.toFixed(0)} ms   target ≤ 300 ms`);
console.log(`start, node scripts/lookup-cli.mjs (1 URL)  median ${startNode.toFixed(0)} ms`);
console.log(`start, before: tsx scripts/lookup.ts        median ${startTsx.toFixed(0)} ms`);

const cliPer = (timeOf('node', ['scripts/lookup-cli.mjs'], many) - timeOf('node', ['scripts/lookup-cli.mjs'], one)) / (N - 1);
const plainPer = (timeOf('node', [join(dir, 'plain.mjs')], many) - timeOf('node', [join(dir, 'plain.mjs')], one)) / (N - 1);
console.log(`per URL, CLI                                ${(cliPer * 1000).toFixed(2)} µs`);
console.log(`per URL, plain table lookup, same JSON      ${(plainPer * 1000).toFixed(2)} µs`);
console.log(`ratio                                       ${(cliPer / plainPer).toFixed(2)}×   target ≤ 1.5×`);
