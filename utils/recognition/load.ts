import { cached } from '../cached';
import { readPackagedJson } from '../packaged';
import { bindTableToRegister } from './bind';
import { buildRecognitionIndex, type RecognitionIndex } from './index';
import { parseDomainTable, type DomainTable } from './table';
import type { OrganizationRef } from './types';

/** Path of the generated table inside the extension package. */
export const DOMAIN_TABLE_PATH = '/generated/domains.json';

/** Loads and validates the bundled domain table (extension pages and background). */
export async function loadDomainTable(fetchImpl?: typeof fetch): Promise<DomainTable> {
  return parseDomainTable(await readPackagedJson(DOMAIN_TABLE_PATH, fetchImpl));
}

const table = cached(() => loadDomainTable());

/**
 * The recognition index for this extension context; the table file is read
 * once. Pass the current register's organisations (snapshot.organizations)
 * so names and org_ids follow the latest sync; rebuild when the snapshot changes.
 */
export async function recognitionIndex(register?: readonly OrganizationRef[]): Promise<RecognitionIndex> {
  const loaded = await table.get();
  return buildRecognitionIndex(register ? bindTableToRegister(loaded, register) : loaded);
}
