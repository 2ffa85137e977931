// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeRegister, type FakeRegister } from '../../fixtures/fake-register';
import { syncRegister } from '@/utils/register/sync';
import { syncDue } from '@/utils/register/freshness';
import type { Snapshot } from '@/utils/register/model';

const bundled: Snapshot = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../public/generated/register-snapshot.json'), 'utf8'),
);

let close: (() => Promise<void>) | null = null;
afterEach(async () => void (await close?.()));

async function serve(): Promise<{ fake: FakeRegister; base: string }> {
  const fake = createFakeRegister();
  const server = await fake.listen();
  close = server.close;
  return { fake, base: server.url };
}

/** A first sync, then the snapshot it made. */
async function synced(base: string): Promise<Snapshot> {
  const first = await syncRegister(null, { base, now: () => new Date('2026-11-22T08:00:00Z') });
  if (first.kind !== 'updated') throw new Error('expected a download');
  return first.snapshot;
}

const find = (s: Snapshot, lars: string) => s.algorithms.find((a) => a.lars === lars);

describe('sync', () => {
  it('downloads the whole register in pages of 100, with no one-record shortcut', async () => {
    const { fake, base } = await serve();
    const outcome = await syncRegister(bundled, { base, retries: 0 });
    expect(outcome.kind).toBe('updated');
    expect(fake.requests.map((r) => r.limit)).toEqual(Array(16).fill(100));
  });

  it('says unchanged (same content) after a full download when nothing changed', async () => {
    const { fake, base } = await serve();
    const first = await synced(base);
    expect(first.source).toBe(base);
    expect(first.algorithms).toHaveLength(1530);
    fake.requests.length = 0;
    const second = await syncRegister(first, { base });
    expect(second.kind).toBe('unchanged');
    expect(second.stats.requests).toBe(16);
  });

  // The cases the register's own source makes possible, where total_count and the newest entry stay the same.
  it('picks up an entry edited days ago and published today (count and newest entry unchanged)', async () => {
    const { fake, base } = await serve();
    const first = await synced(base);
    const newest = { lars: fake.records[0].lars, create_dt: fake.records[0].create_dt, total: fake.records.length };
    const target = fake.records[800];
    fake.republish(target.lars, { name: 'SYNTHETISCH herziene naam', goal: 'SYNTHETISCH nieuw doel' }, '2026-07-01T09:00:00.000000+00:00');
    expect({ lars: fake.records[0].lars, create_dt: fake.records[0].create_dt, total: fake.records.length }).toEqual(newest);
    const outcome = await syncRegister(first, { base });
    if (outcome.kind !== 'updated') throw new Error('the republished entry was missed');
    expect(find(outcome.snapshot, target.lars)?.name).toBe('SYNTHETISCH herziene naam');
    expect(find(outcome.snapshot, target.lars)?.goal).toBe('SYNTHETISCH nieuw doel');
  });

  it('picks up a retraction plus a publication that leave count and newest entry unchanged', async () => {
    const { fake, base } = await serve();
    const first = await synced(base);
    const retracted = fake.records[300].lars;
    fake.retract(retracted);
    fake.publish('91234567', {
      ...fake.records[500],
      lars: '91234567',
      name: 'SYNTHETISCH nieuw, eerder bewerkt',
      create_dt: '2026-07-15T12:00:00.000000+00:00',
    });
    expect(fake.records).toHaveLength(1530);
    const outcome = await syncRegister(first, { base });
    if (outcome.kind !== 'updated') throw new Error('the change was missed');
    expect(find(outcome.snapshot, retracted)).toBeUndefined();
    expect(find(outcome.snapshot, '91234567')?.name).toBe('SYNTHETISCH nieuw, eerder bewerkt');
  });

  it('does not show an edit before it is published', async () => {
    const { fake, base } = await serve();
    const first = await synced(base);
    fake.edit(fake.records[10].lars, { name: 'SYNTHETISCH concept' }, '2026-11-22T10:00:00.000000+00:00');
    expect((await syncRegister(first, { base })).kind).toBe('unchanged');
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
});

describe('when a scheduled sync is due', () => {
  const now = Date.parse('2026-11-22T12:00:00Z');
  const hoursAgo = (h: number) => new Date(now - h * 3600_000).toISOString();
  it.each([
    ['never checked', { last_attempt: null, last_success: null, last_error: null }, true],
    ['checked 2 hours ago', { last_attempt: hoursAgo(2), last_success: hoursAgo(2), last_error: null }, false],
    ['checked 22 hours ago', { last_attempt: hoursAgo(22), last_success: hoursAgo(22), last_error: null }, false],
    ['checked 23.5 hours ago (the daily alarm)', { last_attempt: hoursAgo(23.5), last_success: hoursAgo(23.5), last_error: null }, true],
    ['checked 25 hours ago', { last_attempt: hoursAgo(25), last_success: hoursAgo(25), last_error: null }, true],
    ['failed 10 minutes ago', { last_attempt: hoursAgo(1 / 6), last_success: hoursAgo(30), last_error: 'http: x' }, false],
    ['never succeeded, failed 10 minutes ago', { last_attempt: hoursAgo(1 / 6), last_success: null, last_error: 'timeout: x' }, false],
    ['failed 2 hours ago', { last_attempt: hoursAgo(2), last_success: hoursAgo(30), last_error: 'http: x' }, true],
  ])('%s → %s', (_label, record, expected) => {
    expect(syncDue(record, now)).toBe(expected);
  });
});
