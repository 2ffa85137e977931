/**
 * Research log benchmark: cost per navigation (turn a recognised tab into a
 * visit, then record it into a log that is already at the cap) and export
 * time (CSV and JSON) for a full log. Log entries are SYNTHETIC (hosts
 * synthetic-N.example.nl), but each carries the real algorithms of a real
 * organisation from the bundled snapshot, so row counts and text sizes are real.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRegisterIndex } from '../../utils/register/index';
import type { Snapshot } from '../../utils/register/model';
import type { TabView } from '../../utils/protocol';
import { observationFromView } from '../../utils/research/observe';
import { recordVisits } from '../../utils/research/record';
import { mergeLogs } from '../../utils/research/merge';
import { toCsv, toJson, toExportRows } from '../../utils/research/export';
import { RESEARCH_LOG_CAP, type LogEntry } from '../../utils/research/model';
import { packLog, unpackLog } from '../../utils/research/pack';

const snapshot = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/generated/register-snapshot.json'), 'utf8')) as Snapshot;
const index = buildRegisterIndex(snapshot);
const orgs = snapshot.organizations.filter((o) => index.algorithmsFor(o).length > 0);

function view(i: number): TabView {
  const o = orgs[i % orgs.length];
  const ref = { name: o.name, org_id: o.org_id };
  return {
    recognition: {
      url: `https://synthetic-${i}.example.nl/pad/${i}?q=geheim`,
      host: `synthetic-${i}.example.nl`,
      organization: ref,
      match: 'domain',
    },
    suggestion: null,
    algorithms: index.algorithmsFor(ref),
    paused: false,
    sync: {
      source: 'bundled',
      data_date: snapshot.data_date,
      generated_at: snapshot.generated_at,
      algorithm_count: snapshot.algorithms.length,
      last_attempt: null,
      last_success: null,
      last_error: null,
      in_progress: false,
    },
  };
}

const t0 = Date.parse('2026-01-01T00:00:00Z');
function fullLog(n = RESEARCH_LOG_CAP): LogEntry[] {
  const visits = Array.from({ length: n }, (_, i) => observationFromView(view(i), true, new Date(t0 + i * 60_000))!);
  return recordVisits([], visits);
}

function measure(label: string, runs: number, fn: (i: number) => unknown, unit: 'µs' | 'ms' = 'µs') {
  for (let i = 0; i < Math.min(runs, 20); i++) fn(i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = process.hrtime.bigint();
    fn(i);
    times.push(Number(process.hrtime.bigint() - s) / (unit === 'µs' ? 1e3 : 1e6));
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(unit === 'µs' ? 1 : 2);
  console.log(`${label.padEnd(58)} median ${q(0.5)} ${unit}  p99 ${q(0.99)} ${unit}  (n=${runs})`);
}

const log = fullLog();
const rows = toExportRows(log).length;
const stored = JSON.stringify(packLog(log));
console.log(
  `synthetic full log: ${log.length} entries (cap ${RESEARCH_LOG_CAP}), ${rows} export rows; stored (packed) ${(stored.length / 1e6).toFixed(2)} MB, plain entries would be ${(JSON.stringify(log).length / 1e6).toFixed(2)} MB`,
);
measure('observationFromView (per navigation)', 2000, (i) => observationFromView(view(i), false, new Date()));
const next = Array.from({ length: 200 }, (_, i) => observationFromView(view(RESEARCH_LOG_CAP + i), false, new Date(t0 + 1e10 + i))!);
measure('recordVisits: 1 visit into a full log (bounded)', 200, (i) => recordVisits(log, [next[i]]));
measure('recordVisits: batch of 10 into a full log, per batch', 100, (i) => recordVisits(log, next.slice(i, i + 10)));
measure(
  'flush at the cap, usual: record 10 + pack + stringify',
  30,
  (i) => JSON.stringify(packLog(recordVisits(log, next.slice(i, i + 10)))),
  'ms',
);
measure(
  'flush at the cap, first after start: + parse + unpack',
  30,
  (i) => JSON.stringify(packLog(recordVisits(unpackLog(JSON.parse(stored)), next.slice(i, i + 10)))),
  'ms',
);
const small = fullLog(200);
const smallStored = JSON.stringify(packLog(small));
measure('flush with 200 sites logged, first after start', 200, (i) =>
  JSON.stringify(packLog(recordVisits(unpackLog(JSON.parse(smallStored)), next.slice(i % 190, (i % 190) + 10)))),
);
measure('mergeLogs: full log + same full log (import)', 20, () => mergeLogs(log, log), 'ms');
measure(`toCsv: full log (${rows} rows)`, 20, () => toCsv(log), 'ms');
measure(`toJson: full log (${rows} rows)`, 20, () => toJson(log, new Date()), 'ms');
console.log(`CSV size ${(toCsv(log).length / 1e6).toFixed(2)} MB, JSON size ${(toJson(log, new Date()).length / 1e6).toFixed(2)} MB`);
