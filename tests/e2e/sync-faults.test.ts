/**
 * Sync fault injection in Chromium: the built extension syncs from the local
 * fake register (served at algoritmes.overheid.nl). Each fault hits page 2 of
 * a full download (a new record is added first, so a good sync would bring it):
 * the last good snapshot must stay (same count, same data date), the options
 * page and the popup must show the data's date and the failure, and a good
 * sync afterwards must bring in the new data.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, setInterfaceLanguage, startLocalInternet, type ChromiumSession, type LocalInternet } from './harness';
import { createFakeRegister, type ApiRecord, type Fault, type FakeRegister } from '../fixtures/fake-register';
import { formatDate } from '../../components/popup/format';
import type { SyncState } from '../../utils/protocol';

const REGISTER = 'algoritmes.overheid.nl';
const UWV = 'http://www.uwv.nl/werkzoekenden';

let server: LocalInternet;
let session: ChromiumSession;
let fake: FakeRegister;
let options: Page;
/** When each register request finished, with the page it asked for and its status. */
const served: { time: number; page: number; status: number }[] = [];
let added = 0;

/** A new synthetic UWV record, one day newer than the previous one. */
function newRecord(): ApiRecord {
  added++;
  const day = String(added).padStart(2, '0');
  return {
    lars: `980000${day}`,
    name: `SYNTHETISCH nieuw algoritme ${added}`,
    organization: 'Uitvoeringsinstituut Werknemersverzekeringen',
    org_id: null,
    status: 'In gebruik',
    publication_category: 'Impactvolle algoritmes',
    goal: 'Synthetisch testrecord.',
    create_dt: `2026-09-${day}T00:00:00.000000+00:00`,
  };
}

/** The data's date as a page may show it: ISO or written out in Dutch. */
function dateShown(iso: string): RegExp {
  return new RegExp(`${iso}|${formatDate(iso, 'nl')}`);
}

/** The background's sync state, asked the way the UI asks it. */
function syncState(): Promise<SyncState> {
  return options.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'sync-state' }));
}

/** Clicks "Bijwerken" on the options page and waits until the sync is over. */
async function clickUpdate(timeoutMs = 60_000): Promise<SyncState> {
  const before = (await syncState()).last_attempt;
  // Fresh page: its sync status is read once when it opens.
  await options.reload();
  await options.getByRole('button', { name: 'Bijwerken' }).click();
  const until = Date.now() + timeoutMs;
  for (;;) {
    const s = await syncState();
    if (!s.in_progress && s.last_attempt && s.last_attempt !== before) return s;
    if (Date.now() > until) throw new Error(`sync did not finish within ${timeoutMs} ms: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  fake = createFakeRegister();
  server = await startLocalInternet();
  server.route(REGISTER, (req: IncomingMessage, res: ServerResponse) => {
    res.on('close', () => {
      const last = fake.requests[fake.requests.length - 1];
      if (last) served.push({ time: Date.now(), page: last.page, status: last.status });
    });
    fake.handler(req, res);
  });
  session = await launchChromium(server);
  await setInterfaceLanguage(session, 'nl');
  options = await session.openOptions();
  // The extension syncs at first start (its bundled data counts as stale); wait for that.
  const until = Date.now() + 60_000;
  while (!(await syncState()).last_success) {
    if (Date.now() > until) throw new Error(`first sync did not succeed: ${JSON.stringify(await syncState())}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  await session.openPage(UWV);
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** [label, fault, the SyncError code the state and the popup must report]. */
const FAULTS: [string, Fault, string][] = [
  ['HTTP 500', { kind: '500', page: 2 }, 'http'],
  ['429 with Retry-After', { kind: '429', page: 2, retryAfter: '1' }, 'rate-limited'],
  ['truncated JSON', { kind: 'truncated', page: 2 }, 'malformed'],
  ['wrong content type', { kind: 'html', page: 2 }, 'content-type'],
  ['oversized body', { kind: 'huge', page: 2, bytes: 30 * 1024 * 1024 }, 'too-large'],
  ['wrong types', { kind: 'wrong-types', page: 2 }, 'malformed'],
  // Last: the stall waits out the client's timeout on every retry (the slowest case).
  ['stalled connection', { kind: 'stall', page: 2 }, 'timeout'],
];

describe('register sync under faults (Chromium)', () => {
  let good: SyncState;

  it('starts from a good synced snapshot', async () => {
    good = await syncState();
    expect(good.source).toBe('synced');
    expect(good.last_error).toBeNull();
    expect(good.algorithm_count).toBe(fake.records.length);
  });

  for (const [label, fault, code] of FAULTS) {
    it(`keeps the last good data after ${label}, and says so`, async () => {
      fake.addNewest([newRecord()]);
      fake.faults = [{ ...fault }];
      served.length = 0;
      const state = await clickUpdate(240_000);
      fake.faults = [];

      expect(state.last_error?.startsWith(`${code}:`), String(state.last_error)).toBe(true);
      expect(state.algorithm_count).toBe(good.algorithm_count);
      expect(state.data_date).toBe(good.data_date);
      expect(state.source).toBe('synced');
      expect(served.some((r) => r.page === 2)).toBe(true);
      if (fault.kind === '429') {
        const hits = served.filter((r) => r.page === 2).map((r) => r.time);
        expect(hits.length).toBeGreaterThan(1);
        for (let i = 1; i < hits.length; i++) expect(hits[i] - hits[i - 1]).toBeGreaterThanOrEqual(900);
      }

      // Options: the data's date and the failure.
      await options.reload();
      const status = () => options.locator('.sync-status').innerText();
      await expect.poll(status, { timeout: 10_000 }).toMatch(/Laatste fout|mislukt/);
      expect(await status()).toMatch(dateShown(good.data_date!));
      expect(await options.locator('.sync-status').textContent()).toContain(`${code}:`);

      // Popup on a UWV page: the data's date (still the last good one) and why updating failed.
      const popup = await session.openPopup(UWV);
      await popup.waitForSelector('.data-line');
      expect(await popup.locator('.data-line').innerText()).toContain(formatDate(good.data_date, 'nl')!);
      const problem = popup.locator('.sync-problem');
      expect(await problem.getAttribute('data-error-code')).toBe(code);
      expect(await problem.innerText()).toMatch(/mislukt/);
      await popup.close();
    }, 300_000);
  }

  it('recovers with the next good sync: the new data is visible', async () => {
    served.length = 0;
    const state = await clickUpdate();
    const info = `${JSON.stringify(state)}\nrequests: ${JSON.stringify(served)}`;
    expect(state.last_error, info).toBeNull();
    expect(state.algorithm_count, info).toBe(good.algorithm_count + added);
    expect(state.data_date).toBe(`2026-09-${String(added).padStart(2, '0')}`);

    await options.reload();
    await options.locator('#explorer-q').fill(`SYNTHETISCH nieuw algoritme ${added}`);
    await expect
      .poll(() => options.locator('.explorer-results').innerText(), { timeout: 10_000 })
      .toContain(`SYNTHETISCH nieuw algoritme ${added}`);

    const popup = await session.openPopup(UWV);
    await popup.waitForSelector('.data-line');
    const text = await popup.locator('main').innerText();
    expect(text).toContain(formatDate(state.data_date, 'nl')!);
    expect(text).toContain(`SYNTHETISCH nieuw algoritme ${added}`);
    expect(await popup.locator('.sync-problem').count()).toBe(0);
    await popup.close();
  }, 120_000);
});
