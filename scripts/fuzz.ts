/**
 * `npm run fuzz [-- <runs>]`: the fuzz targets of tests/unit/trust/fuzz.test.ts
 * (register record, page meta, import file, URL) with 100,000 cases each (or
 * <runs>), and the time it took. `npm test` runs them with FUZZ_RUNS=200.
 */
import { spawnSync } from 'node:child_process';

const runs = Number(process.argv[2]) > 0 ? String(Math.floor(Number(process.argv[2]))) : '100000';
const started = Date.now();
const run = spawnSync('npx', ['vitest', 'run', 'tests/unit/trust/fuzz.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs },
  shell: process.platform === 'win32',
});
process.stdout.write(`fuzz: ${runs} cases per target, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
process.exit(run.status ?? 1);
