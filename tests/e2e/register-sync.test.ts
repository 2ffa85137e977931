/**
 * The register sync in the built extension (Chromium): at first start it
 * replaces the bundled snapshot with the live register (here the local fake
 * at algoritmes.overheid.nl, serving the real records), a second sync with no
 * change costs one one-record request, a change brings a full download, the
 * daily alarm exists once, and nothing but the register's host is contacted.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startLocalInternet, type ChromiumSession, type LocalInternet } from './harness';
import { createFakeRegister, type FakeRegister } from '../fixtures/fake-register';
import type { SyncState } from '../../utils/messages';

const REGISTER = 'algoritmes.overheid.nl';
let server: LocalInternet;
let session: ChromiumSession;
let fake: FakeRegister;
let options: Page;

type Stored = { hash: string; source: string; count: number; den_haag_objection: string | null; sync: { last_success: string | null; last_error: string | null } };

/** The stored synced snapshot and sync record, read in the service worker. */
function stored(): Promise<Stored | null> {
  return session.evalInBackground(async () => {
    const chrome = (globalThis as any).chrome;
    const got = await chrome.storage.local.get(['register.snapshot', 'register.sync']);
    const s = got['register.snapshot'];
    if (!s) return null;
    const denHaag = s.algorithms.find((a: { lars: string }) => a.lars === '32429839');
    return { hash: s.hash, source: s.source, count: s.algorithms.length, den_haag_objection: denHaag?.objection_procedure ?? null, sync: got['register.sync'] };
  });
}

const send = <T>(type: string): Promise<T> => options.evaluate((t) => (globalThis as any).chrome.runtime.sendMessage({ type: t }), type);

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > end) throw new Error(`timed out; last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  fake = createFakeRegister();
  server = await startLocalInternet();
  server.route(REGISTER, (req: IncomingMessage, res: ServerResponse) => fake.handler(req, res));
  session = await launchChromium(server);
  options = await session.openOptions();
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('register sync (Chromium)', () => {
  it('replaces the bundled data with the live register at first start, in pages of 100', async () => {
    const first = await until(stored, (s) => !!s?.sync?.last_success);
    expect(first!.count).toBe(1530);
    expect(first!.source).toBe('http://algoritmes.overheid.nl/api');
    expect(first!.sync.last_error).toBeNull();
    // The bundled snapshot cannot prove it is current (dates only): probe, then 16 pages.
    expect(fake.requests.map((r) => r.limit)).toEqual([1, ...Array(16).fill(100)]);
    expect(fake.requests.map((r) => r.page)).toEqual([1, ...Array.from({ length: 16 }, (_, i) => i + 1)]);
    // Launch-era details of the bundled snapshot survive the sync.
    expect(first!.den_haag_objection).toMatch(/formele bezwaarprocedure/);
    const state = await send<SyncState>('sync-state');
    expect(state).toMatchObject({ source: 'synced', algorithm_count: 1530, last_error: null, in_progress: false });
  });

  it('checks with one small request when nothing changed', async () => {
    const before = await stored();
    fake.requests.length = 0;
    const state = await send<SyncState>('sync-now');
    expect(state.last_error).toBeNull();
    expect(fake.requests).toEqual([{ page: 1, limit: 1, status: 200, fault: null }]);
    expect((await stored())!.hash).toBe(before!.hash);
  });

  it('downloads again when the register changed', async () => {
    fake.addNewest([{ ...fake.records[10], lars: '98765432', name: 'SYNTHETISCH nieuw', create_dt: '2026-11-22T09:00:00.000000+00:00' }]);
    fake.requests.length = 0;
    const state = await send<SyncState>('sync-now');
    expect(state).toMatchObject({ algorithm_count: 1531, data_date: '2026-11-22', last_error: null });
    expect(fake.requests[0].limit).toBe(1);
    expect(fake.requests.filter((r) => r.limit === 100)).toHaveLength(16);
    expect((await stored())!.count).toBe(1531);
  });

  it('has exactly one daily sync alarm', async () => {
    const alarms = await session.evalInBackground(async () => (globalThis as any).chrome.alarms.getAll());
    const sync = (alarms as { name: string; periodInMinutes?: number }[]).filter((a) => a.name === 'register-sync');
    expect(sync).toHaveLength(1);
    expect(sync[0].periodInMinutes).toBe(1440);
  });

  it('contacted nothing but the register', () => {
    server.expectOnlyHosts([REGISTER]);
  });
});
