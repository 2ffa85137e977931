/**
 * Register benchmark: loading the bundled snapshot and building the index (what
 * the background does once per snapshot), and what a sync costs against the
 * stand-in register: requests, bytes and time of a daily sync with 1,530 and
 * 15,300 entries (always the whole register, see README "How the sync works"),
 * and how many requests a misbehaving server gets before the run ends.
 * Prints medians and p99 after a warm-up.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildRegisterIndex } from '../../utils/register/index';
import { isSnapshot } from '../../utils/register/snapshot';
import { syncRegister } from '../../utils/register/sync';
import type { Snapshot } from '../../utils/register/model';
import { measure as measureWith } from '../bench-measure';
import { createFakeRegister, scaledApiRecords, type Fault } from '../../tests/fixtures/fake-register';

const measure = (label: string, runs: number, fn: () => unknown) => measureWith(label, runs, fn, { warmup: 5, digits: 2, width: 44 });

const FILE = resolve(import.meta.dirname, '../../public/generated/register-snapshot.json');

const text = readFileSync(FILE, 'utf8');
console.log(`bundled snapshot: ${text.length} bytes raw, ${gzipSync(text).length} bytes gzipped`);
let snapshot: Snapshot = JSON.parse(text);
measure('parse snapshot JSON', 30, () => (snapshot = JSON.parse(text)));
measure('shape check (isSnapshot)', 30, () => isSnapshot(snapshot));
measure('build index (1,530 algorithms)', 100, () => buildRegisterIndex(snapshot));
const index = buildRegisterIndex(snapshot);
measure('algorithmsFor (org_id, 1000 lookups)', 100, () => {
  for (let i = 0; i < 1000; i++) index.algorithmsFor({ name: 'Gemeente Den Haag', org_id: 'gm0518' });
});

/** One daily sync against the stand-in with `count` entries: first the day before, then today with one republished entry. */
async function dailySync(count: number) {
  const fake = createFakeRegister({ records: count === 1530 ? undefined : scaledApiRecords(count) });
  const server = await fake.listen();
  try {
    const before = await syncRegister(null, { base: server.url });
    if (before.kind !== 'updated') throw new Error('expected a full download');
    const target = fake.records[Math.floor(fake.records.length / 2)];
    fake.republish(target.lars, { name: `${target.name} (SYNTHETISCH herzien)` }, '2026-07-01T09:00:00.000000+00:00');
    const t0 = performance.now();
    const changed = await syncRegister(before.snapshot, { base: server.url });
    const t1 = performance.now();
    const same = await syncRegister(changed.kind === 'updated' ? changed.snapshot : before.snapshot, { base: server.url });
    const t2 = performance.now();
    const line = (
      label: string,
      o: { kind: string; stats: { requests: number; bytes_received: number; bytes_sent: number } },
      ms: number,
    ) =>
      console.log(
        `daily sync, ${count} entries, ${label}: ${o.kind}, ${o.stats.requests} requests, ${o.stats.bytes_received} bytes received, ${o.stats.bytes_sent} sent, ${ms.toFixed(0)} ms (loopback)`,
      );
    line('one entry republished', changed, t1 - t0);
    line('nothing changed', same, t2 - t1);
    if (changed.kind === 'updated') {
      const synced = JSON.stringify(changed.snapshot);
      console.log(`synced snapshot, ${count} entries (stand-in's fields): ${synced.length} bytes raw, ${gzipSync(synced).length} gzipped`);
    }
  } finally {
    await server.close();
  }
}

await dailySync(1530);
await dailySync(15_300);

/** What a misbehaving server costs before the run ends: requests, and the reason given. */
const MISBEHAVIOURS: [string, Fault][] = [
  ['HTTP 500 on every request', { kind: '500' }],
  ['429 on every request (Retry-After 1)', { kind: '429', retryAfter: '1' }],
  ['no answer at all', { kind: 'stall-headers' }],
  ['body stalls after the headers', { kind: 'stall' }],
  ['body dripped a byte at a time', { kind: 'drip', intervalMs: 20 }],
  ['redirect to another origin', { kind: 'redirect' }],
  ['an HTML page', { kind: 'html' }],
  ['total_count 10,000,000', { kind: 'huge-count' }],
  ['pages larger than the limit', { kind: 'oversize-page' }],
  ['page 3 repeats page 2, every time', { kind: 'duplicate', page: 3 }],
  ['endless new records, total_count growing', { kind: 'fake-pages', count: 3000 }],
];
for (const [label, fault] of MISBEHAVIOURS) {
  const fake = createFakeRegister({ faults: [fault] });
  const server = await fake.listen();
  const t0 = performance.now();
  // Short request deadline and no real waiting, so the bench is quick; the request counts are what they would be.
  const outcome = await syncRegister(null, { base: server.url, timeoutMs: 300, sleep: async () => {}, inUse: 1530 }).then(
    (o) => o.kind,
    (error: Error) => error.message.split(':')[0],
  );
  console.log(
    `misbehaving server, ${label}: ${fake.requests.length} requests, then "${outcome}" (${(performance.now() - t0).toFixed(0)} ms with a 300 ms request deadline)`,
  );
  await server.close();
}
