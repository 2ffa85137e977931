/**
 * Prints the one line CI reads: `N passed, N failed`.
 *
 *   npx tsx scripts/count-results.ts <vitest-json>... [--failed <step>]...
 *
 * Sums passed and failed tests over vitest JSON reports. Tests that could not
 * run because their file or suite failed count as failed; a report that is
 * missing or unreadable (the run crashed before writing it) and
 * every `--failed <step>` (typecheck, lint) each count as one failure, so the
 * line never looks better than the run was. Exits 1 when anything failed.
 */
import { existsSync, readFileSync } from 'node:fs';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  success?: boolean;
  testResults?: { name: string; status: string; assertionResults: { status: string }[] }[];
}

/**
 * Passed/failed counts of one report file. Tests that never ran because their
 * file or suite failed (a beforeAll hook, an import) count as failed, at least
 * one per such file; a missing or broken report counts as one failure.
 */
function countReport(file: string): { passed: number; failed: number; notes: string[] } {
  if (!existsSync(file)) return { passed: 0, failed: 1, notes: [`${file}: no report (run crashed?)`] };
  let r: VitestJson;
  try {
    r = JSON.parse(readFileSync(file, 'utf8')) as VitestJson;
  } catch {
    return { passed: 0, failed: 1, notes: [`${file}: unreadable report`] };
  }
  let failed = r.numFailedTests;
  const notes: string[] = [];
  for (const f of r.testResults ?? []) {
    const statuses = f.assertionResults.map((a) => a.status);
    if (f.status !== 'failed' || statuses.includes('failed')) continue;
    const notRun = Math.max(1, statuses.filter((s) => s !== 'passed' && s !== 'todo').length);
    failed += notRun;
    notes.push(`${f.name}: failed outside its tests; ${notRun} counted as failed`);
  }
  if (failed === 0 && r.success === false) {
    failed = 1;
    notes.push(`${file}: run failed outside tests (e.g. global setup or an unhandled error)`);
  }
  return { passed: r.numPassedTests, failed, notes };
}

function main(args: string[]): number {
  let passed = 0;
  let failed = 0;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--failed') {
      failed += 1;
      console.error(`failed step: ${args[++i]}`);
      continue;
    }
    const c = countReport(args[i]);
    passed += c.passed;
    failed += c.failed;
    c.notes.forEach((n) => console.error(n));
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

process.exit(main(process.argv.slice(2)));
