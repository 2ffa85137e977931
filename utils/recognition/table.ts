import * as v from 'valibot';

/** Version string of the domain-table file. Bump when the shape changes. */
export const DOMAIN_TABLE_FORMAT = 'algoritmewijzer-domains/1';

/** One organisation the table can point to. */
export interface TableOrganization {
  /** The register's spelling when `registered`, else the official (ROO/TOOI) name. */
  name: string;
  org_id: string | null;
  /** Whether the register lists this organisation (false: known government body, 0 entries). */
  registered: boolean;
}

/** A path rule on a shared platform (rijksoverheid.nl/ministeries/<slug>). */
export interface PathRule {
  host: string;
  /** Path prefix, compared per segment, lower case, starting with '/'. */
  prefix: string;
  org: number;
}

/** The generated file public/generated/domains.json. */
export interface DomainTable {
  format: typeof DOMAIN_TABLE_FORMAT;
  /** Marks the file as generated: which script makes it. */
  generated_by: string;
  generated_at: string;
  /** Where the register's organisation names came from. */
  register_source: string;
  organizations: TableOrganization[];
  /** Host (lower-case punycode, no "www.") → index into organizations. */
  hosts: Record<string, number>;
  paths: PathRule[];
  /** Login/portal hosts → what they are; no organisation is claimed. */
  transit: Record<string, string>;
  /** Platform domains whose sub-site `<label>.<domain>` is the organisation of `<label>.nl` (yearly budget sites). */
  platforms?: string[];
  /**
   * A vendor's hosts that keep each government's pages under a path segment
   * (`ris2.ibabs.eu/Agenda/Details/<site>/…`): host → which segment (1-based)
   * names the organisation, read as a platform sub-site's label.
   */
  path_platforms?: Record<string, number>;
}

const schema = v.object({
  format: v.literal(DOMAIN_TABLE_FORMAT),
  generated_by: v.string(),
  generated_at: v.string(),
  register_source: v.string(),
  organizations: v.array(v.object({ name: v.string(), org_id: v.nullable(v.string()), registered: v.boolean() })),
  hosts: v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0))),
  paths: v.array(v.object({ host: v.string(), prefix: v.string(), org: v.number() })),
  transit: v.record(v.string(), v.string()),
  platforms: v.optional(v.array(v.string())),
  path_platforms: v.optional(v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(8)))),
});

/** Validates parsed JSON as a domain table; throws with a readable message when it is not one. */
export function parseDomainTable(json: unknown): DomainTable {
  const result = v.safeParse(schema, json);
  if (!result.success) {
    const first = result.issues[0];
    throw new Error(`domains.json is not a valid domain table: ${first.message} at ${v.getDotPath(first) ?? '(root)'}`);
  }
  const table = result.output as DomainTable;
  const n = table.organizations.length;
  for (const [host, i] of Object.entries(table.hosts)) {
    if (i >= n) throw new Error(`domains.json: host ${host} points to missing organisation ${i}`);
  }
  for (const p of table.paths) if (p.org >= n) throw new Error(`domains.json: path rule ${p.host}${p.prefix} is broken`);
  return table;
}
