/**
 * The public repository stands alone: no tracked file reaches outside it for
 * data or docs, and `npm run data` regenerates the committed files exactly.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataArgs, sourcesDate } from '@/scripts/data';
import { buildSnapshot } from '@/scripts/snapshot/build';
import { loadReference } from '@/scripts/snapshot/reference';
import { generate } from '@/scripts/domains';
import { DOMAINS_FILE, REFERENCE_DIR, ROOT, SNAPSHOT_FILE, SOURCES } from '@/scripts/data/paths';

/**
 * A path out of the repository into the workplace's folder beside it, written
 * as one string or joined from parts (spelled in parts so this file does not
 * match itself).
 */
const NAME = ['sha', 'red'].join('');
const OUTSIDE = new RegExp(`\\.\\./${NAME}|/${NAME}/(data|docs)|'\\.\\.',\\s*'${NAME}'|'${NAME}',\\s*'(data|docs)'`);

function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
}

describe('a repository that stands alone', () => {
  it('no tracked file refers to the shared folder beside the repository', () => {
    const offenders = trackedFiles().filter((file) => {
      const text = readFileSync(join(ROOT, file));
      return !text.includes(0) && OUTSIDE.test(text.toString('utf8'));
    });
    expect(offenders).toEqual([]);
  });

  it('the pattern catches the references it is meant to catch', () => {
    const name = NAME;
    for (const line of [
      `resolve(ROOT, "../${name}/data/register")`,
      `join(ROOT, '../${name}')`,
      `see /work/${name}/docs/DOMAIN.md`,
      `join(root, '..', '${name}', 'data', 'register')`,
    ]) {
      expect(OUTSIDE.test(line), line).toBe(true);
    }
    expect(OUTSIDE.test('a shared platform, shared/common')).toBe(false);
  });

  it('every source file the data build reads is tracked, with provenance and licences', () => {
    const tracked = new Set(trackedFiles());
    const sources = trackedFiles().filter((f) => f.startsWith('scripts/data/sources/'));
    expect(sources.length).toBeGreaterThan(20);
    for (const f of ['PROVENANCE.md', 'LICENSES/EUPL-1.2.txt', 'LICENSES/MIT-pqscan-nl.txt', 'LICENSES/CC0-1.0.txt']) {
      expect(tracked.has(`scripts/data/sources/${f}`), f).toBe(true);
    }
    const provenance = readFileSync(join(SOURCES, 'PROVENANCE.md'), 'utf8');
    for (const f of sources.filter((s) => /\.(json|csv|tsv)$/.test(s))) {
      const dir = f.replace('scripts/data/sources/', '').split('/')[0];
      expect(provenance, f).toContain(`${dir}/`);
    }
  });
});

describe('npm run data', () => {
  it('stamps the data with the sources own date, not the clock', () => {
    expect(sourcesDate()).toBe('2026-08-08T06:20:11.000Z');
  });

  it('rebuilds the committed register snapshot byte for byte', async () => {
    const { snapshot } = await buildSnapshot(dataArgs('/dev/null'), loadReference(REFERENCE_DIR));
    expect(JSON.stringify(snapshot) === readFileSync(SNAPSHOT_FILE, 'utf8')).toBe(true);
  });

  it('rebuilds the committed domain table byte for byte', () => {
    expect(JSON.stringify(generate().table) + '\n' === readFileSync(DOMAINS_FILE, 'utf8')).toBe(true);
  });
});
