import type { Snapshot } from './model';
import { nameKey } from './index';

/**
 * When a complete, valid download is still not trusted to replace the data in
 * use (README, "How the sync works"). A register that answers with far fewer
 * entries is more likely broken than emptied overnight, so the new data is
 * held as suspect and the last good data stays in use until a later sync
 * confirms it or the user accepts it.
 */
export const SUSPECT_LIMITS = {
  /** Suspect when the new data has more than this share fewer entries (10 %: 1,530 → fewer than 1,377). */
  maxShrinkShare: 0.1,
  /** An organisation "vanished" when it had at least this many entries and has none now (by org_id and by name). */
  vanishedMinEntries: 3,
  /** Suspect when at least this many organisations vanished… */
  vanishedOrganizations: 2,
  /** …or when the organisations that vanished held at least this many entries together. */
  vanishedEntries: 10,
  /** A later sync confirms a held download only this long after it was first held. */
  confirmAfterMs: 12 * 60 * 60 * 1000,
  /** …and only when its size is within this share of the held one (or within confirmSlack entries). */
  confirmShare: 0.02,
  confirmSlack: 5,
  /** Vanished organisations listed by name (the count says how many there are in all). */
  listed: 10,
} as const;

export type SuspectReason = 'shrank' | 'organizations-vanished';

/** A download held back: what it would replace, with the numbers the UI shows. */
export interface SuspectHold {
  /** When a download of this shape was first held (ISO). */
  since: string;
  /** The latest sync that saw it (ISO). */
  checked: string;
  in_use_count: number;
  candidate_count: number;
  /** Content hash of the held snapshot: "Toch gebruiken" accepts exactly this one. */
  candidate_hash: string;
  reasons: SuspectReason[];
  /** Organisations with entries in the data in use and none in the held data (largest first, at most SUSPECT_LIMITS.listed). */
  vanished: { name: string; entries: number }[];
  vanished_count: number;
  vanished_entries: number;
}

/** Why `candidate` should not replace `inUse`, or null when it may. */
export function judgeCandidate(inUse: Snapshot, candidate: Snapshot): Omit<SuspectHold, 'since' | 'checked'> | null {
  const before = inUse.algorithms.length;
  const after = candidate.algorithms.length;
  const reasons: SuspectReason[] = [];
  if (after < before * (1 - SUSPECT_LIMITS.maxShrinkShare)) reasons.push('shrank');
  const vanished = vanishedOrganizations(inUse, candidate);
  const vanishedEntries = vanished.reduce((sum, v) => sum + v.entries, 0);
  if (vanished.length >= SUSPECT_LIMITS.vanishedOrganizations || vanishedEntries >= SUSPECT_LIMITS.vanishedEntries) {
    reasons.push('organizations-vanished');
  }
  if (!reasons.length) return null;
  return {
    in_use_count: before,
    candidate_count: after,
    candidate_hash: candidate.hash,
    reasons,
    vanished: vanished.slice(0, SUSPECT_LIMITS.listed),
    vanished_count: vanished.length,
    vanished_entries: vanishedEntries,
  };
}

/** Organisations with at least vanishedMinEntries entries in `inUse` whose org_id and name are both absent from `candidate`. */
export function vanishedOrganizations(inUse: Snapshot, candidate: Snapshot): { name: string; entries: number }[] {
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const a of candidate.algorithms) {
    if (a.org_id) ids.add(a.org_id);
    names.add(nameKey(a.organization));
  }
  const counts = new Map<string, { name: string; org_id: string | null; entries: number }>();
  for (const a of inUse.algorithms) {
    const key = a.org_id ?? `name:${nameKey(a.organization)}`;
    const entry = counts.get(key) ?? { name: a.organization, org_id: a.org_id, entries: 0 };
    entry.entries++;
    counts.set(key, entry);
  }
  return [...counts.values()]
    .filter((o) => o.entries >= SUSPECT_LIMITS.vanishedMinEntries && !(o.org_id && ids.has(o.org_id)) && !names.has(nameKey(o.name)))
    .map(({ name, entries }) => ({ name, entries }))
    .sort((a, b) => b.entries - a.entries || a.name.localeCompare(b.name, 'nl'));
}

/**
 * Does a new suspect download confirm the held one? Yes when the hold began at
 * least confirmAfterMs ago and the new size is within confirmShare (or
 * confirmSlack entries) of the held size: the register says the same thing a
 * day later, so it is what the register says.
 */
export function confirmsHold(hold: SuspectHold, candidateCount: number, now: number): boolean {
  return now - Date.parse(hold.since) >= SUSPECT_LIMITS.confirmAfterMs && sameShape(hold, candidateCount);
}

/** Is `candidateCount` the same shape as the hold (so the hold keeps its start time)? */
export function sameShape(hold: SuspectHold, candidateCount: number): boolean {
  const tolerance = Math.max(SUSPECT_LIMITS.confirmSlack, hold.candidate_count * SUSPECT_LIMITS.confirmShare);
  return Math.abs(candidateCount - hold.candidate_count) <= tolerance;
}
