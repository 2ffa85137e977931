// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeRegister, type FakeRegister } from '../../fixtures/fake-register';
import { syncRegister, sameRegister } from '@/utils/register/sync';
import { needsStartupSync } from '@/utils/register/freshness';
import type { Snapshot } from '@/utils/register/model';

const bundled: Snapshot = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/generated/register-snapshot.json'), 'utf8'));

let close: (() => Promise<void>) | null = null;
afterEach(async () => void (await close?.()));

async function serve(): Promise<{ fake: FakeRegister; base: string }> {
  const fake = createFakeRegister();
  const server = await fake.listen();
  close = server.close;
  return { fake, base: server.url };
}

describe('sync', () => {
  it('downloads in full when the stored data cannot be compared (the bundled scrape has only dates)', async () => {
    const { fake, base } = await serve();
    const outcome = await syncRegister(bundled, { base, retries: 0 });
    expect(outcome.kind).toBe('updated');
    expect(fake.requests.map((r) => r.limit)).toEqual([1, ...Array(16).fill(100)]);
  });

  it('skips the full download when count and newest entry are unchanged, and not otherwise', async () => {
    const { fake, base } = await serve();
    const first = await syncRegister(null, { base, now: () => new Date('2026-11-22T08:00:00Z') });
    if (first.kind !== 'updated') throw new Error('expected a download');
    expect(first.snapshot.source).toBe(base);
    expect(first.snapshot.algorithms).toHaveLength(1530);

    fake.requests.length = 0;
    const second = await syncRegister(first.snapshot, { base });
    expect(second.kind).toBe('unchanged');
    expect(second.stats.requests).toBe(1);
    expect(second.stats.bytes_received).toBeLessThan(5000);
    expect(fake.requests).toEqual([{ page: 1, limit: 1, status: 200, fault: null }]);

    fake.addNewest([{ ...fake.records[5], lars: '99999999', name: 'Nieuw algoritme', create_dt: '2026-11-22T09:00:00+00:00' }]);
    const third = await syncRegister(first.snapshot, { base });
    expect(third.kind).toBe('updated');
    if (third.kind === 'updated') expect(third.snapshot.algorithms.some((a) => a.lars === '99999999')).toBe(true);
  });

  it('keeps launch-era fields and reference org_ids of the current snapshot through a sync', async () => {
    const { fake, base } = await serve();
    for (const r of fake.records) r.org_id = null; // an API answer without org_id
    const outcome = await syncRegister(bundled, { base });
    if (outcome.kind !== 'updated') throw new Error('expected a download');
    const before = bundled.algorithms.find((a) => a.lars === '32429839')!; // Den Haag, Smartcity/ geluidsherkenning
    const after = outcome.snapshot.algorithms.find((a) => a.lars === '32429839')!;
    expect(after.objection_procedure).toBe(before.objection_procedure);
    expect(after.objection_procedure).toBeTruthy();
    expect(after.filled_from).toEqual(before.filled_from);
    expect(after.org_id).toBe('gm0518');
  });

  it.each([
    [{ total_count: 1530, newest_lars: '1', newest_create_dt: 'a' }, { total_count: 1530, newest_lars: '1', newest_create_dt: 'a' }, true],
    [{ total_count: 1530, newest_lars: '1', newest_create_dt: 'a' }, { total_count: 1531, newest_lars: '1', newest_create_dt: 'a' }, false],
    [{ total_count: 1530, newest_lars: '1', newest_create_dt: 'a' }, { total_count: 1530, newest_lars: '2', newest_create_dt: 'a' }, false],
    [{ total_count: 1530, newest_lars: '1', newest_create_dt: 'a' }, { total_count: 1530, newest_lars: '1', newest_create_dt: 'b' }, false],
    [{ total_count: 1530, newest_lars: null, newest_create_dt: null }, { total_count: 1530, newest_lars: null, newest_create_dt: null }, false],
  ])('sameRegister(%j, %j) is %s', (a, b, expected) => {
    expect(sameRegister(a, b)).toBe(expected);
  });
});

describe('startup sync decision', () => {
  const now = Date.parse('2026-11-22T12:00:00Z');
  const hoursAgo = (h: number) => new Date(now - h * 3600_000).toISOString();
  it.each([
    ['bundled data, never tried', { last_attempt: null, last_success: null, last_error: null }, false, true],
    ['synced 2 hours ago', { last_attempt: hoursAgo(2), last_success: hoursAgo(2), last_error: null }, true, false],
    ['synced 25 hours ago', { last_attempt: hoursAgo(25), last_success: hoursAgo(25), last_error: null }, true, true],
    ['failed 10 minutes ago', { last_attempt: hoursAgo(1 / 6), last_success: hoursAgo(30), last_error: 'http: x' }, true, false],
    ['bundled, failed 10 minutes ago', { last_attempt: hoursAgo(1 / 6), last_success: null, last_error: 'timeout: x' }, false, false],
    ['failed 2 hours ago', { last_attempt: hoursAgo(2), last_success: hoursAgo(30), last_error: 'http: x' }, true, true],
  ])('%s → %s', (_label, record, synced, expected) => {
    expect(needsStartupSync(record, synced, now)).toBe(expected);
  });
});
