/** Node-side loader of the generated domain table (the CLI, tests and the bench). */
import { readFileSync } from 'node:fs';
import { parseDomainTable, type DomainTable } from '../../utils/recognition/table';
import { DOMAINS_FILE } from '../data/paths';

export const DOMAINS_JSON = DOMAINS_FILE;

/** Reads and validates public/generated/domains.json (or another file). */
export function readDomainTable(file = DOMAINS_JSON): DomainTable {
  return parseDomainTable(JSON.parse(readFileSync(file, 'utf8')));
}
