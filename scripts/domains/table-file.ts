/** Node-side loader of the generated domain table (the CLI, tests and the bench). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDomainTable, type DomainTable } from '../../utils/recognition/table';
import { ROOT } from './register';

export const DOMAINS_JSON = join(ROOT, 'public', 'generated', 'domains.json');

/** Reads and validates public/generated/domains.json (or another file). */
export function readDomainTable(file = DOMAINS_JSON): DomainTable {
  return parseDomainTable(JSON.parse(readFileSync(file, 'utf8')));
}
