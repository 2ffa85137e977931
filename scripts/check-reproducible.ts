/**
 * `npm run check:reproducible`: builds the release zips twice — here and in a
 * copy of the project at another path — and fails unless every zip is
 * byte-identical. Store reviewers rebuild from the sources zip and the
 * lockfile; this proves they get what we ship.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = process.cwd();

/** Runs the release zips in `dir` and returns sha256 per zip file name. */
function zipHashes(dir: string): Map<string, string> {
  rmSync(join(dir, '.output'), { recursive: true, force: true });
  const run = (args: string[]) =>
    execFileSync('npx', ['wxt', 'zip', ...args], { cwd: dir, stdio: 'pipe', env: { ...process.env, E2E_BUILD: '' } });
  run([]);
  run(['-b', 'firefox']);
  const out = join(dir, '.output');
  const hashes = new Map<string, string>();
  for (const name of readdirSync(out)
    .filter((f) => f.endsWith('.zip'))
    .sort()) {
    hashes.set(
      name,
      createHash('sha256')
        .update(readFileSync(join(out, name)))
        .digest('hex'),
    );
  }
  return hashes;
}

/** Copies the tracked and untracked-but-not-ignored files to a fresh folder. */
function copyProject(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'aw-repro-')), 'algoritmewijzer');
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: root }).toString().split('\0').filter(Boolean);
  for (const f of files) cpSync(join(root, f), join(dir, f), { recursive: true, force: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  execFileSync('npx', ['wxt', 'prepare'], { cwd: dir, stdio: 'pipe' });
  return dir;
}

/** Files a reviewer needs to rebuild the package; the sources zip must hold each. */
const REBUILD_FILES = [
  'package.json',
  'package-lock.json',
  'wxt.config.ts',
  'README.md',
  'entrypoints/background.ts',
  'public/generated/register-snapshot.json',
];

/** Names missing from a zip (file names are stored uncompressed in its directory). */
function missingFrom(zipPath: string, names: string[]): string[] {
  const bytes = readFileSync(zipPath).toString('latin1');
  return names.filter((n) => !bytes.includes(n));
}

const first = zipHashes(root);
const sourcesZip = readdirSync(join(root, '.output')).find((f) => f.endsWith('-sources.zip'));
const missing = sourcesZip ? missingFrom(join(root, '.output', sourcesZip), REBUILD_FILES) : REBUILD_FILES;
if (missing.length) {
  console.error(`the sources zip lacks what a reviewer needs to rebuild: ${missing.join(', ')}`);
  process.exit(1);
}
const copy = copyProject();
const second = zipHashes(copy);
rmSync(dirname(copy), { recursive: true, force: true });

let differ = 0;
for (const [name, hash] of first) {
  const other = second.get(name);
  const same = other === hash;
  if (!same) differ++;
  console.log(`${same ? 'same' : 'DIFFERENT'}  ${name}  ${hash.slice(0, 16)}${same ? '' : ` vs ${other?.slice(0, 16) ?? 'missing'}`}`);
}
if (first.size < 3) {
  console.error(`expected chrome, firefox and sources zips, got ${first.size}`);
  process.exit(1);
}
console.log(differ ? `${differ} zip(s) differ between builds` : `all ${first.size} zips are byte-identical across two builds`);
process.exit(differ ? 1 : 0);
