import * as v from 'valibot';
import type { Algorithm } from '../model';
import { emptyReport } from '../report';
import { toAlgorithm } from '../validate';
import { registerState, type SourceResult } from './scrape';

/**
 * The register's bulk download `GET /api/downloads/site-data/json`:
 * `{algoritme_versions: [...], organisation_details: [...]}` (standard 1.0 shape,
 * one version per language). Only Dutch (`NLD`) published versions are used;
 * organisation types come from `organisation_details` (Dutch names).
 */
export const SiteDataSchema = v.looseObject({
  algoritme_versions: v.array(v.unknown()),
  organisation_details: v.optional(v.array(v.unknown()), []),
});

export function isSiteData(json: unknown): boolean {
  return v.is(SiteDataSchema, json);
}

const OrgDetail = v.looseObject({ name: v.string(), type: v.nullish(v.string()), language: v.nullish(v.string()) });

export function convertSiteData(json: unknown, label = 'site-data'): SourceResult {
  const file = v.parse(SiteDataSchema, json);
  const report = emptyReport();
  const algorithms: Algorithm[] = [];
  file.algoritme_versions.forEach((raw, i) => {
    const r = (raw ?? {}) as Record<string, unknown>;
    if (r.language !== undefined && r.language !== null && r.language !== 'NLD') return;
    if ((r.state !== undefined && r.state !== 'PUBLISHED') || r.published === false) {
      return void report.skipped.push({ lars: null, at: `${label} #${i}`, reason: 'not published' });
    }
    const a = toAlgorithm(raw, `${label} #${i}`, report);
    if (a) algorithms.push(a);
  });
  const organization_types = new Map<string, string>();
  for (const raw of file.organisation_details) {
    const o = v.safeParse(OrgDetail, raw);
    if (o.success && (o.output.language ?? 'NLD') === 'NLD' && o.output.type) organization_types.set(o.output.name, o.output.type);
  }
  return { algorithms, report, register_state: registerState(algorithms, algorithms.length), organization_types };
}
