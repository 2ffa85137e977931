/**
 * The extension's one CSV writer (RFC 4180), used by the research-log export,
 * the register change export and `npm run lookup -- --format csv`.
 *
 * Formula guard: text that a spreadsheet would run as a formula gets a leading
 * apostrophe. That is text whose first character is = + - @, TAB, CR or LF,
 * also when only whitespace comes before it (spreadsheets trim it away):
 * register text and web addresses are untrusted. Numbers are written as they are.
 */

/** The byte-order mark that makes spreadsheet programs read the file as UTF-8. */
export const BOM = '\uFEFF';

/** Line end between records (RFC 4180). */
export const CSV_EOL = '\r\n';

// Leading whitespace of any kind (incl. NBSP, which some spreadsheets trim), then a formula trigger.
const FORMULA = /^[\s\u00a0\u2000-\u200b\u3000\ufeff]*[=+\-@\t\r\n]/;

/** Whether a spreadsheet could read `text` as a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA.test(text);
}

/** One CSV field: guarded against formulas, quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: string | number | null | undefined): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = value ?? '';
  const s = looksLikeFormula(text) ? `'${text}` : text;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV record (no line end). */
export function csvRecord(values: readonly (string | number | null | undefined)[]): string {
  return values.map(csvField).join(',');
}
