/**
 * Field lists shared by the register modules. A module of its own, with no
 * code imports, so the popup (which diffs snapshots for "Nieuw sinds") does not
 * pull the record normaliser of fields.ts into its first load.
 */
import type { AlgorithmDetails } from './fields';

/**
 * What a registration tells a citizen about an algorithm, beyond its identity:
 * the texts, links, themes, groupings and date of use. One list, so that what
 * counts as an edit (changes.ts) and what an older registration may fill in
 * (merge.ts) cannot drift apart.
 */
export const DESCRIPTIVE_FIELDS = [
  'description_short',
  'goal',
  'human_intervention',
  'risks',
  'proportionality',
  'lawful_basis',
  'lawful_basis_grouping',
  'impacttoetsen',
  'impacttoetsen_grouping',
  'source_data',
  'themes',
  'contact_email',
  'website',
  'begin_date',
] as const satisfies readonly (keyof AlgorithmDetails)[];
