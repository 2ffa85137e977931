import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { DOMAINS_JSON } from '../../../scripts/domains/table-file';
import { loadDomainTable, recognitionIndex } from '../../../utils/recognition/load';
import { recognize } from '../../../utils/recognition/recognize';

const text = readFileSync(DOMAINS_JSON, 'utf8');

describe('loading the bundled table in the extension', () => {
  it('fetches /generated/domains.json from the extension and validates it', async () => {
    const fetchImpl = vi.fn(async (url: string | URL | Request) => {
      expect(String(url)).toMatch(/\/generated\/domains\.json$/);
      return new Response(text);
    }) as unknown as typeof fetch;
    const table = await loadDomainTable(fetchImpl);
    expect(Object.keys(table.hosts).length).toBeGreaterThan(1000);
  });

  it('rejects a file that is not a domain table', async () => {
    const bad = (async () => new Response('{"format":"other"}')) as unknown as typeof fetch;
    await expect(loadDomainTable(bad)).rejects.toThrow(/not a valid domain table/);
  });

  it('builds an index bound to the current register', async () => {
    vi.stubGlobal('fetch', async () => new Response(text));
    const index = await recognitionIndex([{ name: 'Gemeente Ede', org_id: 'gm0228' }]);
    expect(recognize('https://www.ede.nl/', index).organization).toEqual({ name: 'Gemeente Ede', org_id: 'gm0228' });
    vi.unstubAllGlobals();
  });
});
