import * as v from 'valibot';
import type { Algorithm } from './model';
import { maxLength } from './limits';
import { detailFields } from './fields';
import type { ConversionReport } from './report';
import { SyncError } from './errors';

/** Public page of one algorithm in the register. */
export function registerUrl(lars: string): string {
  return `https://algoritmes.overheid.nl/nl/algoritme/${encodeURIComponent(lars)}`;
}

/** The list endpoint's response as a whole: anything else rejects the page. */
export const ListResponseSchema = v.looseObject({
  results: v.array(v.unknown(), 'results is not a list'),
  total_count: v.pipe(
    v.number('total_count is not a number'),
    v.integer('total_count is not an integer'),
    v.minValue(0, 'total_count is negative'),
  ),
});
export type ListResponse = v.InferOutput<typeof ListResponseSchema>;

const requiredText = (field: 'name' | 'organization') =>
  v.pipe(
    v.string(`${field}: not a string`),
    v.trim(),
    v.minLength(1, `${field}: empty`),
    v.maxLength(maxLength(field), `${field}: longer than ${maxLength(field)} characters`),
  );

/** What a record needs to be usable at all. */
export const IdentitySchema = v.looseObject({
  lars: v.pipe(v.string('lars: not a string'), v.trim(), v.regex(/^\d{1,20}$/, 'lars: not a register number')),
  name: requiredText('name'),
  organization: requiredText('organization'),
});

/** Check a parsed list response; throws SyncError('malformed') naming the first problem. */
export function parseListResponse(json: unknown, where: string): ListResponse {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new SyncError('malformed', `${where}: response is not an object`);
  }
  if (!('results' in json)) throw new SyncError('malformed', `${where}: results is not a list`);
  if (!('total_count' in json)) throw new SyncError('malformed', `${where}: total_count is not a number`);
  const result = v.safeParse(ListResponseSchema, json);
  if (!result.success) throw new SyncError('malformed', `${where}: ${result.issues[0].message}`);
  return result.output;
}

/** A readable reason for a validation issue: a missing key says "<key>: missing". */
function reasonOf(issue: v.BaseIssue<unknown>): string {
  const key = issue.path?.map((p) => String(p.key)).join('.');
  return issue.input === undefined && key ? `${key}: missing` : issue.message;
}

/** The lars of a raw record if it has a usable one (for de-duplication and reports). */
export function rawLars(raw: unknown): string | null {
  const lars = (raw as { lars?: unknown } | null)?.lars;
  return typeof lars === 'string' && /^\d{1,20}$/.test(lars.trim()) ? lars.trim() : null;
}

/**
 * One register record (API or site-data shape) → Algorithm, or null when it
 * cannot be used (the reason goes to report.skipped). Field problems go to report.notes.
 */
export function toAlgorithm(raw: unknown, at: string, report: ConversionReport): Algorithm | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    report.skipped.push({ lars: null, at, reason: 'record is not an object' });
    return null;
  }
  const identity = v.safeParse(IdentitySchema, raw);
  if (!identity.success) {
    report.skipped.push({ lars: rawLars(raw), at, reason: reasonOf(identity.issues[0]) });
    return null;
  }
  const { lars, name, organization } = identity.output;
  const details = detailFields(raw as Record<string, unknown>, { lars, at, notes: report.notes });
  const { org_id, ...rest } = details;
  return { lars, name, organization, org_id, register_url: registerUrl(lars), ...rest };
}
