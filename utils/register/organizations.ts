import type { Algorithm, Organization, OrganizationType } from './model';
import { nameKey } from './index';

/** One row of the register's own name → org_id lists (backend/etl/figures/csv). */
export interface OrgReference {
  name: string;
  org_id: string;
  type: OrganizationType | null;
}

const PREFIX_TYPES: [RegExp, OrganizationType][] = [
  [/^gm\d/, 'gemeente'],
  [/^pv\d/, 'provincie'],
  [/^ws\d/, 'waterschap'],
  [/^mnre\d/, 'rijksoverheid'],
  [/^zb\d/, 'zbo'],
  [/^so\d/, 'gemeenschappelijke regeling'],
  [/^oorg\d/, 'overig'],
];

/** Organisation type from a TOOI code's prefix (gm → gemeente, so → gemeenschappelijke regeling), or null. */
export function typeFromOrgId(orgId: string | null): OrganizationType | null {
  if (!orgId) return null;
  return PREFIX_TYPES.find(([re]) => re.test(orgId))?.[1] ?? null;
}

/**
 * Every organisation type of the register (its `OrgType`, MinBZK/Algoritmeregister
 * backend/app/schemas/misc.py, as site-data's `organisation_details[].type`) →
 * the interface's types. Central-government bodies are `rijksoverheid`;
 * regional bodies that municipalities set up together (GR-based: omgevingsdienst,
 * veiligheidsregio/brandweer, samenwerkingsverbanden) `gemeenschappelijke
 * regeling`; bodies that fit none of the interface's types (police, the
 * judiciary, the Caribbean public bodies, umbrella and professional bodies) `overig`.
 */
export const REGISTER_ORG_TYPES: Record<string, OrganizationType> = {
  gemeente: 'gemeente',
  provincie: 'provincie',
  waterschap: 'waterschap',
  ministerie: 'rijksoverheid',
  agentschap: 'rijksoverheid',
  adviescollege: 'rijksoverheid',
  hoog_college_van_staat: 'rijksoverheid',
  interdepartementale_commissie: 'rijksoverheid',
  kabinet_van_de_koning: 'rijksoverheid',
  organisatieonderdeel: 'rijksoverheid',
  zelfstandig_bestuursorgaan: 'zbo',
  regionaal_samenwerkingsorgaan: 'gemeenschappelijke regeling',
  regionaal_samenwerkingsverband: 'gemeenschappelijke regeling',
  grensoverschrijdend_regionaal_samenwerkingsorgaan: 'gemeenschappelijke regeling',
  omgevingsdienst: 'gemeenschappelijke regeling',
  brandweer: 'gemeenschappelijke regeling',
  politie: 'overig',
  rechtspraak: 'overig',
  caribisch_openbaar_lichaam: 'overig',
  koepelorganisatie: 'overig',
  openbaar_lichaam_voor_beroep_en_bedrijf: 'overig',
  organisatie_met_overheidsbemoeienis: 'overig',
  overig: 'overig',
};

/** The interface's type for a type name the register states (its own names, or ours spelled out); null when unknown. */
export function statedType(value: string | null | undefined): OrganizationType | null {
  const key = (value ?? '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (!key) return null;
  if (key in REGISTER_ORG_TYPES) return REGISTER_ORG_TYPES[key];
  if (key === 'rijksoverheid') return 'rijksoverheid';
  if (key === 'zbo') return 'zbo';
  if (key === 'gemeenschappelijke_regeling') return 'gemeenschappelijke regeling';
  return null;
}

export interface OrganizationResult {
  algorithms: Algorithm[];
  organizations: Organization[];
  /** How many organisations / algorithms got their org_id from the reference lists. */
  org_id_from_reference: { organizations: number; algorithms: number };
}

/**
 * The organisations behind the algorithms, spelled as the register spells them.
 * org_id: the register's own (most frequent per name), else an exact
 * normalised-name match in the reference lists; also copied onto algorithms that
 * lack one. type: from the org_id prefix, the reference list, or the source's
 * own statement (site-data); null when unknown. Never guessed from the name.
 */
export function buildOrganizations(
  algorithms: Algorithm[],
  reference: OrgReference[] = [],
  statedTypes: Map<string, string> = new Map(),
): OrganizationResult {
  const refByName = new Map(reference.map((r) => [nameKey(r.name), r]));
  const idVotes = new Map<string, Map<string, number>>();
  for (const a of algorithms) {
    const votes = idVotes.get(a.organization) ?? new Map<string, number>();
    if (a.org_id) votes.set(a.org_id, (votes.get(a.org_id) ?? 0) + 1);
    idVotes.set(a.organization, votes);
  }
  const organizations: Organization[] = [];
  const fromRef = new Set<string>();
  for (const [name, votes] of idVotes) {
    const own = [...votes].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ?? null;
    const ref = refByName.get(nameKey(name));
    const org_id = own ?? ref?.org_id ?? null;
    if (!own && ref) fromRef.add(name);
    const stated = statedType(statedTypes.get(name));
    organizations.push({ name, org_id, type: typeFromOrgId(org_id) ?? ref?.type ?? stated });
  }
  organizations.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const idByName = new Map(organizations.map((o) => [o.name, o.org_id]));
  let filled = 0;
  const out = algorithms.map((a) => {
    if (a.org_id || !fromRef.has(a.organization)) return a;
    filled++;
    return { ...a, org_id: idByName.get(a.organization) ?? null };
  });
  return { algorithms: out, organizations, org_id_from_reference: { organizations: fromRef.size, algorithms: filled } };
}
