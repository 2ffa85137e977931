/**
 * The change feed (run by `npm run bench`): time to compare two snapshots of
 * the real register (1,530 entries) and of a synthetic one ten times larger
 * (15,300: the real entries repeated under other lars numbers), with about 2%
 * of entries new, changed or retracted.
 */
import { readFileSync } from 'node:fs';
import { measure } from '../bench-measure';
import { diffSnapshots } from '../../utils/register/changes';
import type { Snapshot } from '../../utils/register/model';
import { SNAPSHOT_FILE } from '../data/paths';

const real = JSON.parse(readFileSync(SNAPSHOT_FILE, 'utf8')) as Snapshot;

function scaled(times: number): Snapshot {
  const algorithms = Array.from({ length: times }, (_, k) => real.algorithms.map((a) => ({ ...a, lars: `${k}${a.lars}` }))).flat();
  return { ...real, algorithms };
}

/** The same register a day later: every 50th entry retracted, every 50th (offset 25) recategorised and edited, 1% new. */
function dayLater(s: Snapshot): Snapshot {
  const algorithms = s.algorithms
    .filter((_, i) => i % 50 !== 0)
    .map((a, i) => (i % 50 === 25 ? { ...a, publication_category: 'Impactvolle algoritmes', goal: `${a.goal ?? ''} (bijgewerkt)` } : a));
  const added = s.algorithms.slice(0, Math.ceil(s.algorithms.length / 100)).map((a) => ({ ...a, lars: `new${a.lars}` }));
  return { ...s, algorithms: [...algorithms, ...added] };
}

for (const [label, base] of [
  ['real register, 1,530 entries', real],
  ['synthetic ×10, 15,300 entries', scaled(10)],
] as const) {
  const next = dayLater(base);
  const n = diffSnapshots(base, next).changes.length;
  measure(`diff, ${label} (${n} changes)`, 30, () => diffSnapshots(base, next), { warmup: 5 });
}
