/**
 * The research log in Chromium: switched on in the options page, then the
 * browser visits mapped government sites, a login host and one
 * non-government site; the CSV export must list exactly the government
 * sites, with the organisations and register entries that the bundled data
 * gives for them (computed here with the same lookup the CLI uses).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, setInterfaceLanguage, startLocalInternet, ROOT, type ChromiumSession, type LocalInternet } from './harness';
import { buildRegisterIndex } from '../../utils/register/index';
import type { Snapshot } from '../../utils/register/model';
import { buildRecognitionIndex } from '../../utils/recognition/index';
import { parseDomainTable } from '../../utils/recognition/table';
import { CSV_HEADER, csvRecords, lookupUrl } from '../../utils/recognition/lookup';
import { parseCsv } from '../fixtures/csv';

const snapshot = JSON.parse(readFileSync(`${ROOT}/public/generated/register-snapshot.json`, 'utf8')) as Snapshot;
const table = parseDomainTable(JSON.parse(readFileSync(`${ROOT}/public/generated/domains.json`, 'utf8')));
const register = buildRegisterIndex(snapshot);
const recognition = buildRecognitionIndex(table);
const lookup = (url: string) => lookupUrl(url, recognition, register);

/**
 * Candidate government URLs from the bundled data, in groups: hosts of the
 * busiest organisations (domain match), path rules, login hosts (transit).
 * Each URL has a query and fragment that must never reach the log.
 */
function candidates(): { domain: string[]; path: string[]; transit: string[] } {
  const byOrg = new Map<string, string>();
  for (const host of Object.keys(table.hosts).sort()) {
    const r = lookup(`http://${host}/`);
    if (r.match === 'domain' && r.organization && r.algorithms.length && !byOrg.has(r.organization.name))
      byOrg.set(r.organization.name, host);
  }
  const count = (name: string) => register.algorithmsFor({ name, org_id: null }).length;
  const domain = [...byOrg]
    .sort((a, b) => count(b[0]) - count(a[0]))
    .slice(0, 12)
    .map(([, host]) => `http://${host}/home?zoek=geheim#boven`);
  const path = table.paths
    .map((p) => `http://${p.host}${p.prefix}/nieuws?id=1`)
    .filter((u) => lookup(u).match === 'path' && lookup(u).algorithms.length)
    .slice(0, 6);
  const transit = Object.keys(table.transit)
    .sort()
    .map((h) => `http://${h}/inloggen?sessie=1`);
  return { domain, path, transit };
}

const NON_GOVERNMENT = 'http://www.nu.nl/nieuws';

describe('research log (Chromium)', () => {
  let server: LocalInternet;
  let chrome: ChromiumSession;
  beforeAll(async () => {
    server = await startLocalInternet();
    chrome = await launchChromium(server);
  });
  afterAll(async () => {
    await chrome?.close();
    await server?.close();
  });

  /** Opens a URL; true when it loaded over plain http (some .nl hosts are HSTS-preloaded and upgrade to https, which the local server refuses). */
  async function loads(url: string): Promise<boolean> {
    const page = await chrome.context.newPage();
    try {
      await page.goto(url, { timeout: 10_000 });
      return page.url().startsWith('http:');
    } catch {
      return false;
    } finally {
      await page.close();
    }
  }

  /** Hosts in the stored log (storage key and packed shape: utils/research/store.ts, pack.ts). */
  async function storedHosts(): Promise<string[]> {
    return chrome.evalInBackground(async () => {
      const g = globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } };
      const packed = (await g.chrome.storage.local.get('researchLog.log'))['researchLog.log'] as { entries?: string[][] } | undefined;
      return (packed?.entries ?? []).map((e) => e[1]);
    });
  }

  it('records only government sites once switched on, and exports them as CSV matching the lookup', async () => {
    expect(lookup(NON_GOVERNMENT).match).toBe('none');
    // While the log is off (the default), pick URLs that load over http; nothing may be recorded meanwhile.
    const c = candidates();
    const urls: string[] = [];
    for (const [group, want] of [
      [c.domain, 3],
      [c.path, 1],
      [c.transit, 1],
    ] as const) {
      let found = 0;
      for (const url of group) if (found < want && (await loads(url))) (urls.push(url), found++);
    }
    expect(urls.length).toBeGreaterThanOrEqual(4);
    await new Promise((r) => setTimeout(r, 2500));
    expect(await storedHosts()).toEqual([]);
    server.clearLog();

    // Headless Chromium's language is English; the test reads the Dutch (default) texts.
    await setInterfaceLanguage(chrome, 'nl');
    const options = await chrome.openPage(`${chrome.base}options.html#onderzoekslog`);
    await options.getByRole('heading', { name: 'Wat het onderzoekslog bewaart' }).waitFor();
    const toggle = options.getByLabel('Onderzoekslog aan');
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    await options.getByText('Het onderzoekslog staat aan.').waitFor();

    for (const url of [...urls, NON_GOVERNMENT]) await (await chrome.openPage(url)).close();

    const hosts = [...new Set(urls.map((u) => new URL(u).hostname))];
    const until = Date.now() + 20_000;
    let stored: string[] = [];
    while (Date.now() < until) {
      stored = await storedHosts();
      if (stored.length >= hosts.length) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(stored.sort()).toEqual([...hosts].sort());

    await options.bringToFront();
    await options.getByText(`${hosts.length} sites bewaard.`).waitFor();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Exporteren als CSV (spreadsheet)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^algoritmewijzer-onderzoekslog-\d{4}-\d\d-\d\d\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).not.toMatch(/zoek=geheim|#boven|id=1/);

    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header.slice(0, 10).join(',')).toBe(CSV_HEADER);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
    expect(rows.some((r) => r[1] === 'www.nu.nl')).toBe(false);

    // Columns host … register_url must equal what `lookup --format csv` gives for the same URL.
    const got = rows.map((r) => r.slice(1, 10).join('\u0001')).sort();
    const want = urls
      .flatMap((u) =>
        csvRecords(lookup(u)).map((line) =>
          parseCsv(line + '\r\n')[0]
            .slice(1)
            .join('\u0001'),
        ),
      )
      .sort();
    expect(got).toEqual(want);
    const visits = rows.map((r) => Number(r[header.indexOf('visit_count')]));
    expect(visits.every((n) => n === 1)).toBe(true);
    expect(rows.every((r) => r[header.indexOf('snapshot_date')] === (snapshot.data_date ?? ''))).toBe(true);
    expect(rows.every((r) => r[header.indexOf('path')] === '')).toBe(true);
    // Nothing about the visits left the browser: only the visited sites (and the register, for its sync) were contacted.
    server.expectOnlyHosts([...hosts, new URL(NON_GOVERNMENT).hostname, 'algoritmes.overheid.nl']);
  });
});
