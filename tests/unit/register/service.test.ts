// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createFakeRegister, type FakeRegister } from '../../fixtures/fake-register';
import { createRegisterService, SYNC_ALARM, type RegisterServiceDeps } from '@/utils/register/service';
import { SNAPSHOT_KEY, SYNC_KEY } from '@/utils/register/store';
import type { Snapshot } from '@/utils/register/model';

const bundledText = readFileSync(resolve(import.meta.dirname, '../../../public/generated/register-snapshot.json'), 'utf8');
const bundledHash = (JSON.parse(bundledText) as Snapshot).hash;

let fake: FakeRegister;
let base: string;
let close: () => Promise<void>;
let clock: Date;
beforeEach(async () => {
  fake = createFakeRegister();
  ({ url: base, close } = await fake.listen());
  clock = new Date('2026-11-22T08:00:00Z');
});
afterEach(() => close());

function service(extra: Partial<RegisterServiceDeps> = {}) {
  const loadBundled = vi.fn(async () => JSON.parse(bundledText));
  const s = createRegisterService({ api: base, http: { retries: 0, timeoutMs: 1000 }, loadBundled, now: () => clock, ...extra });
  return Object.assign(s, { loadBundled });
}

const stored = async () => (await fakeBrowser.storage.local.get(SNAPSHOT_KEY))[SNAPSHOT_KEY] as Snapshot | undefined;

describe('the register service', () => {
  it('uses the bundled snapshot until a sync, and builds its index once for concurrent callers', async () => {
    const s = service();
    const [a, b] = await Promise.all([s.getRegister(), s.getRegister()]);
    expect(a).toBe(b);
    expect(s.loadBundled).toHaveBeenCalledTimes(1);
    expect(a.snapshot.hash).toBe(bundledHash);
    expect(await s.getSyncState()).toMatchObject({ source: 'bundled', algorithm_count: 1530, data_date: '2026-08-06', last_error: null, in_progress: false });
    expect(a.algorithmsFor({ name: 'Gemeente Den Haag', org_id: 'gm0518' }).length).toBeGreaterThan(10);
  });

  it('reads the sync record once for many state requests, and again after it changed', async () => {
    const s = service();
    await s.getSyncState();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    for (let i = 0; i < 20; i++) await s.getSyncState(); // the tab watcher asks on every navigation
    expect(get.mock.calls.filter(([key]) => key === SYNC_KEY)).toHaveLength(0);
    const failure = { last_attempt: '2026-11-22T09:00:00Z', last_success: null, last_error: 'timeout: elsewhere' };
    await fakeBrowser.storage.local.set({ [SYNC_KEY]: failure });
    expect(await s.getSyncState()).toMatchObject(failure);
    get.mockRestore();
  });

  it('syncs, swaps the stored snapshot, and tells listeners once', async () => {
    const s = service();
    const seen: string[] = [];
    s.onRegisterChanged((index) => seen.push(index.snapshot.hash));
    await s.getRegister();
    const pending = s.syncNow();
    expect(s.syncNow()).toBe(pending); // concurrent "bijwerken" clicks share one run
    const state = await pending;
    expect(state).toMatchObject({ source: 'synced', last_error: null, last_success: clock.toISOString(), in_progress: false });
    expect(fake.requests).toHaveLength(17);
    const index = await s.getRegister();
    expect(index.snapshot.hash).not.toBe(bundledHash);
    expect((await stored())?.hash).toBe(index.snapshot.hash);
    expect(seen).toEqual([index.snapshot.hash]);
  });

  it('keeps the last good snapshot when a sync fails, and says why', async () => {
    const s = service();
    await s.syncNow();
    const good = (await s.getRegister()).snapshot.hash;
    for (const kind of ['500', 'truncated', 'html', 'stall'] as const) {
      fake.faults = [{ kind }];
      fake.addNewest([{ ...fake.records[0], lars: `8800000${fake.records.length % 10}`, create_dt: `2026-11-2${fake.records.length % 10}T00:00:00+00:00` }]);
      const state = await s.syncNow();
      expect(state.last_error, kind).toMatch(/^(http|malformed|content-type|timeout): /);
      expect(state.source).toBe('synced');
      expect((await s.getRegister()).snapshot.hash).toBe(good);
      expect((await stored())?.hash).toBe(good);
    }
    fake.faults = [];
    const ok = await s.syncNow();
    expect(ok.last_error).toBeNull();
    expect((await s.getRegister()).snapshot.hash).not.toBe(good);
  });

  it('reports a failed first sync while still serving the bundled data', async () => {
    fake.faults = [{ kind: '429', retryAfter: '0' }];
    const s = service();
    const state = await s.syncNow();
    expect(state).toMatchObject({ source: 'bundled', last_attempt: clock.toISOString(), last_success: null });
    expect(state.last_error).toMatch(/^rate-limited: HTTP 429/);
    expect(await stored()).toBeUndefined();
  });

  it('creates the daily alarm only when it is missing', async () => {
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    await service().start();
    expect(create).toHaveBeenCalledTimes(1);
    const alarm = await fakeBrowser.alarms.get(SYNC_ALARM);
    expect(alarm?.periodInMinutes).toBe(1440);
    await service().start(); // a service-worker restart
    expect(create).toHaveBeenCalledTimes(1);
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.scheduledTime).toBe(alarm?.scheduledTime);
  });

  it('syncs at startup only when the data is stale, and not again within an hour of a failure', async () => {
    const s = service();
    await s.start(); // bundled data: stale → synced
    expect(fake.requests.length).toBe(17);
    fake.requests.length = 0;
    clock = new Date(clock.getTime() + 60 * 60 * 1000);
    await service().start(); // synced an hour ago: fresh
    expect(fake.requests).toHaveLength(0);
    clock = new Date(clock.getTime() + 24 * 60 * 60 * 1000);
    fake.faults = [{ kind: '500' }];
    await service().start(); // a day later: stale, tries, fails
    expect(fake.requests).toHaveLength(1);
    clock = new Date(clock.getTime() + 10 * 60 * 1000);
    await service().start(); // 10 minutes after the failure: waits
    expect(fake.requests).toHaveLength(1);
    clock = new Date(clock.getTime() + 60 * 60 * 1000);
    fake.faults = [];
    await service().start(); // over an hour later: tries again (probe says unchanged)
    expect(fake.requests.map((r) => r.limit)).toEqual([1, 1]);
  });

  it('runs a sync when the alarm fires', async () => {
    const s = service();
    await s.getRegister();
    s.start();
    await vi.waitFor(() => expect(fake.requests.length).toBe(17));
    await vi.waitFor(async () => expect((await s.getSyncState()).in_progress).toBe(false));
    fake.addNewest([{ ...fake.records[0], lars: '77777777', create_dt: '2026-11-22T12:00:00+00:00' }]);
    await fakeBrowser.alarms.onAlarm.trigger((await fakeBrowser.alarms.get(SYNC_ALARM))!);
    await vi.waitFor(async () => expect((await s.getRegister()).snapshot.algorithms.some((a) => a.lars === '77777777')).toBe(true));
  });

  it('lets an extension page see a sync made by the background', async () => {
    const background = service();
    const page = service();
    const pageSeen: string[] = [];
    page.onRegisterChanged((index) => pageSeen.push(index.snapshot.hash));
    await page.getRegister();
    await background.syncNow();
    const hash = (await background.getRegister()).snapshot.hash;
    await vi.waitFor(() => expect(pageSeen).toEqual([hash]));
    expect((await page.getRegister()).snapshot.hash).toBe(hash);
    expect((await page.getSyncState()).source).toBe('synced');
  });
});
