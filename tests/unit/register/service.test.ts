// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createFakeRegister, type FakeRegister } from '../../fixtures/fake-register';
import { createRegisterService, SYNC_ALARM, type RegisterServiceDeps } from '@/utils/register/service';
import { CANDIDATE_KEY, SNAPSHOT_KEY, SYNC_KEY } from '@/utils/register/store';
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
    expect(await s.getSyncState()).toMatchObject({
      source: 'bundled',
      algorithm_count: 1530,
      data_date: '2026-08-06',
      last_error: null,
      in_progress: false,
    });
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
    expect(fake.requests).toHaveLength(16);
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
      fake.addNewest([
        {
          ...fake.records[0],
          lars: `8800000${fake.records.length % 10}`,
          create_dt: `2026-11-2${fake.records.length % 10}T00:00:00+00:00`,
        },
      ]);
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

  it('syncs at startup only when due, and not again within an hour of a failure', async () => {
    const s = service();
    await s.start(); // never checked: due
    expect(fake.requests.length).toBe(16);
    fake.requests.length = 0;
    clock = new Date(clock.getTime() + 60 * 60 * 1000);
    await service().start(); // checked an hour ago
    expect(fake.requests).toHaveLength(0);
    clock = new Date(clock.getTime() + 24 * 60 * 60 * 1000);
    fake.faults = [{ kind: '500' }];
    await service().start(); // a day later: due, tries, fails
    expect(fake.requests).toHaveLength(1);
    clock = new Date(clock.getTime() + 10 * 60 * 1000);
    await service().start(); // 10 minutes after the failure: waits
    expect(fake.requests).toHaveLength(1);
    clock = new Date(clock.getTime() + 60 * 60 * 1000);
    fake.faults = [];
    await service().start(); // over an hour later: the whole register again
    expect(fake.requests).toHaveLength(1 + 16);
  });

  it('does not contact the register on a restart while the bundled copy is in use and the last check is recent', async () => {
    await service().start(); // checks the register
    fake.requests.length = 0;
    // An extension update ships a bundled copy made after that check: it is in use now.
    const newer = { ...JSON.parse(bundledText), generated_at: '2026-11-22T09:00:00.000Z' };
    clock = new Date(clock.getTime() + 3 * 60 * 60 * 1000);
    for (let wake = 0; wake < 5; wake++) {
      const s = service({ loadBundled: vi.fn(async () => newer) });
      await s.start();
      expect((await s.getSyncState()).source).toBe('bundled');
    }
    expect(fake.requests).toHaveLength(0);
  });

  it('runs a sync when the alarm fires and a sync is due, and not before', async () => {
    const s = service();
    await s.getRegister();
    s.start();
    await vi.waitFor(() => expect(fake.requests.length).toBe(16), { timeout: 20_000 });
    await vi.waitFor(async () => expect((await s.getSyncState()).in_progress).toBe(false), { timeout: 20_000 });
    fake.addNewest([{ ...fake.records[0], lars: '77777777', create_dt: '2026-11-22T12:00:00+00:00' }]);
    const alarm = (await fakeBrowser.alarms.get(SYNC_ALARM))!;
    clock = new Date(clock.getTime() + 2 * 60 * 60 * 1000);
    await fakeBrowser.alarms.onAlarm.trigger(alarm); // two hours after the check: not due
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.requests).toHaveLength(16);
    clock = new Date(clock.getTime() + 22 * 60 * 60 * 1000);
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await vi.waitFor(async () => expect((await s.getRegister()).snapshot.algorithms.some((a) => a.lars === '77777777')).toBe(true), {
      timeout: 20_000,
    });
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

describe('after a sync replaced the data in use', () => {
  it('tells the listeners the old and new snapshot, with the republished change between them', async () => {
    const s = service();
    const calls: [Snapshot, Snapshot][] = [];
    s.onSnapshotReplaced((before, after) => void calls.push([before, after]));
    await s.syncNow(); // bundled → first download
    clock = new Date('2026-11-23T09:00:00Z');
    const lars = fake.records[40].lars;
    fake.republish(lars, { name: 'Herziene naam' }, '2026-10-01T10:00:00');
    await s.syncNow();
    expect(calls).toHaveLength(2);
    expect(calls[0][0].hash).toBe(bundledHash);
    expect(calls[1][0].hash).toBe(calls[0][1].hash);
    expect(calls[1][1].algorithms.find((a) => a.lars === lars)?.name).toBe('Herziene naam');
    await s.syncNow(); // nothing changed: no call
    expect(calls).toHaveLength(2);
  });

  it('tells no one about a download held as suspect, nor when the user accepts it', async () => {
    const s = service();
    const calls: unknown[] = [];
    s.onSnapshotReplaced(() => void calls.push(1));
    fake.records = fake.records.slice(0, 1);
    const { suspect } = await s.syncNow();
    await s.acceptSuspect(suspect!.candidate_hash);
    expect(calls).toEqual([]);
  });
});

describe('a download that looks broken', () => {
  const held = async () => (await fakeBrowser.storage.local.get(CANDIDATE_KEY))[CANDIDATE_KEY] as Snapshot | undefined;

  it('is held as suspect when the register shrinks to one record: the data in use stays, with the numbers', async () => {
    const s = service();
    fake.records = fake.records.slice(0, 1);
    const state = await s.syncNow();
    expect(state).toMatchObject({ source: 'bundled', algorithm_count: 1530, last_error: null, in_progress: false });
    expect(state.suspect).toMatchObject({
      in_use_count: 1530,
      candidate_count: 1,
      reasons: ['shrank', 'organizations-vanished'],
      since: clock.toISOString(),
    });
    expect(state.suspect!.vanished_count).toBeGreaterThan(100);
    expect(state.suspect!.vanished[0]).toEqual({ name: expect.any(String), entries: expect.any(Number) });
    expect((await s.getRegister()).snapshot.hash).toBe(bundledHash);
    expect(await stored()).toBeUndefined();
    expect((await held())?.algorithms).toHaveLength(1);
  });

  it('is used when the user accepts it ("Toch gebruiken"), and only the one shown', async () => {
    const s = service();
    fake.records = fake.records.slice(0, 1);
    const { suspect } = await s.syncNow();
    await expect(s.acceptSuspect('0'.repeat(64))).rejects.toThrow(/no longer there/);
    const state = await s.acceptSuspect(suspect!.candidate_hash);
    expect(state).toMatchObject({ source: 'synced', algorithm_count: 1, suspect: null });
    expect((await s.getRegister()).snapshot.hash).toBe(suspect!.candidate_hash);
    expect(await held()).toBeUndefined();
    // The whole register again: not "implausible" growth from one entry (the bound never drops below the bundled copy).
    fake.records = createFakeRegister().records;
    expect(await s.syncNow()).toMatchObject({ algorithm_count: 1530, last_error: null, suspect: null });
  });

  it('is accepted by a later sync (12 hours on) that sees the same size, not by one right after', async () => {
    const s = service();
    await s.syncNow();
    const good = (await s.getRegister()).snapshot.hash;
    fake.records = fake.records.slice(0, 1000);
    const first = await s.syncNow();
    expect(first.suspect).toMatchObject({ in_use_count: 1530, candidate_count: 1000, reasons: ['shrank', 'organizations-vanished'] });
    clock = new Date(clock.getTime() + 60 * 60 * 1000);
    const again = await s.syncNow(); // "Bijwerken" an hour later: still held, same hold
    expect(again.suspect?.since).toBe(first.suspect!.since);
    expect((await s.getRegister()).snapshot.hash).toBe(good);
    clock = new Date(clock.getTime() + 12 * 60 * 60 * 1000);
    fake.records = fake.records.slice(0, 998); // the next day's register: about the same size
    const confirmed = await s.syncNow();
    expect(confirmed).toMatchObject({ algorithm_count: 998, suspect: null, last_error: null });
    expect(await held()).toBeUndefined();
  });

  it('is held when organisations with several entries vanish, even with little shrink', async () => {
    const s = service();
    await s.syncNow();
    const counts = new Map<string, number>();
    for (const r of fake.records) counts.set(r.organization as string, (counts.get(r.organization as string) ?? 0) + 1);
    const gone = [...counts]
      .filter(([, n]) => n >= 3 && n <= 6)
      .slice(0, 2)
      .map(([name]) => name);
    fake.records = fake.records.filter((r) => !gone.includes(r.organization as string));
    const state = await s.syncNow();
    expect(state.suspect?.reasons).toEqual(['organizations-vanished']);
    expect(state.suspect?.vanished.map((v) => v.name).sort()).toEqual([...gone].sort());
    expect(state.algorithm_count).toBe(1530);
  });

  it('is dropped when the register is whole again', async () => {
    const s = service();
    await s.syncNow();
    const all = fake.records;
    fake.records = all.slice(0, 1);
    expect((await s.syncNow()).suspect).not.toBeNull();
    fake.records = all;
    const state = await s.syncNow();
    expect(state.suspect).toBeNull();
    expect(await held()).toBeUndefined();
  });
});

describe('storage that fails', () => {
  it('keeps the last good data and a correct, finished sync state when the snapshot cannot be written', async () => {
    const s = service();
    await s.syncNow();
    const good = (await s.getRegister()).snapshot.hash;
    fake.addNewest([{ ...fake.records[0], lars: '66666666', create_dt: '2026-11-22T12:00:00+00:00' }]);
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if (SNAPSHOT_KEY in items) throw new Error('QuotaExceededError');
      return set(items);
    });
    const state = await s.syncNow();
    spy.mockRestore();
    expect(state).toMatchObject({ in_progress: false, source: 'synced', algorithm_count: 1530 });
    expect(state.last_error).toMatch(/^storage: QuotaExceededError/);
    expect((await s.getRegister()).snapshot.hash).toBe(good);
    expect((await stored())?.hash).toBe(good);
  });

  it('is never stuck "in progress" when no write succeeds at all', async () => {
    const s = service();
    await s.getRegister();
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('storage is gone'));
    const state = await s.syncNow();
    expect(state.in_progress).toBe(false);
    expect(state.last_error).toMatch(/^storage: /);
    expect((await s.getSyncState()).in_progress).toBe(false);
    spy.mockRestore();
    const next = await s.syncNow(); // a later run is not blocked by the failed one
    expect(next).toMatchObject({ in_progress: false, last_error: null, source: 'synced' });
  });

  it('answers a sync, and the sync state, even when storage cannot be read', async () => {
    const s = service();
    await s.getRegister();
    const spy = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is gone'));
    const state = await s.syncNow();
    expect(state.in_progress).toBe(false);
    expect(state.last_error).toMatch(/^storage: /);
    await expect(s.getSyncState()).resolves.toMatchObject({ in_progress: false });
    spy.mockRestore();
  });
});
