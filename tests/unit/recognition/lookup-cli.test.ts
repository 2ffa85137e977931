import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../scripts/domains/csv';
import { SCRAPE_FILE } from '../../../scripts/data/paths';
import { CSV_HEADER } from '../../../utils/recognition/lookup';
import { csvField } from '../../../utils/csv';

const root = join(import.meta.dirname, '..', '..', '..');
/** Runs what `npm run lookup` runs: the launcher that (re)builds and runs the bundled CLI. */
function lookup(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'lookup-cli.mjs'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run lookup', () => {
  it('prints one jsonl object per URL in the documented shape, and goes on after a bad URL', () => {
    const { status, stdout, stderr } = lookup([
      'https://www.uwv.nl/particulieren',
      'not a url',
      'https://login.digid.nl/',
      'https://www.rijksoverheid.nl/ministeries/ministerie-van-financien',
    ]);
    expect(status).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    for (const l of lines) expect(Object.keys(l)).toEqual(['url', 'host', 'organization', 'match', 'algorithms']);
    expect(lines[0]).toMatchObject({
      host: 'www.uwv.nl',
      match: 'domain',
      organization: { name: 'Uitvoeringsinstituut Werknemersverzekeringen' },
    });
    expect(lines[0].algorithms.length).toBeGreaterThan(0);
    expect(Object.keys(lines[0].algorithms[0])).toEqual(['lars', 'name', 'publication_category', 'status', 'register_url']);
    expect(lines[1]).toEqual({ url: 'not a url', host: '', organization: null, match: 'none', algorithms: [] });
    expect(lines[2]).toMatchObject({ match: 'transit', organization: null, algorithms: [] });
    expect(lines[3]).toMatchObject({ match: 'path', organization: { name: 'Ministerie van Financiën' } });
    expect(stderr).toContain('not a URL: "not a url"');
  });

  it('reads URLs from stdin and writes RFC 4180 csv, one row per (url, algorithm)', () => {
    const { status, stdout } = lookup(['--format', 'csv'], 'https://www.nuenen.nl/\nhttps://nos.nl/\n\n');
    expect(status).toBe(0);
    expect(stdout.startsWith(CSV_HEADER + '\r\n')).toBe(true);
    const rows = readCsv(stdout);
    expect(rows[0].join(',')).toBe(CSV_HEADER);
    const nuenen = rows.filter((r) => r[0] === 'https://www.nuenen.nl/');
    expect(nuenen.length).toBeGreaterThan(0);
    // the organisation name holds a comma: it must come back whole
    for (const r of nuenen) expect(r.slice(2, 5)).toEqual(['Gemeente Nuenen, Gerwen en Nederwetten', 'gm0820', 'domain']);
    expect(stdout).toContain('"Gemeente Nuenen, Gerwen en Nederwetten"');
    const nos = rows.filter((r) => r[0] === 'https://nos.nl/');
    expect(nos).toEqual([['https://nos.nl/', 'nos.nl', '', '', 'none', '', '', '', '', '']]);
    for (const r of rows) expect(r).toHaveLength(10);
  });

  it('takes another snapshot with --snapshot (here: the raw scrape)', () => {
    const scrape = SCRAPE_FILE;
    const { status, stdout } = lookup(['--snapshot', scrape, 'https://www.amsterdam.nl/']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).algorithms.length).toBe(70);
  });

  it('spells organisations as the given snapshot does (a later register renamed one)', () => {
    const snap = JSON.parse(readFileSync(join(root, 'public', 'generated', 'register-snapshot.json'), 'utf8'));
    const old = 'Nederlandse Zorgautoriteit (NZa)';
    for (const o of snap.organizations) if (o.name === old) o.name = 'Nederlandse Zorgautoriteit';
    for (const a of snap.algorithms) if (a.organization === old) a.organization = 'Nederlandse Zorgautoriteit';
    const file = join(mkdtempSync(join(tmpdir(), 'aw-lookup-')), 'snapshot.json');
    writeFileSync(file, JSON.stringify(snap));
    const { stdout } = lookup(['--snapshot', file, 'https://www.nza.nl/']);
    const line = JSON.parse(stdout);
    expect(line.organization.name).toBe('Nederlandse Zorgautoriteit');
    expect(line.algorithms.length).toBe(5);
  });

  it('quotes csv fields per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
  });
});
