/**
 * `npm run lint:firefox`: builds the Firefox extension (.output/firefox-mv2)
 * and runs Mozilla's `web-ext lint` on it, the same checks as addons.mozilla.org.
 * Fails on any error; prints every error and warning and one count line.
 * `--no-build` lints the existing build (CI builds just before).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

const root = resolve(import.meta.dirname ?? '.', '..');
const source = resolve(root, '.output/firefox-mv2');
const bin = (p: string) => resolve(root, 'node_modules', p);

if (!process.argv.includes('--no-build') || !existsSync(resolve(source, 'manifest.json'))) {
  try {
    execFileSync(process.execPath, [bin('wxt/bin/wxt.mjs'), 'build', '-b', 'firefox'], {
      cwd: root,
      stdio: 'pipe',
      env: { ...process.env, E2E_BUILD: '' },
    });
  } catch (err) {
    const e = err as { stdout?: Buffer; stderr?: Buffer };
    console.error(`Firefox build failed, nothing to lint:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
    process.exit(1);
  }
}

const run = spawnSync(process.execPath, [bin('web-ext/bin/web-ext.js'), 'lint', '-s', source, '--no-input', '--output', 'json'], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let report: LintReport;
try {
  report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')));
} catch {
  console.error(`web-ext lint gave no JSON report:\n${run.stdout}${run.stderr}`);
  process.exit(1);
}

const show = (kind: string, m: LintMessage) => console.log(`${kind} ${m.code} ${m.file ?? ''}: ${m.message}`);
report.errors.forEach((m) => show('ERROR', m));
report.warnings.forEach((m) => show('warning', m));
const { errors, warnings, notices } = report.summary;
console.log(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors > 0 ? 1 : 0);
