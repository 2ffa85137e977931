/**
 * Register benchmark: loading the bundled snapshot and building the index (what
 * the background does once per snapshot), and what a sync costs against the
 * local fake register (real records): requests and bytes for a full download
 * and for a no-change check. Prints medians and p99 after a warm-up.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildRegisterIndex } from '../../utils/register/index';
import { isSnapshot } from '../../utils/register/snapshot';
import { syncRegister } from '../../utils/register/sync';
import type { Snapshot } from '../../utils/register/model';
import { measure as measureWith } from '../bench-measure';
import { createFakeRegister } from '../../tests/fixtures/fake-register';

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

const fake = createFakeRegister();
const server = await fake.listen();
try {
  const t0 = performance.now();
  const full = await syncRegister(null, { base: server.url });
  const t1 = performance.now();
  if (full.kind !== 'updated') throw new Error('expected a full download');
  console.log(`full sync: ${full.stats.requests} requests, ${full.stats.bytes_received} bytes received, ${full.stats.bytes_sent} bytes sent, ${(t1 - t0).toFixed(0)} ms (loopback)`);
  const t2 = performance.now();
  const same = await syncRegister(full.snapshot, { base: server.url });
  const t3 = performance.now();
  console.log(`no-change sync: ${same.kind}, ${same.stats.requests} request, ${same.stats.bytes_received} bytes received, ${same.stats.bytes_sent} bytes sent, ${(t3 - t2).toFixed(1)} ms (loopback)`);
  const synced = JSON.stringify(full.snapshot);
  console.log(`synced snapshot (fake's fields): ${synced.length} bytes raw, ${gzipSync(synced).length} gzipped`);
} finally {
  await server.close();
}
