import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

/** Repository root. */
export const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Builds the shipped (non-e2e) extension for Chrome and Firefox into a fresh
 * temporary folder, so the static checks see the current sources rather than
 * whatever an earlier build left in .output. Returns the two build folders.
 */
export function buildRelease(): { chrome: string; firefox: string } {
  const out = mkdtempSync(join(tmpdir(), 'aw-trust-build-'));
  const script = `
    import { build } from 'wxt';
    const quiet = { info() {}, warn() {}, debug() {}, success() {}, log() {}, error: console.error, fatal: console.error, level: 0 };
    for (const browser of ['chrome', 'firefox']) await build({ outDir: ${JSON.stringify(out)}, browser, logger: quiet });
  `;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    env: { ...process.env, E2E_BUILD: '', NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return { chrome: join(out, 'chrome-mv3'), firefox: join(out, 'firefox-mv2') };
}

/** Every file under `dir` (relative paths) whose name ends with one of `exts`. */
export function filesIn(dir: string, exts: string[]): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (exts.some((e) => name.endsWith(e))) found.push(relative(dir, p));
    }
  };
  walk(dir);
  return found.sort();
}

/** Reads a build file as text. */
export function readBuildFile(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}
