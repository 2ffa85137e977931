import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROME_TEST_BUILD, FIREFOX_TEST_BUILD, ROOT, missingBrowsersMessage } from './harness/paths';

/** Builds one test variant (E2E_BUILD=1) and fails with WXT's output when the build fails. */
function build(args: string[]): void {
  try {
    execFileSync(process.execPath, [resolve(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build', ...args], {
      cwd: ROOT,
      env: { ...process.env, E2E_BUILD: '1', NO_COLOR: '1' },
      stdio: 'pipe',
    });
  } catch (err) {
    const e = err as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`E2E test build failed (wxt build ${args.join(' ')}):\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

/**
 * Runs once per e2e run: checks the browsers exist, then builds the Chrome and
 * Firefox test variants into .output-test/ (skip with E2E_SKIP_BUILD=1).
 */
export default function setup(): void {
  const missing = missingBrowsersMessage();
  if (missing) {
    // One clear line instead of a launcher stack trace.
    const err = new Error(missing);
    err.stack = missing;
    throw err;
  }
  if (process.env.E2E_SKIP_BUILD === '1') {
    for (const dir of [CHROME_TEST_BUILD, FIREFOX_TEST_BUILD]) {
      if (!existsSync(resolve(dir, 'manifest.json')))
        throw Object.assign(new Error(`E2E_SKIP_BUILD=1 but ${dir} has no build`), { stack: '' });
    }
    return;
  }
  build([]);
  build(['-b', 'firefox']);
}
