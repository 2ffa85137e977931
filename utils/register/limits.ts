/**
 * Maximum field lengths of publication standard 1.0
 * (scripts/data/sources/register/publicatiestandaard-v1_0.json; a unit test checks
 * this table against that file). The register does not always enforce them,
 * and older standards allowed more, so we accept up to LENGTH_MARGIN times the
 * maximum. Beyond that a text field is cut (and the cut reported), a link
 * field is dropped (a cut link is a wrong link), and an identity field
 * (lars, name, organization) rejects the record.
 */
export const STANDARD_MAX_LENGTH = {
  name: 100,
  description_short: 400,
  organization: 100,
  contact_email: 500,
  website: 500,
  url: 500,
  goal: 2500,
  proportionality: 2500,
  human_intervention: 2500,
  risks: 2500,
  lawful_basis: 2500,
  impacttoetsen: 2500,
  source_data: 2500,
  methods_and_models: 5000,
  begin_date: 7,
  end_date: 7,
  grouping_title: 100,
  grouping_link: 500,
} as const;

/** Generous margin over the standard's maximum before we cut or reject. */
export const LENGTH_MARGIN = 2;

/** Fields the standard does not limit but we still bound (legacy text, themes). */
export const LEGACY_MAX_LENGTH = 5000;

/** The accepted maximum for a field (standard × margin, or the legacy bound). */
export function maxLength(field: keyof typeof STANDARD_MAX_LENGTH | 'legacy'): number {
  return field === 'legacy' ? LEGACY_MAX_LENGTH : STANDARD_MAX_LENGTH[field] * LENGTH_MARGIN;
}
