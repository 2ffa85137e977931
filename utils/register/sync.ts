import type { Snapshot } from './model';
import type { ConversionReport } from './report';
import { newStats, type TransferStats } from './http';
import { downloadRegister, type PagerOptions } from './pager';
import { buildOrganizations } from './organizations';
import { carryFilled } from './merge';
import { finalizeSnapshot } from './snapshot';

export type SyncOutcome =
  | { kind: 'unchanged'; stats: TransferStats }
  | { kind: 'updated'; snapshot: Snapshot; report: ConversionReport; stats: TransferStats; duplicates: number };

/**
 * One sync against the live API: the whole register, page by page, built into
 * a snapshot and compared with `current` by content hash. There is no cheaper
 * "did anything change?" check on purpose: the list's total_count and newest
 * entry stay the same when an entry edited days ago is published today, or
 * when a retraction and a publication coincide (README, "How the sync works").
 * Throws SyncError; never returns partial data.
 */
export async function syncRegister(current: Snapshot | null, opts: PagerOptions & { now?: () => Date }): Promise<SyncOutcome> {
  const stats = newStats();
  const download = await downloadRegister({ inUse: current?.algorithms.length ?? null, ...opts }, stats);
  // Keep what the current data knows beyond the API: launch-era details and reference org_ids.
  const carried = carryFilled(download.algorithms, current?.algorithms ?? []);
  const reference = (current?.organizations ?? []).flatMap((o) => (o.org_id ? [{ name: o.name, org_id: o.org_id, type: o.type }] : []));
  const { algorithms, organizations } = buildOrganizations(carried, reference);
  const snapshot = await finalizeSnapshot({
    algorithms,
    organizations,
    source: opts.base,
    generated_at: (opts.now?.() ?? new Date()).toISOString(),
    register_state: download.register_state,
  });
  if (current && snapshot.hash === current.hash) return { kind: 'unchanged', stats };
  return { kind: 'updated', snapshot, report: download.report, stats, duplicates: download.duplicates };
}
