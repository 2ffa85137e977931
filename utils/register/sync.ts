import type { RegisterState, Snapshot } from './model';
import type { ConversionReport } from './report';
import { newStats, type TransferStats } from './http';
import { downloadRegister, probeRegister, type PagerOptions } from './pager';
import { buildOrganizations } from './organizations';
import { carryFilled } from './merge';
import { finalizeSnapshot } from './snapshot';

export type SyncOutcome =
  | { kind: 'unchanged'; stats: TransferStats; state: RegisterState }
  | { kind: 'updated'; snapshot: Snapshot; report: ConversionReport; stats: TransferStats; duplicates: number };

/** True when a probe says the register is exactly as in the snapshot (same count, same newest entry and time). */
export function sameRegister(stored: RegisterState | null | undefined, live: RegisterState): boolean {
  return (
    !!stored &&
    stored.total_count === live.total_count &&
    stored.newest_lars !== null &&
    stored.newest_lars === live.newest_lars &&
    stored.newest_create_dt !== null &&
    stored.newest_create_dt === live.newest_create_dt
  );
}

/**
 * One sync against the live API: a one-record probe first; when the register
 * did not change since `current`, stop there. Otherwise download everything
 * and build a new snapshot. Throws SyncError; never returns partial data.
 */
export async function syncRegister(
  current: Snapshot | null,
  opts: PagerOptions & { now?: () => Date; forceFull?: boolean },
): Promise<SyncOutcome> {
  const stats = newStats();
  if (!opts.forceFull && current?.register_state) {
    const live = await probeRegister(opts, stats);
    if (sameRegister(current.register_state, live)) return { kind: 'unchanged', stats, state: live };
  }
  const download = await downloadRegister(opts, stats);
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
  return { kind: 'updated', snapshot, report: download.report, stats, duplicates: download.duplicates };
}
