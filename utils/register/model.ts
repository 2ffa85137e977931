/**
 * The snapshot: the register as the extension and the command line use it.
 * Values are spelled as the register spells them ("Impactvolle algoritmes",
 * "In gebruik"); null where the source does not say. Nothing is invented.
 */

/** Version string of the snapshot file format. Bump when the shape changes. */
export const SNAPSHOT_FORMAT = 'algoritmewijzer-snapshot/1';

/** The three publication categories of standard 1.0, as the register spells them. */
export const PUBLICATION_CATEGORIES = ['Hoog-risico AI-systeem', 'Impactvolle algoritmes', 'Overige algoritmes'] as const;
export type PublicationCategory = (typeof PUBLICATION_CATEGORIES)[number];

export const STATUSES = ['In ontwikkeling', 'In gebruik', 'Buiten gebruik'] as const;
export type Status = (typeof STATUSES)[number];

/** A title with an optional link, as in `lawful_basis_grouping` / `impacttoetsen_grouping`. */
export interface LinkedTitle {
  title: string;
  link: string | null;
}

/** One algorithm entry. Core fields first; details may be null for reduced sources. */
export interface Algorithm {
  lars: string;
  name: string;
  organization: string;
  org_id: string | null;
  /** One of PUBLICATION_CATEGORIES, the register's own unknown value kept verbatim, or null. */
  publication_category: string | null;
  /** One of STATUSES, or null. */
  status: string | null;
  description_short: string | null;
  /** E-mail address or https URL: the official channel for questions. */
  contact_email: string | null;
  website: string | null;
  register_url: string;
  // Details (standard 1.0; HTML restricted to div, br, p, ul, ol, li — sanitise before rendering).
  goal: string | null;
  human_intervention: string | null;
  risks: string | null;
  proportionality: string | null;
  lawful_basis: string | null;
  lawful_basis_grouping: LinkedTitle[];
  impacttoetsen: string | null;
  impacttoetsen_grouping: LinkedTitle[];
  source_data: string | null;
  /** Themes (`category` in the standard). */
  themes: string[];
  begin_date: string | null;
  /**
   * `publication_dt` where a source has it, else the day of `create_dt` — which
   * in the register is the LAST EDIT of the published version, not when it was
   * published (YYYY-MM-DD). Shown as "laatste wijziging in het register".
   */
  publication_date: string | null;
  // Legacy fields (standards 0.1–0.4) that still matter to citizens.
  objection_procedure: string | null;
  iama: string | null;
  dpia: string | null;
  area: string | null;
  /** When the register created this version (ISO from the API, or YYYY-MM-DD from the scrape); absent in older snapshots. */
  create_dt?: string | null;
  /**
   * Fields filled in from an OLDER registration of the same algorithm (e.g. the
   * 2022 launch records), because the current source does not have them. The UI
   * should say they come from an earlier registration. Absent when nothing was filled.
   */
  filled_from?: FilledFrom[];
}

/** Provenance of fields copied from an older registration of the same algorithm. */
export interface FilledFrom {
  /** Short name of the source, e.g. "register-launch-2022-v0_1". */
  source: string;
  /** How the records were matched: 'lars', or 'organization+name' (normalised, unique on both sides). */
  matched_on: 'lars' | 'organization+name';
  fields: string[];
}

/** Organisation types, as used for filters and recognition. */
export type OrganizationType = 'gemeente' | 'provincie' | 'waterschap' | 'rijksoverheid' | 'zbo' | 'gemeenschappelijke regeling' | 'overig';

export interface Organization {
  /** Exactly as the register spells it. */
  name: string;
  /** TOOI code the register uses (gm0363, pv27, ws0653, ...), or null when not known. */
  org_id: string | null;
  type: OrganizationType | null;
}

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  /** ISO timestamp of when this file was made. */
  generated_at: string;
  /** Newest publication_date in the data (YYYY-MM-DD): shown as "laatste wijziging in het register" / "last change in the register". */
  data_date: string | null;
  /** Where the data came from: an API base URL or the list of source files. */
  source: string;
  /** sha256 (hex) of the canonical JSON of organizations + algorithms. */
  hash: string;
  organizations: Organization[];
  algorithms: Algorithm[];
  /**
   * What the register's list endpoint said when this data was taken (count and
   * newest entry). Informational only: the sync never uses it to skip a download,
   * because it stays the same through republications and retractions. Absent/null
   * for sources that cannot say.
   */
  register_state?: RegisterState | null;
}

/** The register's own count and newest entry, as seen in one listing. */
export interface RegisterState {
  total_count: number;
  /** lars of the newest entry (the API sorts by create_dt, newest first). */
  newest_lars: string | null;
  /** create_dt of that entry, exactly as the source gave it. */
  newest_create_dt: string | null;
}
