import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvField } from '../../../utils/csv';
import { toCsv, toExportRows, toJson } from '../../../utils/research/export';
import { looksLikeFormula } from '../../../utils/csv';
import { parseExport } from '../../../utils/research/import';
import { mergeLogs } from '../../../utils/research/merge';
import { recordVisits } from '../../../utils/research/record';
import { observationFromView } from '../../../utils/research/observe';
import { EXPORT_COLUMNS, type LogEntry } from '../../../utils/research/model';
import { CSV_HEADER } from '../../../utils/recognition/lookup';
import { busyOrganisations, viewFor } from './views';
import { parseCsv } from '../../fixtures/csv';

const NOW = new Date('2026-11-02T12:00:00.000Z');

function realLog(): LogEntry[] {
  const [a, b] = busyOrganisations();
  const views = [viewFor('https://www.a.nl/x?q=1', a), viewFor('https://b.nl/', b), viewFor('https://a.nl/', a)];
  return recordVisits(
    [],
    views.map((v, i) => observationFromView(v, true, new Date(NOW.getTime() - i * 1000))!),
  );
}

describe('CSV export', () => {
  it('quotes commas, quotes and newlines (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('zeg "ja"')).toBe('"zeg ""ja"""');
    expect(csvField('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(7)).toBe('7');
  });

  it('defuses spreadsheet formulas in register text', () => {
    expect(csvField('=HYPERLINK("http://x.example","klik")')).toBe('"\'=HYPERLINK(""http://x.example"",""klik"")"');
    expect(csvField('+31 20')).toBe("'+31 20");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('Gemeente = stad')).toBe('Gemeente = stad');
  });

  it('has a BOM, CRLF line ends, the documented header, and one row per (site, algorithm)', () => {
    const log = realLog();
    const csv = toCsv(log);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...EXPORT_COLUMNS]);
    expect(rows[0].slice(0, 10).join(',')).toBe(CSV_HEADER);
    const expectedRows = log.reduce((n, e) => n + Math.max(1, e.algorithms.length), 0);
    expect(rows.length - 1).toBe(expectedRows);
    const lars = rows.slice(1).map((r) => `${r[1]}|${r[5]}`);
    expect(new Set(lars).size).toBe(lars.length);
    expect(csv).not.toContain('q=1');
  });

  it('round-trips awkward names through CSV', () => {
    const [entry] = realLog();
    const nasty = 'Gemeente "Test", afdeling\r\nWerk & Inkomen';
    const csv = toCsv([{ ...entry, organization: nasty, algorithms: [{ ...entry.algorithms[0], algorithm_name: 'a,"b"\nc' }] }]);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(2);
    expect(rows[1][2]).toBe(nasty);
    expect(rows[1][6]).toBe('a,"b"\nc');
  });

  it('round-trips any text in names (property, fast-check)', () => {
    const [entry] = realLog();
    const text = fc.string({ unit: fc.constantFrom('a', 'é', ',', '"', '\r', '\n', '\r\n', ' ', ';', '\u2028', '😀'), maxLength: 40 });
    fc.assert(
      fc.property(text, text, (org, name) => {
        const csv = toCsv([{ ...entry, organization: org, algorithms: [{ ...entry.algorithms[0], algorithm_name: name }] }]);
        const rows = parseCsv(csv.slice(1));
        // Text a spreadsheet would run as a formula (here: a leading CR/LF after optional spaces) comes back with the guard's apostrophe.
        const shown = (t: string) => (looksLikeFormula(t) ? `'${t}` : t);
        return rows.length === 2 && rows[1].length === EXPORT_COLUMNS.length && rows[1][2] === shown(org) && rows[1][6] === shown(name);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a site without register entries as one row with empty algorithm columns', () => {
    const [entry] = realLog();
    const rows = toExportRows([{ ...entry, algorithms: [] }]);
    expect(rows).toHaveLength(1);
    expect(rows[0].lars).toBe('');
  });
});

describe('JSON export and import', () => {
  it('round-trips the log exactly', () => {
    const log = realLog();
    const parsed = parseExport(toJson(log, NOW));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(mergeLogs([], parsed.entries)).toEqual(log);
  });

  it('importing the same export twice adds no duplicates', () => {
    const log = realLog();
    const json = toJson(log, NOW);
    const once = parseExport(json);
    if (!once.ok) throw new Error(once.errors.join());
    const twice = mergeLogs(mergeLogs(log, once.entries), once.entries);
    expect(twice).toEqual(log);
  });

  it.each([
    ['not json', 'nope'],
    ['wrong format', JSON.stringify({ format: 'other', rows: [] })],
    ['query in path', null],
    ['bad host', null],
  ])('rejects %s with readable errors', (what, text) => {
    let json = text;
    if (!json) {
      const doc = JSON.parse(toJson(realLog(), NOW));
      if (what === 'query in path') doc.rows[0].path = '/a?b=1';
      else doc.rows[0].host = 'evil.nl/<script>';
      json = JSON.stringify(doc);
    }
    const r = parseExport(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join(' ')).toMatch(/\w/);
  });
});

describe('CSV column order', () => {
  it('writes every row in EXPORT_COLUMNS order', () => {
    const log = realLog();
    const rows = parseCsv(toCsv(log).slice(1));
    const expected = toExportRows(log).map((r) => EXPORT_COLUMNS.map((c) => String(r[c])));
    expect(rows.slice(1)).toEqual(expected);
  });
});
