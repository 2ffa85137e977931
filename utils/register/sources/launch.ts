import * as v from 'valibot';
import type { AlgorithmDetails } from '../fields';
import { detailFields } from '../fields';
import { maxLength } from '../limits';
import { emptyReport, type ConversionReport } from '../report';

/**
 * The 90 records of the register's launch in December 2022 (standard 0.1,
 * MinBZK/Algoritmeregister init_testdata.sql, EUPL-1.2). They have their own
 * numeric ids, not lars, so they can only be tied to current entries by
 * organisation + name. Their `dpia` is 1 in all 90 records, also in the 38
 * that are otherwise empty: a database default, not an answer, so it is not used.
 * `status` is not used either: a 2022 status says nothing about today.
 */
export const LaunchRecordSchema = v.looseObject({
  id: v.union([v.number(), v.string()]),
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(maxLength('name'))),
  organization: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(maxLength('organization'))),
  uuid: v.optional(v.string()),
});

/** Older fields for an algorithm that exists elsewhere; matched by organisation + name. */
export interface LegacyEntry {
  organization: string;
  name: string;
  lars: string | null;
  at: string;
  fields: Partial<AlgorithmDetails>;
}

/** Fields worth carrying from a launch record into the current entry. */
export const LAUNCH_FIELDS = [
  'description_short',
  'contact_email',
  'website',
  'goal',
  'human_intervention',
  'risks',
  'proportionality',
  'lawful_basis',
  'themes',
  'objection_procedure',
  'area',
] as const satisfies readonly (keyof AlgorithmDetails)[];

export function isLaunchFile(json: unknown): boolean {
  return Array.isArray(json) && json.length > 0 && json.every((r) => v.is(LaunchRecordSchema, r) && 'objection_procedure' in (r as object));
}

export function convertLaunch(json: unknown, label = 'launch'): { entries: LegacyEntry[]; report: ConversionReport } {
  const report = emptyReport();
  const entries: LegacyEntry[] = [];
  v.parse(v.array(v.unknown()), json).forEach((raw, i) => {
    const at = `${label} #${i}`;
    const parsed = v.safeParse(LaunchRecordSchema, raw);
    if (!parsed.success) return void report.skipped.push({ lars: null, at, reason: parsed.issues[0].message });
    // dpia (a database default) and status (2022) are left out on purpose, see above.
    const { dpia: _d, status: _s, ...usable } = raw as Record<string, unknown>;
    const details = detailFields(usable, { lars: null, at, notes: report.notes });
    const fields: Partial<AlgorithmDetails> = {};
    for (const key of LAUNCH_FIELDS) (fields as Record<string, unknown>)[key] = details[key];
    entries.push({ organization: parsed.output.organization, name: parsed.output.name, lars: null, at, fields });
  });
  return { entries, report };
}
