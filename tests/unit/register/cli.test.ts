// @vitest-environment node
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeRegister, type FakeRegister } from '../../fixtures/fake-register';
import type { Snapshot } from '@/utils/register/model';
import { REGISTER_SOURCES } from '../../../scripts/data/paths';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'aw-snapshot-'));
let fake: FakeRegister;
let base: string;
let close: () => Promise<void>;
beforeAll(async () => {
  fake = createFakeRegister();
  ({ url: base, close } = await fake.listen());
});
afterAll(async () => {
  await close();
  rmSync(dir, { recursive: true, force: true });
});

function snapshot(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/snapshot.ts', ...args], { cwd: ROOT }, (error, stdout, stderr) =>
      done({ code: error ? (error.code as number) : 0, stdout, stderr }),
    );
  });
}

describe('npm run snapshot', () => {
  it('--api pages through the register and writes a complete snapshot', async () => {
    fake.faults = [];
    const out = join(dir, 'api.json');
    const run = await snapshot('--api', base, '--out', out, '--backoff', '1');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const written: Snapshot = JSON.parse(readFileSync(out, 'utf8'));
    expect(written.algorithms).toHaveLength(1530);
    expect(written.source).toBe(base);
    expect(written.register_state?.total_count).toBe(1530);
    expect(run.stdout).toMatch(/api: 16 requests/);
  });

  it.each([
    [[{ kind: 'truncated', page: 9 }], /^snapshot: error: malformed: invalid or truncated JSON/],
    [[{ kind: 'duplicate', page: 9 }], /^snapshot: error: incomplete: received 800 of 1530 algorithms/],
    [[{ kind: 'stall', page: 2 }], /^snapshot: error: timeout: no complete answer within 300 ms/],
    [[{ kind: '500' }], /^snapshot: error: http: HTTP 500 .* \(after 2 attempts\)/],
  ] as const)('writes nothing and exits 1 with one line on %j', async (faults, line) => {
    fake.faults = faults.map((f) => ({ ...f }));
    const out = join(dir, 'bad.json');
    const run = await snapshot('--api', base, '--out', out, '--timeout', '300', '--retries', '1', '--backoff', '1');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(line);
    expect(existsSync(out)).toBe(false);
  });

  it('--from converts the offline files into the bundled snapshot', async () => {
    const out = join(dir, 'from.json');
    const data = REGISTER_SOURCES;
    const run = await snapshot(
      '--from',
      `${data}/register-scrape-2026-08-08.json`,
      '--from',
      `${data}/register-launch-2022-v0_1.json`,
      '--out',
      out,
    );
    expect(run.code).toBe(0);
    const written: Snapshot = JSON.parse(readFileSync(out, 'utf8'));
    expect(written.algorithms).toHaveLength(1530);
    expect(written.algorithms.filter((a) => a.objection_procedure)).toHaveLength(18);
    expect(run.stdout).toMatch(/matched 0 by lars \+ 45 by organisation\+name/);
  });

  it('refuses an unknown file shape without writing', async () => {
    const out = join(dir, 'none.json');
    const run = await snapshot('--from', resolve(ROOT, 'package.json'), '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^snapshot: error: .*package.json: not a known register shape/);
    expect(existsSync(out)).toBe(false);
  });
});
