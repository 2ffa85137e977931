import type { Algorithm, RegisterState, Snapshot } from './model';
import type { ConversionReport } from './report';
import { enrich, type Enrichment, type MergeReport } from './merge';
import { buildOrganizations, type OrgReference } from './organizations';
import { finalizeSnapshot } from './snapshot';

/** The current register data (scrape, API download or site-data) that defines which algorithms exist. */
export interface BaseSource {
  label: string;
  algorithms: Algorithm[];
  report: ConversionReport;
  register_state: RegisterState | null;
  organization_types?: Map<string, string>;
}

/** Older registrations that may fill empty fields of base entries; never add entries. */
export interface EnrichmentSource {
  label: string;
  entries: Enrichment[];
  report: ConversionReport;
}

export interface CombineResult {
  snapshot: Snapshot;
  merges: MergeReport[];
  org_id_from_reference: { organizations: number; algorithms: number };
}

/** Base + enrichments + org reference → one finished snapshot. */
export async function combineSources(
  base: BaseSource,
  enrichments: EnrichmentSource[],
  options: { reference?: OrgReference[]; source: string; generated_at: string },
): Promise<CombineResult> {
  let algorithms = base.algorithms;
  const merges: MergeReport[] = [];
  for (const extra of enrichments) {
    const merged = enrich(algorithms, extra.entries, extra.label);
    algorithms = merged.algorithms;
    merges.push(merged.report);
  }
  const orgs = buildOrganizations(algorithms, options.reference ?? [], base.organization_types);
  const snapshot = await finalizeSnapshot({
    algorithms: orgs.algorithms,
    organizations: orgs.organizations,
    source: options.source,
    generated_at: options.generated_at,
    register_state: base.register_state,
  });
  return { snapshot, merges, org_id_from_reference: orgs.org_id_from_reference };
}

/** Current entries used as enrichment (by lars) for another base. */
export function asEnrichment(algorithms: Algorithm[]): Enrichment[] {
  return algorithms.map(({ lars, organization, name, register_url: _, ...fields }) => ({
    lars,
    organization,
    name,
    at: `lars ${lars}`,
    fields,
  }));
}
