import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvField, looksLikeFormula } from '../../../utils/csv';
import { readCsv } from '../../../scripts/domains/csv';

const TRIGGERS = [
  '=1+1',
  '+31 20',
  '-2',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
  '\n=1',
  ' =1',
  '  \t+1',
  ' \r\n@x',
  '\u00a0=1',
  '\ufeff=1',
  '\t',
  '\r',
  '\n',
];

describe('one CSV writer, formula-guarded', () => {
  it.each(TRIGGERS)('guards %j (leading = + - @ TAB CR LF, also after leading whitespace)', (text) => {
    expect(looksLikeFormula(text)).toBe(true);
    const field = csvField(text);
    const [[read]] = readCsv(field);
    expect(read).toBe(`'${text}`);
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['Gemeente = stad', 'UWV', '', 'a-b', '2026-01-01']) expect(csvField(text)).toBe(text);
    expect(csvField(7)).toBe('7');
  });

  it('npm run lookup -- --format csv guards URLs and register text the same way', () => {
    const root = join(import.meta.dirname, '..', '..', '..');
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'lookup.ts'), '--format', 'csv'], {
      cwd: root,
      input: '=HYPERLINK("http://evil.example","klik")\n@SUM(1)\n',
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const rows = readCsv(run.stdout);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['\'=HYPERLINK("http://evil.example","klik")', "'@SUM(1)"]);
  });
});
