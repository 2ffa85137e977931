/**
 * URL → organisation → its register entries, in the exact shapes of the
 * `npm run lookup` output (jsonl and csv). Pure; shared by the CLI and any
 * export in the extension.
 */
import { csvRecord } from '../csv';
import type { RegisterIndex } from '../register/index';
import { recognize, type DecisionMap } from './recognize';
import type { RecognitionIndex } from './index';
import type { MatchKind, OrganizationRef } from './types';

/** One algorithm as the lookup output lists it. */
export interface LookupAlgorithm {
  lars: string;
  name: string;
  publication_category: string | null;
  status: string | null;
  register_url: string;
}

/** One line of jsonl output; key order is the documented order. */
export interface LookupResult {
  url: string;
  host: string;
  organization: OrganizationRef | null;
  match: MatchKind;
  algorithms: LookupAlgorithm[];
}

/** Recognises a URL and lists the organisation's register entries. */
export function lookupUrl(url: string, index: RecognitionIndex, register: RegisterIndex, decisions?: DecisionMap): LookupResult {
  const r = recognize(url, index, decisions);
  const organization = r.organization ? { name: r.organization.name, org_id: r.organization.org_id } : null;
  const algorithms = organization
    ? register.algorithmsFor(organization).map((a) => ({
        lars: a.lars,
        name: a.name,
        publication_category: a.publication_category,
        status: a.status,
        register_url: a.register_url,
      }))
    : [];
  return { url: r.url, host: r.host, organization, match: r.match, algorithms };
}

/** The csv header of `npm run lookup -- --format csv`. */
export const CSV_HEADER = 'url,host,organization,org_id,match,lars,algorithm_name,publication_category,status,register_url';

/** csv records for one result (the one CSV writer, formula-guarded): one per algorithm, or one with empty algorithm columns. */
export function csvRecords(r: LookupResult): string[] {
  const head = [r.url, r.host, r.organization?.name ?? '', r.organization?.org_id ?? '', r.match];
  const algs: (LookupAlgorithm | null)[] = r.algorithms.length ? r.algorithms : [null];
  return algs.map((a) =>
    csvRecord([...head, a?.lars ?? '', a?.name ?? '', a?.publication_category ?? '', a?.status ?? '', a?.register_url ?? '']),
  );
}
