/**
 * `npm test`: every check, in order, without stopping at the first failure —
 * build (Chrome and Firefox), typecheck, lint (ESLint + Prettier), unit tests, end-to-end tests in
 * Chromium and Firefox ESR, web-ext lint, byte-identical release zips — then one line `N passed, N failed`
 * (unit + e2e tests; a failed build, typecheck, lint or reproducibility check counts as one failure).
 * Vitest's JSON reports go to test-results/. Exits 1 on any failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const results = resolve(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', E2E_BUILD: '' };

/** Runs one npm script; returns true when it succeeded. */
function step(name: string, args: string[], timeoutMinutes = 30): boolean {
  console.log(`\n::: ${name}`);
  const run = spawnSync('npm', ['run', '-s', ...args], { cwd: root, stdio: 'inherit', env, timeout: timeoutMinutes * 60_000 });
  const ok = run.status === 0;
  if (!ok) console.log(`::: ${name} FAILED${run.error ? ` (${run.error.message})` : ''}`);
  return ok;
}

const reporters = (name: string) => ['--reporter=default', '--reporter=json', `--outputFile.json=${resolve(results, `${name}.json`)}`];
const failedSteps: string[] = [];
if (!step('build', ['build']) || !step('build firefox', ['build:firefox'])) failedSteps.push('build');
if (!step('typecheck', ['typecheck'])) failedSteps.push('typecheck');
// ESLint (layers, cycles, one owner per setting and per network use) and the Prettier check.
if (!step('lint', ['lint'])) failedSteps.push('lint');
step('unit tests', ['test:unit', '--', ...reporters('unit')], 20);
step('e2e tests', ['test:e2e', '--', ...reporters('e2e')], 45);
if (!step('web-ext lint', ['lint:firefox', '--', '--no-build'])) failedSteps.push('web-ext lint');
// Last: it rebuilds .output twice (here and in a copy at another path).
if (!step('reproducible zips', ['check:reproducible'])) failedSteps.push('reproducible zips');

console.log('');
const count = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    resolve(root, 'scripts/count-results.ts'),
    resolve(results, 'unit.json'),
    resolve(results, 'e2e.json'),
    ...failedSteps.flatMap((s) => ['--failed', s]),
  ],
  { cwd: root, stdio: 'inherit', env },
);
process.exit(count.status ?? 1);
